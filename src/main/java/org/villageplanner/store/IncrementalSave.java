package org.villageplanner.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.function.Consumer;
import org.villageplanner.domain.PlanProject;
import org.villageplanner.domain.PlannerException;
import org.villageplanner.service.AtomicFiles;

/**
 * A save that writes only what changed since this process's last save of the same file, as safely as a whole
 * write: the file is copied beside itself, the {@link ProjectFileDelta delta} is written into the copy in one
 * transaction, the copy is forced to disk and moved over the file atomically (the steps of a whole write, with the
 * copy in place of a fresh file). A crash or error at any moment leaves the file as the last save left it.
 *
 * <p>It is used only when this process wrote the file last with {@link #remember} and the file on disk is still
 * that one (same file key, size and modification time, so neither replaced nor touched by anyone since), the last
 * save's project is known, and the delta exists (see {@link ProjectFileDelta#between}). Otherwise, and whenever the
 * file turns out not to be as expected, {@link #tryWrite} returns false and the caller writes the whole file.
 * Only one file is remembered: the autosave's recovery copy, written again after every edit.
 *
 * <p>The first recovery write of a session has no such base; when the project file still holds what this process
 * read from it or wrote to it whole ({@link #holds}: same file key, size and modification time, no SQLite journal or
 * write-ahead log beside it) and the plan differs from that by a delta, the project file is the base instead: it is
 * copied (never changed), the delta applied to the copy, which is forced and moved over the recovery copy as above.
 * The clusters' extents of a file this process did not write are read from the copy's rows. Any doubt (the file
 * touched while it was copied, a row or geometry not as expected) gives a whole write.
 */
final class IncrementalSave {
    private record Stamp(Object key, long size, FileTime modified) {
    }

    /** {@code base} is the file holding what was written: the target, or the spare it was put aside as. */
    private record Last(Path target, Path base, PlanProject project, ClusterExtents extents, Stamp stamp) {
    }

    private static Last last;
    private static int lastTouched = -1;
    /** The project file and the project it holds as last read or written whole here (null: none known). */
    private static Saved saved;

    private record Saved(Path file, PlanProject project, Stamp stamp) {
    }

    private IncrementalSave() {
    }

    /** The file's identity now (key, size, modified), to pass to {@link #holds} after reading it; null if absent. */
    static Object stampOf(Path file) {
        return stamp(file.toAbsolutePath());
    }

    /**
     * Records that the project file {@code file} holds {@code project} (just read, or written whole), provided it is
     * still the file {@code before} was taken of: the base of the first recovery write if nothing changes it.
     */
    static synchronized void holds(Path file, PlanProject project, Object before) {
        Path f = file.toAbsolutePath();
        Stamp now = stamp(f);
        saved = now == null || !now.equals(before) ? null : new Saved(f, project, now);
    }

    /** Records that {@code project} is what {@code target} now holds, written whole or by a delta. */
    static synchronized void remember(Path target, PlanProject project, ClusterExtents extents) {
        Stamp s = stamp(target);
        dropSpare(target);
        last = s == null || extents == null ? null : new Last(target, target, project, extents, s);
    }

    /** Forgets what was written to {@code target} (a whole write starts, or a write failed). */
    static synchronized void forget(Path target) {
        dropSpare(target);
        if (last != null && last.target().equals(target)) {
            last = null;
        }
    }

    private static void dropSpare(Path target) {
        if (last != null && last.target().equals(target) && !last.base().equals(target)) {
            AtomicFiles.deleteQuietly(last.base());
        }
    }

