package org.villageplanner.ui.common;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.concurrent.Task;
import org.villageplanner.ui.task.PlannerTask;
import org.villageplanner.ui.task.TaskRunner;

/**
 * What a dialog's view model that runs one background job at a time shows its view (import, suggest, both
 * exports): a status line, an error message for an error dialog (null when none), and the task in progress
 * (null when idle; {@link #start} sets and clears it). A cancelled job and a failed one end the same way in
 * every dialog: {@link #failed}.
 */
public abstract class BackgroundDialogModel {
    public final StringProperty status = new SimpleStringProperty("");
    public final StringProperty error = new SimpleStringProperty();
    public final ObjectProperty<Task<?>> running = new SimpleObjectProperty<>();
    private final String statusKeys;

    /**
     * @param statusKeys the start of the dialog's status keys, ending in a dot: {@code cancelled} and {@code failed}
     *                   follow it (the status line's text when the planner cancels the job, or it fails)
     */
    protected BackgroundDialogModel(String statusKeys) {
        this.statusKeys = statusKeys;
    }

    /**
     * Starts {@code builder}'s task on the window's {@code runner} ({@link DialogWork#start}), titled with the status
     * line as it is now; a cancel shows the cancelled text. The builder's error handler is {@link #failed}, or ends
     * by calling it.
     */
    protected final <T> Task<T> start(TaskRunner runner, Tasks.Builder<T> builder) {
        return DialogWork.start(runner, builder.titled(status.get()), running, this::cancelled);
    }

    private void cancelled() {
        status.set(I18n.t(statusKeys + "cancelled"));
    }

    /**
     * The dialog is closing, however it is closed (its close button, Escape, the window's ×): the job still running is
     * cancelled. Services write their files beside the target and move them into place only when complete, so a
     * cancelled job leaves no half-written file.
     */
    public void close() {
        DialogWork.cancel(running);
    }

    /** Ends a job that threw {@code e}: cancelled, or failed with the error's text for the error dialog. */
    protected final void failed(Throwable e) {
        if (DialogWork.cancelled(e)) {
            cancelled();
            return;
        }
        status.set(I18n.t(statusKeys + "failed"));
        error.set(PlannerTask.message(e));
    }
}
