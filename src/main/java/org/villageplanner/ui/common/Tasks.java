package org.villageplanner.ui.common;

import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.concurrent.Task;
import org.villageplanner.service.Progress;

/**
 * A small builder around {@link Task}: {@code Tasks.create(work).onSuccess(...).onError(...).run(executor)}.
 * The work receives a {@link Progress} that forwards to the task, so core code never sees JavaFX.
 */
public final class Tasks {
    private Tasks() {
    }

    /** Work that reports progress and can be cancelled. */
    @FunctionalInterface
    public interface Work<T> {
        T call(Progress progress) throws Exception;
    }

    public static <T> Builder<T> create(Work<T> work) {
        return new Builder<>(work);
    }

    public static final class Builder<T> {
        private final Work<T> work;
        private Consumer<T> onSuccess = r -> { };
        private Consumer<Throwable> onError = e -> { };
        private Runnable onFinally = () -> { };

        private Builder(Work<T> work) {
            this.work = work;
        }

        public Builder<T> onSuccess(Consumer<T> handler) {
            this.onSuccess = handler;
            return this;
        }

        public Builder<T> onError(Consumer<Throwable> handler) {
            this.onError = handler;
            return this;
        }

        public Builder<T> andFinally(Runnable handler) {
            this.onFinally = handler;
            return this;
        }

        /** Builds the task without starting it (to bind a progress bar first). */
        public Task<T> build() {
            Task<T> task = new Task<>() {
                @Override
                protected T call() throws Exception {
                    Task<T> task = this;
                    Progress progress = new Progress() {
                        @Override
                        public void update(double done, double total, String message) {
                            updateProgress(done, total);
                            updateMessage(message);
                        }

                        @Override
                        public boolean isCancelled() {
                            return task.isCancelled();
                        }
                    };
                    return work.call(progress);
                }
            };
            task.setOnSucceeded(e -> {
                onFinally.run();
                onSuccess.accept(task.getValue());
            });
            task.setOnFailed(e -> {
                // The dialog or status bar shows the message; the log keeps the stack trace.
                org.villageplanner.service.AppLog.error(Tasks.class, "A background task failed", task.getException());
                onFinally.run();
                onError.accept(task.getException());
            });
            task.setOnCancelled(e -> onFinally.run());
            return task;
        }

        public Task<T> run(Executor executor) {
            Task<T> task = build();
            executor.execute(task);
            return task;
        }
    }
}