    /**
     * Removes {@code target}; when it holds this process's last write, it is moved to {@code spare} instead and stays
     * the base of the next delta (the recovery copy is removed when the plan is back at its saved state, and the
     * next edit writes it again). Call while holding the file's lock.
     */
    static synchronized void retire(Path target, Path spare) throws IOException {
        Last l = last;
        if (l != null && l.target().equals(target) && l.base().equals(target) && l.stamp().equals(stamp(target))) {
            try {
                Files.move(target, spare, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                Stamp s = stamp(spare);
                last = s == null ? null : new Last(target, spare, l.project(), l.extents(), s);
                return;
            } catch (IOException e) {
                // Not kept aside: removed below, and the next write is whole.
            }
        }
        forget(target);
        Files.deleteIfExists(target);
    }

    /** Clusters the last write rewrote by a delta, or -1 when it wrote the whole file: for tests and benches. */
    static synchronized int lastTouched() {
        return lastTouched;
    }

    static synchronized void wroteWhole() {
        lastTouched = -1;
    }

    /**
     * Writes {@code project} to {@code target} as a delta from the last save when that is possible; false when the
     * caller must write the whole file. Call while holding the file's lock.
     */
    static boolean tryWrite(PlanProject project, Path target, Consumer<String> stageHook) {
        ProjectFileDelta delta;
        ClusterExtents extents;
        Path base;
        Stamp borrowed = null;
        synchronized (IncrementalSave.class) {
            Last l = last;
            if (l != null && l.target().equals(target) && l.stamp().equals(stamp(l.base()))) {
                delta = ProjectFileDelta.between(l.project(), project);
                if (delta == null) {
                    return false;
                }
                extents = l.extents();
                base = l.base();
                last = null; // until this write is done, nothing is known of the file
            } else {
                Saved s = saved;
                if (s == null || s.file().equals(target) || !s.stamp().equals(stamp(s.file())) || busy(s.file())) {
                    return false;
                }
                delta = ProjectFileDelta.between(s.project(), project);
                if (delta == null) {
                    return false;
                }
                extents = null; // read from the copy
                base = s.file();
                borrowed = s.stamp();
                forget(target);
            }
        }
        TempFiles.removeLeftovers(target);
        Path temp = null;
        try {
            temp = Files.createTempFile(target.getParent(), TempFiles.prefix(target), TempFiles.SUFFIX);
            copy(base, temp);
            if (borrowed != null && (!borrowed.equals(stamp(base)) || busy(base))) {
                throw new ProjectFileDelta.Refused("the project file changed while it was copied");
            }
            stageHook.accept("copy");
            try (Connection c = GeoPackageRepository.open(temp, false)) {
                // As in a whole write: the copy is private until the move, so a journal buys nothing.
                Migrations.exec(c, "PRAGMA journal_mode = OFF");
                Migrations.exec(c, "PRAGMA synchronous = OFF");
                c.setAutoCommit(false);
                if (extents == null) {
                    extents = ProjectFileDelta.extentsOf(c);
                }
                stageHook.accept("data");
                extents = delta.apply(c, project, extents);
                stageHook.accept("commit");
                c.commit();
            }
            TempFiles.forceAndMove(temp, target, stageHook);
            if (borrowed == null && !base.equals(target)) {
                AtomicFiles.deleteQuietly(base); // the spare the recovery copy was put aside as
            }
            synchronized (IncrementalSave.class) {
                remember(target, project, extents);
                lastTouched = delta.clustersTouched();
            }
            return true;
        } catch (ProjectFileDelta.Refused e) {
            AtomicFiles.deleteQuietly(temp);
            return false;
        } catch (SQLException | IOException | RuntimeException e) {
            if (borrowed != null) {
                // The project file was not as a whole write leaves it (another program's file): write it whole.
                AtomicFiles.deleteQuietly(temp);
                return false;
            }
            throw TempFiles.failed(temp, target, e);
        }
    }

    /**
     * Whether SQLite may hold part of {@code file}'s content beside it (a rollback journal or a write-ahead log that
     * another program left): a copy of the file alone would then not be what reading it gives.
     */
    private static boolean busy(Path file) {
        for (String suffix : new String[] {"-journal", "-wal"}) {
            Path side = file.resolveSibling(file.getFileName() + suffix);
            try {
                if (Files.exists(side) && Files.size(side) > 0) {
                    return true;
                }
            } catch (IOException e) {
                return true;
            }
        }
        return false;
    }

    /** Copies {@code from} over the empty file {@code to} in the kernel where it can. */
    private static void copy(Path from, Path to) throws IOException {
        try (FileChannel in = FileChannel.open(from, StandardOpenOption.READ);
             FileChannel out = FileChannel.open(to, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
            long size = in.size();
            long done = 0;
            while (done < size) {
                done += in.transferTo(done, size - done, out);
            }
        }
    }

    private static Stamp stamp(Path file) {
        try {
            BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
            return new Stamp(a.fileKey(), a.size(), a.lastModifiedTime());
        } catch (NoSuchFileException e) {
            return null;
        } catch (IOException e) {
            return null;
        }
    }
}
