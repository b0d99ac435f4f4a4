package org.villageplanner.ui.save;

import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import javafx.application.Platform;
import org.villageplanner.domain.PlanProject;
import org.villageplanner.service.ProjectService;
import org.villageplanner.ui.ProjectSession;

/**
 * Puts every edit on disk within two seconds, whatever else runs. Each edit (a change of the undo state while
 * the plan is unsaved) hands an immutable snapshot of the project to one dedicated saver thread, which writes the
 * newest snapshot to the {@link RecoveryFiles recovery copy} once edits pause for {@value #QUIET_MS} ms, and at
 * the latest {@value #MAX_WAIT_MS} ms after the first unwritten edit (so a long paint stroke is still saved).
 * Explicit saves run on the same thread, in order with autosaves, and never wait for simulations, dialogs or
 * other background work, which run elsewhere. When the plan is saved (or undone back to the saved state) the
 * recovery copy is deleted. Listeners are called on the JavaFX thread.
 */
public final class AutoSaver {
    static final long QUIET_MS = 300;
    static final long MAX_WAIT_MS = 1200;
    private static final long TICK_MS = 100;

    private record Pending(PlanProject project, RecoveryFiles.Info info, long firstNanos, long lastNanos) {
    }

    private final ProjectSession session;
    private final RecoveryFiles files;
    private final ProjectService projects;
    private final ScheduledExecutorService saver = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "planner-save");
        t.setDaemon(true);
        // Above the computing threads: a busy CPU must not delay the write.
        t.setPriority(Thread.NORM_PRIORITY + 1);
        return t;
    });
    private final AtomicReference<Pending> pending = new AtomicReference<>();
    private volatile Consumer<Instant> onWritten = t -> { };
    private volatile Consumer<Throwable> onFailed = e -> { };
    private int edits;
    /** After a failed write (disk full, folder gone) the next attempt waits a second; touched on the saver thread. */
    private long retryAfterNanos;

    public AutoSaver(ProjectSession session, RecoveryFiles files, ProjectService projects) {
        this.session = session;
        this.files = files;
        this.projects = projects;
        session.undo.stateProperty().addListener((o, a, b) -> edited(true));
        // A restored recovery copy is unsaved without an edit: it is written again under the new session.
        session.dirty.addListener((o, was, dirty) -> {
            if (!dirty) {
                clean();
            } else {
                edited(false);
            }
        });
        saver.scheduleWithFixedDelay(this::tick, TICK_MS, TICK_MS, TimeUnit.MILLISECONDS);
    }

    /** Called on the JavaFX thread after each autosave write. */
    public void setOnWritten(Consumer<Instant> handler) {
        onWritten = handler;
    }

    /** Called on the JavaFX thread when an autosave write fails (the next edit tries again). */
    public void setOnFailed(Consumer<Throwable> handler) {
        onFailed = handler;
    }

    /** Edits counted since the plan was last saved (shown by the recovery dialog after a crash). */
    public int edits() {
        return edits;
    }

    /** Continues counting from a restored recovery copy. */
    public void continueFrom(int editsBefore) {
        edits = Math.max(0, editsBefore);
    }

    /** Saves {@code project} to {@code file} on the saver thread; completes on that thread. */
    public CompletableFuture<Void> save(PlanProject project, Path file) {
        return CompletableFuture.runAsync(() -> projects.save(project, file), saver);
    }

    /** Saves {@code project}, opened from {@code from}, under {@code file} (Save As: its layers go along). */
    public CompletableFuture<Void> saveAs(PlanProject project, Path from, Path file) {
        return CompletableFuture.runAsync(() -> projects.saveAs(project, from, file), saver);
    }

    /**
     * Runs another write to the project file (a reference layer's style, order or barrier flag) on the saver
     * thread, in order with saves, so it never races a save that replaces the file; completes on that thread.
     */
    public CompletableFuture<Void> write(Runnable action) {
        return CompletableFuture.runAsync(action, saver);
    }

    /** Waits until every snapshot taken so far is on disk (quitting, tests). */
    public void flush() throws Exception {
        CompletableFuture.runAsync(() -> writeIfDue(true), saver).get(30, TimeUnit.SECONDS);
    }

    /** Stops the saver thread after writing what is pending. */
    public void close() {
        try {
            flush();
        } catch (Exception e) {
            System.err.println("autosave on close failed: " + e.getMessage());
        }
        saver.shutdown();
    }

    private void edited(boolean count) {
        PlanProject p = session.project();
        if (p == null || !session.isDirty()) {
            return;
        }
        if (count) {
            edits++;
        }
        long now = System.nanoTime();
        Path origin = session.file.get();
        RecoveryFiles.Info info = new RecoveryFiles.Info(origin, p.info().title(), Instant.now(), edits);
        pending.getAndUpdate(old -> new Pending(p, info, old == null ? now : old.firstNanos(), now));
    }

    /** Drops the unsaved edits' copy (the user chose Don't Save or Discard). */
    public void discard() {
        clean();
    }

    private void clean() {
        edits = 0;
        pending.set(null);
        // Queued behind any write in progress, so a late autosave cannot bring the copy back.
        saver.execute(() -> {
            if (pending.get() == null) {
                try {
                    files.clear();
                } catch (Exception e) {
                    failed(e);
                }
            }
        });
    }

    private void tick() {
        writeIfDue(false);
    }

    private void writeIfDue(boolean now) {
        Pending p = pending.get();
        if (p == null) {
            return;
        }
        long t = System.nanoTime();
        boolean quiet = t - p.lastNanos() >= TimeUnit.MILLISECONDS.toNanos(QUIET_MS);
        boolean overdue = t - p.firstNanos() >= TimeUnit.MILLISECONDS.toNanos(MAX_WAIT_MS);
        if (!now && (!quiet && !overdue || t < retryAfterNanos)) {
            return;
        }
        // Only this snapshot is taken off; a newer one set meanwhile stays for the next tick.
        if (!pending.compareAndSet(p, null)) {
            return;
        }
        try {
            files.write(p.project(), p.info());
            Instant when = p.info().lastEdit();
            Platform.runLater(() -> onWritten.accept(when));
        } catch (Exception | LinkageError e) {
            // Keep the snapshot unless a newer one arrived: the next tick tries again.
            pending.compareAndSet(null, p);
            retryAfterNanos = System.nanoTime() + TimeUnit.SECONDS.toNanos(1);
            failed(e);
        }
    }

    private void failed(Throwable e) {
        Platform.runLater(() -> onFailed.accept(e));
    }
}
