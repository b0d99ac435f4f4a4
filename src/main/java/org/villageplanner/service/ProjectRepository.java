package org.villageplanner.service;

import java.nio.file.Path;
import java.util.Optional;
import org.villageplanner.domain.PlanProject;

/**
 * Port: reads and writes the project file (a GeoPackage). Implemented in {@code store}.
 *
 * <p>{@link #write} replaces the whole content in one transaction: a failure leaves the previous file as it
 * was. Both throw {@link org.villageplanner.domain.PlannerException} with the file named on bad input.
 */
public interface ProjectRepository {
    PlanProject read(Path file);

    /** Writes the whole project, holding the file's write lock ({@link #lock}) while it does. */
    void write(PlanProject project, Path file);

    /**
     * Writes the whole project to {@code file} like {@link #write(PlanProject, Path)}, carrying the reference
     * layers, their styles and the basemap from {@code source} (the file the project was opened from) instead of
     * from the file being replaced: a Save As keeps them. {@code source} null or equal to {@code file} is a save.
     */
    default void write(PlanProject project, Path file, Path source) {
        write(project, file);
    }

    /**
     * Writes the whole project like {@link #write(PlanProject, Path)}, unless {@code cancelled} answers true before
     * the file is put in place: then {@code file} is left as it was and the answer is false. An export the planner
     * cancels while the file is being written must not leave it behind after the dialog says "cancelled". This
     * default can only look before it starts; the GeoPackage store looks again once the file is written.
     */
    default boolean writeUnless(PlanProject project, Path file, java.util.function.BooleanSupplier cancelled) {
        if (cancelled.getAsBoolean()) {
            return false;
        }
        write(project, file);
        return true;
    }

    /**
     * Writes the whole project like {@link #write(PlanProject, Path)}, with the same guarantees; an implementation
     * may write only what changed since its own last write of {@code file} when it can tell that the file still
     * holds that write (the autosave's recovery copy after each edit).
     */
    default void writeChanges(PlanProject project, Path file) {
        write(project, file);
    }

    /**
     * Removes {@code file} (a recovery copy no longer needed); an implementation may keep its content as
     * {@code spare}, a private file beside it, to write the next {@link #writeChanges} of {@code file} from.
     */
    default void retire(Path file, Path spare) {
        try {
            java.nio.file.Files.deleteIfExists(file);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * Takes the write lock of {@code file} for a read-modify-write, waiting up to {@link WriteLockPolicy#waitTime()};
     * {@link #write} inside the lease does not wait again. Throws {@link ProjectLockedException} naming the holder
     * when the wait runs out.
     */
    default ProjectLease lock(Path file) {
        return ProjectLease.NONE;
    }

    /**
     * Takes the write lock of {@code file} for as long as a window edits it, without waiting; throws
     * {@link ProjectLockedException} naming the holder when another program or window holds it. Writes by this
     * process while the lease is open go through.
     */
    default ProjectLease lockForEditing(Path file) {
        return ProjectLease.NONE;
    }

    /** Who holds the write lock of {@code file} now, when anyone does and the lock file names them. */
    default Optional<LockHolder> lockHolder(Path file) {
        return Optional.empty();
    }
}
