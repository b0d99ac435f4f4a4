package org.villageplanner.service;

import java.nio.file.Path;
import java.util.Optional;
import org.villageplanner.domain.PlannerException;

/**
 * Another program (or another window) holds the write lock of a project file; {@link #holder()} says who, when the
 * lock file names them. The message names the file, the holder (app or command, process id, host, since when)
 * and how long this writer waited.
 */
public final class ProjectLockedException extends PlannerException {
    private static final long serialVersionUID = 1L;
    private final transient LockHolder holder;

    public ProjectLockedException(Path file, LockHolder holder, long waitedSeconds) {
        super(holder == null ? "store.lock.heldUnknown" : "store.lock.held", args(file, holder, waitedSeconds));
        this.holder = holder;
    }

    private static Object[] args(Path file, LockHolder h, long waited) {
        // Numbers as text: a process id is not a quantity to group with thousands separators.
        String w = String.valueOf(waited);
        return h == null ? new Object[] {file.toString(), w}
                : new Object[] {file.toString(), h.app(), String.valueOf(h.pid()), h.host(),
                    h.since().truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString(), w};
    }

    public Optional<LockHolder> holder() {
        return Optional.ofNullable(holder);
    }
}
