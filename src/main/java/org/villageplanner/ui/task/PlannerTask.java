package org.villageplanner.ui.task;

import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.concurrent.Task;
import javafx.concurrent.WorkerStateEvent;
import org.villageplanner.domain.PlannerException;
import org.villageplanner.service.CancelledException;
import org.villageplanner.service.Progress;

/**
 * The one kind of background work in the window: simulate, Monte Carlo, suggest, import, export, report, open and
 * compare all run as a {@code PlannerTask} on {@link TaskRunner}'s executor. It hands the work a plain
 * {@link Progress} (core code never sees JavaFX) and always ends in exactly one {@link Outcome}, after which the
 * {@code finally} handler has run, so a failure can never leave the window busy. A task started on one state of
 * the plan whose result arrives after the plan changed ends as {@link Outcome#STALE}: its result is not applied.
 */
public final class PlannerTask<T> extends Task<T> {
    private static final Logger LOG = Logger.getLogger(PlannerTask.class.getName());

    /** How a task ended; RUNNING until then. */
    public enum Outcome { RUNNING, SUCCEEDED, FAILED, CANCELLED, STALE }

    /** Work that reports progress and can be cancelled (built with {@code ui.common.Tasks}). */
    @FunctionalInterface
    public interface Work<T> {
        T call(Progress progress) throws Exception;
    }

    private final Work<T> work;
    public final String label;
    public final boolean visible;
    private volatile boolean workStarted;
    private volatile long workEndedNanos;
    private final ReadOnlyObjectWrapper<Outcome> outcome = new ReadOnlyObjectWrapper<>(Outcome.RUNNING);

    /**
     * @param label what runs, in the user's words (shown in the status bar); may be empty
     * @param visible whether the status bar shows it (live validation does not)
     * @param planState the plan state the work starts from, or null when the result does not depend on it;
     *                  compared by identity when the work ends
     */
    public PlannerTask(Work<T> work, String label, boolean visible, Supplier<Object> planState,
            Consumer<T> onSuccess, Consumer<Throwable> onError, Runnable onCancelled,
            Runnable onFinally) {
        this.work = Objects.requireNonNull(work);
        this.label = label == null ? "" : label;
        this.visible = visible;
        Object startState = planState == null ? null : planState.get();
        addEventHandler(WorkerStateEvent.WORKER_STATE_SUCCEEDED, e -> {
            boolean stale = planState != null && planState.get() != startState;
            finish(stale ? Outcome.STALE : Outcome.SUCCEEDED, onFinally);
            if (!stale) {
                safely(() -> onSuccess.accept(getValue()));
            }
        });
        addEventHandler(WorkerStateEvent.WORKER_STATE_FAILED, e -> {
            Throwable error = getException();
            if (error instanceof CancelledException) {
                // The work noticed the cancellation itself before Task.cancel() was seen: still a cancel.
                finish(Outcome.CANCELLED, onFinally);
                safely(onCancelled);
                return;
            }
            if (!(error instanceof PlannerException)) {
                // The user gets the message; the stack trace goes to the log only.
                LOG.log(Level.WARNING, "background task failed: " + this.label, error);
            }
            finish(Outcome.FAILED, onFinally);
            safely(() -> onError.accept(error));
        });
        addEventHandler(WorkerStateEvent.WORKER_STATE_CANCELLED, e -> {
            finish(Outcome.CANCELLED, onFinally);
            safely(onCancelled);
        });
    }

    private void finish(Outcome o, Runnable onFinally) {
        outcome.set(o);
        safely(onFinally);
    }

    /** A bug in a handler is logged; it must not stop the runner from clearing the busy state. */
    private void safely(Runnable handler) {
        try {
            handler.run();
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "handler of background task failed: " + label, e);
        }
    }

    @Override
    protected T call() throws Exception {
        PlannerTask<T> task = this;
        Progress progress = new Progress() {
            @Override
            public void update(double done, double total, String message) {
                updateProgress(done, total);
                if (message != null) {
                    updateMessage(message);
                }
            }

            @Override
            public boolean isCancelled() {
                return task.isCancelled();
            }
        };
        workStarted = true;
        try {
            return work.call(progress);
        } finally {
            workEndedNanos = System.nanoTime();
        }
    }

    /** Whether the work began on its thread (a task cancelled while queued never does). */
    public boolean workStarted() {
        return workStarted;
    }

    /** {@link System#nanoTime()} when the work returned or threw on its thread; 0 while it runs (cancel latency). */
    public long workEndedNanos() {
        return workEndedNanos;
    }

    public ReadOnlyObjectProperty<Outcome> outcomeProperty() {
        return outcome.getReadOnlyProperty();
    }

    public Outcome outcome() {
        return outcome.get();
    }

    /** The message to show the user for {@code e}: a {@link PlannerException}'s localized text, else its message. */
    public static String message(Throwable e) {
        if (e instanceof PlannerException pe) {
            return pe.getMessage();
        }
        return e == null ? "" : e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
