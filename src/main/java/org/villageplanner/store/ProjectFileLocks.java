package org.villageplanner.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import org.villageplanner.domain.PlannerException;
import org.villageplanner.service.LockHolder;
import org.villageplanner.service.ProjectLease;
import org.villageplanner.service.ProjectLockedException;
import org.villageplanner.service.WriteLockPolicy;

/**
 * The write lock of project files: an operating-system lock ({@link FileChannel#tryLock}) on a sidecar file
 * {@code PROJECT.gpkg.lock}, whose text names the holder ({@link LockHolder}). The OS releases the lock when its
 * process ends, however it ends, so a lock left by a dead process is simply taken over; a holder text left behind
 * is overwritten. Where the file system refuses OS locks, the text alone decides: a holder on this host whose
 * process has ended is taken over.
 *
 * <p>The lock covers one byte far beyond the end of the text, so that on Windows (where locks are mandatory) others
 * can still read who holds it. The lock file is never deleted (deleting a lock file others may be waiting on lets
 * two writers in): when released its text is cleared. Within this JVM, one channel per lock file is kept open for
 * as long as it is held (closing any other channel on the file would drop a POSIX lock), threads take turns
 * through a re-entrant lock, and a second editing window is refused like a second program.
 */
final class ProjectFileLocks {
    static final ProjectFileLocks INSTANCE = new ProjectFileLocks();
    private static final long REGION = 1L << 40;
    private static final long POLL_MILLIS = 50;

    private final Map<Path, Entry> held = new HashMap<>();

    private static final class Entry {
        final Path lockFile;
        final FileChannel channel;
        final FileLock osLock;
        final LockHolder holder;
        final ReentrantLock turns = new ReentrantLock();
        int operations;
        boolean editing;

        Entry(Path lockFile, FileChannel channel, FileLock osLock, LockHolder holder) {
            this.lockFile = lockFile;
            this.channel = channel;
            this.osLock = osLock;
            this.holder = holder;
        }
    }

    static Path lockFileOf(Path project) {
        Path p = key(project);
        return p.resolveSibling(p.getFileName() + ".lock");
    }

    private static Path key(Path project) {
        return project.toAbsolutePath().normalize();
    }

    /** A lease for one operation, waiting up to {@code wait}; nested calls by the same thread do not wait. */
    ProjectLease operation(Path project, Duration wait) {
        Path key = key(project);
        long deadline = System.nanoTime() + wait.toNanos();
        while (true) {
            synchronized (this) {
                Entry e = held.computeIfAbsent(key, k -> tryOsLock(k));
                if (e != null && e.turns.tryLock()) {
                    e.operations++;
                    return () -> endOperation(key, e);
                }
            }
            if (System.nanoTime() >= deadline) {
                throw new ProjectLockedException(project, holder(project).orElse(null), wait.toSeconds());
            }
            sleep();
        }
    }

    /** A lease for as long as a window edits the file; refused at once when anyone else holds the lock. */
    ProjectLease editing(Path project) {
        Path key = key(project);
        synchronized (this) {
            Entry e = held.get(key);
            if (e == null) {
                e = tryOsLock(key);
                if (e != null) {
                    held.put(key, e);
                    e.editing = true;
                    Entry mine = e;
                    return () -> endEditing(key, mine);
                }
            }
        }
        throw new ProjectLockedException(project, holder(project).orElse(null), 0);
    }

    /** The holder named in the lock file, when the lock is held. */
    Optional<LockHolder> holder(Path project) {
        Path key = key(project);
        synchronized (this) {
            Entry e = held.get(key);
            if (e != null) {
                return Optional.of(e.holder);
            }
        }
        Path lockFile = lockFileOf(project);
        if (!Files.isRegularFile(lockFile)) {
            return Optional.empty();
        }
        try {
            return LockHolder.parse(Files.readString(lockFile, StandardCharsets.UTF_8));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private synchronized void endOperation(Path key, Entry e) {
        e.operations--;
        e.turns.unlock();
        releaseIfUnused(key, e);
    }

    private synchronized void endEditing(Path key, Entry e) {
        if (e.editing) {
            e.editing = false;
            releaseIfUnused(key, e);
        }
    }

    private void releaseIfUnused(Path key, Entry e) {
        if (e.operations > 0 || e.editing || held.get(key) != e) {
            return;
        }
        held.remove(key);
        try (FileChannel ch = e.channel) {
            ch.truncate(0);
            ch.force(false);
            if (e.osLock != null) {
                e.osLock.release();
            }
        } catch (IOException ex) {
            // Closing the channel releases the OS lock anyway; a stale holder text is overwritten by the next writer.
        }
    }

    /** Takes the OS lock and records this process as holder; null when someone else holds it. */
    private static Entry tryOsLock(Path key) {
        Path lockFile = key.resolveSibling(key.getFileName() + ".lock");
        FileChannel ch = null;
        try {
            Files.createDirectories(lockFile.getParent());
            ch = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
            FileLock os;
            try {
                os = ch.tryLock(REGION, 1, false);
            } catch (OverlappingFileLockException e) {
                os = null;
            } catch (IOException unsupported) {
                return textOnly(lockFile, ch);
            }
            if (os == null) {
                ch.close();
                return null;
            }
            LockHolder me = LockHolder.self(WriteLockPolicy.holderName());
            writeHolder(ch, me);
            return new Entry(lockFile, ch, os, me);
        } catch (IOException e) {
            closeQuietly(ch);
            throw new PlannerException(e, "store.lock.failed", lockFile, String.valueOf(e.getMessage()));
        }
    }

    /** File systems without OS locks: the holder text decides; a dead holder on this host is taken over. */
    private static Entry textOnly(Path lockFile, FileChannel ch) throws IOException {
        Optional<LockHolder> other = LockHolder.parse(Files.readString(lockFile, StandardCharsets.UTF_8));
        if (other.isPresent() && !other.get().deadOnThisHost()) {
            ch.close();
            return null;
        }
        LockHolder me = LockHolder.self(WriteLockPolicy.holderName());
        writeHolder(ch, me);
        return new Entry(lockFile, ch, null, me);
    }

    private static void writeHolder(FileChannel ch, LockHolder me) throws IOException {
        ch.truncate(0);
        ByteBuffer text = ByteBuffer.wrap(me.toText().getBytes(StandardCharsets.UTF_8));
        long at = 0;
        while (text.hasRemaining()) {
            at += ch.write(text, at);
        }
        ch.force(false);
    }

    private static void closeQuietly(FileChannel ch) {
        if (ch != null) {
            try {
                ch.close();
            } catch (IOException e) {
                // nothing held through it
            }
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(POLL_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PlannerException(e, "store.lock.interrupted");
        }
    }
}
