package org.villageplanner.ui.task;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;
import javafx.concurrent.Worker;
import javafx.concurrent.WorkerStateEvent;

/**
 * Runs the window's background work: one executor for every {@link PlannerTask}, and the list of tasks still
 * running, of which the newest visible one is {@link #currentProperty() current} (the status bar shows its label,
 * progress and a cancel button). The executor grows a thread per concurrent task and lets idle ones go, so a task
 * that hangs never holds up the next one; saving does not run here at all (see {@code ui.save.AutoSaver}).
 * Methods are called on the JavaFX thread.
 */
public final class TaskRunner {
    private static final AtomicInteger THREADS = new AtomicInteger();
    private static final ExecutorService EXECUTOR = new ThreadPoolExecutor(0, Integer.MAX_VALUE, 30, TimeUnit.SECONDS,
            new SynchronousQueue<>(), r -> {
                // A large stack: the cluster suggester and JTS unions recurse deeply on big projects.
                Thread t = new Thread(null, r, "planner-task-" + THREADS.incrementAndGet(), 256L << 20);
                t.setDaemon(true);
                return t;
            });

    private final ObservableList<PlannerTask<?>> running = FXCollections.observableArrayList();
    private final ObjectProperty<Task<?>> current = new SimpleObjectProperty<>();

    /** Starts {@code task}; it stays in {@link #running()} until it has ended, whatever the outcome. */
    public <T> PlannerTask<T> run(PlannerTask<T> task) {
        running.add(task);
        // Registered after the task's own handlers, so its outcome and finally have run when this fires. The
        // worker state, not FutureTask.isDone(): JavaFX posts the SUCCEEDED event before the worker thread marks
        // the future done, so isDone() can still be false when the event arrives and the task would stay listed.
        task.addEventHandler(WorkerStateEvent.ANY, e -> {
            if (ended(task)) {
                running.remove(task);
                updateCurrent();
            }
        });
        updateCurrent();
        EXECUTOR.execute(task);
        return task;
    }

    /** Cancels every running task (closing the window). */
    public void cancelAll() {
        for (PlannerTask<?> t : java.util.List.copyOf(running)) {
            t.cancel();
        }
    }

    public ObservableList<PlannerTask<?>> running() {
        return running;
    }

    /** The newest visible task still running, or null: what the status bar shows. */
    public ObjectProperty<Task<?>> currentProperty() {
        return current;
    }

    /** Whether visible work is running (tests and the busy state of buttons). */
    public boolean busy() {
        return current.get() != null;
    }

    private static boolean ended(Worker<?> w) {
        Worker.State s = w.getState();
        return s == Worker.State.SUCCEEDED || s == Worker.State.FAILED || s == Worker.State.CANCELLED;
    }

    private void updateCurrent() {
        PlannerTask<?> newest = null;
        for (PlannerTask<?> t : running) {
            if (t.visible && !ended(t)) {
                newest = t;
            }
        }
        current.set(newest);
    }
}
