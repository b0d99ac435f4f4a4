package org.villageplanner.service;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.villageplanner.domain.PlanProject;

/** Opening and saving project files, read-write (holding the file's write lock) or read-only. */
public final class ProjectService {
    private final ProjectRepository repository;

    public ProjectService(ProjectRepository repository) {
        this.repository = Objects.requireNonNull(repository);
    }

    /** Reads the project without taking its lock (commands that only read; a read never waits for a writer). */
    public PlanProject open(Path file) {
        return repository.read(file);
    }

    /**
     * A project opened for editing in a window: read-write with {@link #lease} held until the window closes it, or
     * read-only when another program or window holds the lock ({@link #heldBy} names it, when known).
     */
    public record Opened(PlanProject project, ProjectLease lease, LockHolder heldBy) {
        public boolean readOnly() {
            return lease == null;
        }
    }

    /** Opens for editing: takes the lock if free, else opens read-only naming the holder. Never waits. */
    public Opened openForEditing(Path file) {
        PlanProject p = repository.read(file);
        try {
            return new Opened(p, repository.lockForEditing(file), null);
        } catch (ProjectLockedException e) {
            return new Opened(p, null, e.holder().orElse(null));
        }
    }

    /**
     * Takes the editing lock of {@code file} (after Save As to it) without reading it.
     *
     * @throws ProjectLockedException when another program or window holds it
     */
    public ProjectLease openForEditingLease(Path file) {
        return repository.lockForEditing(file);
    }

    /** Who holds the write lock of {@code file} now. */
    public Optional<LockHolder> lockHolder(Path file) {
        return repository.lockHolder(file);
    }

    /** Saves in one transaction, holding the file's lock; on failure the file on disk is as it was before. */
    public void save(PlanProject project, Path file) {
        repository.write(project, file);
    }

    /**
     * Saves like {@link #save}, writing only what changed since this process's last such save of {@code file} when
     * the file still holds it: the autosave's recovery copy, rewritten after every edit.
     */
    public void saveChanges(PlanProject project, Path file) {
        repository.writeChanges(project, file);
    }

    /** Removes the recovery copy {@code file}, possibly keeping it as {@code spare} for the next {@link #saveChanges}. */
    public void retire(Path file, Path spare) {
        repository.retire(file, spare);
    }

    /**
     * Saves under a new path {@code to} the project opened from {@code from} (null for a new project), in one
     * transaction under {@code to}'s lock, taking the reference layers, styles and basemap from {@code from}.
     */
    public void saveAs(PlanProject project, Path from, Path to) {
        repository.write(project, to, from);
    }

    /**
     * Reads, changes and writes the project while holding its lock, so that no other writer's change made in
     * between is lost. {@code change} may throw to leave the file untouched.
     */
    public PlanProject update(Path file, UnaryOperator<PlanProject> change) {
        try (ProjectLease lease = repository.lock(file)) {
            PlanProject updated = change.apply(repository.read(file));
            repository.write(updated, file);
            return updated;
        }
    }
}
