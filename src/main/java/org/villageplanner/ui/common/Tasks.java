package org.villageplanner.ui.common;

import java.util.function.Consumer;
import java.util.function.Supplier;
import org.villageplanner.service.Progress;
import org.villageplanner.ui.task.PlannerTask;
import org.villageplanner.ui.task.PlannerTask.Work;
import org.villageplanner.ui.task.TaskRunner;

/**
 * A small builder for {@link PlannerTask}: {@code Tasks.create(work).titled(...).onSuccess(...).onError(...)
 * .run(runner)}. The work receives a {@link Progress} that forwards to the task, so core code never sees JavaFX.
 */
public final class Tasks {
    private Tasks() {
    }

    public static <T> Builder<T> create(Work<T> work) {
        return new Builder<>(work);
    }

    public static final class Builder<T> {
        private final Work<T> work;
        private String label = "";
        private boolean visible = true;
        private Supplier<Object> planState;
        private Consumer<T> onSuccess = r -> { };
        private Consumer<Throwable> onError = e -> { };
        private Runnable onCancelled = () -> { };
        private Runnable onFinally = () -> { };

        private Builder(Work<T> work) {
            this.work = work;
        }

        /** What runs, in the user's words; the status bar shows it while the task runs. */
        public Builder<T> titled(String text) {
            this.label = text;
            return this;
        }

        /** Work the status bar does not show (live validation). */
        public Builder<T> quiet() {
            this.visible = false;
            return this;
        }

        /**
         * The result belongs to the plan state {@code state} returns now (compared by identity); if it returns
         * another when the work ends, the result is dropped ({@code onSuccess} does not get it).
         */
        public Builder<T> basedOn(Supplier<Object> state) {
            this.planState = state;
            return this;
        }

        public Builder<T> onSuccess(Consumer<T> handler) {
            this.onSuccess = handler;
            return this;
        }

        public Builder<T> onError(Consumer<Throwable> handler) {
            this.onError = handler;
            return this;
        }

        public Builder<T> onCancelled(Runnable handler) {
            this.onCancelled = handler;
            return this;
        }

        /** Runs once the task has ended, whatever the outcome, before the outcome's own handler. */
        public Builder<T> andFinally(Runnable handler) {
            this.onFinally = handler;
            return this;
        }

        /** Builds the task without starting it (to bind a progress bar first). */
        public PlannerTask<T> build() {
            return new PlannerTask<>(work, label, visible, planState, onSuccess, onError, onCancelled, onFinally);
        }

        public PlannerTask<T> run(TaskRunner runner) {
            return runner.run(build());
        }
    }
}
