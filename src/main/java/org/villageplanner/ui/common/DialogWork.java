package org.villageplanner.ui.common;

import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.concurrent.Task;
import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.villageplanner.service.CancelledException;
import org.villageplanner.ui.task.TaskRunner;

/**
 * What the import, export and suggest dialogs share: their window-modal stage, one background thread for their work,
 * an error dialog (its text: {@link org.villageplanner.ui.task.PlannerTask#message}, never a stack trace), and a
 * progress row (bar, message, cancel) bound to the running task.
 */
public final class DialogWork {

    /** The margin around a dialog's content, in pixels. */
    private static final double MARGIN = 12;

    private DialogWork() {
    }

    /**
     * Starts {@code builder}'s task on the window's {@link TaskRunner} (so the status bar shows it too) and keeps it
     * in the dialog's {@code running} until it ends, whatever the outcome.
     */
    public static <T> Task<T> start(TaskRunner runner, Tasks.Builder<T> builder, ObjectProperty<Task<?>> running) {
        return start(runner, builder, running, () -> { });
    }

    /** As above; {@code onCancelled} runs on the UI thread when the user cancels (the task reports no error then). */
    public static <T> Task<T> start(TaskRunner runner, Tasks.Builder<T> builder, ObjectProperty<Task<?>> running,
            Runnable onCancelled) {
        org.villageplanner.ui.task.PlannerTask<T> task = builder.andFinally(() -> running.set(null))
                .onCancelled(onCancelled).build();
        running.set(task);
        runner.run(task);
        return task;
    }

    public static boolean cancelled(Throwable e) {
        return e instanceof CancelledException;
    }

    /** An error dialog with {@code id} on its pane (tests find it by id). */
    public static Alert error(Window owner, String id, String header, String text) {
        Alert a = new Alert(Alert.AlertType.ERROR, text, ButtonType.OK);
        a.setHeaderText(header);
        a.getDialogPane().setId(id);
        if (owner != null && owner.isShowing()) {
            a.initOwner(owner);
        }
        a.show();
        return a;
    }

    /** A row with a progress bar, the task's message and a cancel button, visible while a task runs. */
    public static HBox progressRow(String idPrefix, ObjectProperty<Task<?>> running) {
        ProgressBar bar = new ProgressBar();
        bar.setId(idPrefix + "Progress");
        bar.setAccessibleText(I18n.t("uiimport.progress"));
        bar.setPrefWidth(220);
        Label message = new Label();
        message.setId(idPrefix + "ProgressMessage");
        Button cancel = new Button(I18n.t("uiimport.cancelWork"));
        cancel.setId(idPrefix + "CancelWork");
        cancel.setAccessibleText(I18n.t("uiimport.cancelWork"));
        HBox row = new HBox(8, bar, message, cancel);
        HBox.setHgrow(message, Priority.ALWAYS);
        row.visibleProperty().bind(running.isNotNull());
        row.managedProperty().bind(row.visibleProperty());
        running.addListener((o, old, task) -> {
            bar.progressProperty().unbind();
            message.textProperty().unbind();
            if (task != null) {
                bar.progressProperty().bind(task.progressProperty());
                message.textProperty().bind(task.messageProperty());
            }
        });
        cancel.setOnAction(e -> cancel(running));
        return row;
    }

    /** Cancels the dialog's running task, if there is one. */
    public static void cancel(ObjectProperty<Task<?>> running) {
        Task<?> t = running.get();
        if (t != null) {
            t.cancel();
        }
    }

    /**
     * The stage of a dialog that runs {@code model}'s background job, as {@link #stage(Window, String, Function,
     * double, double)}, with what every such dialog shares: its content has the dialogs' margin, and hiding the
     * stage, however it is closed, ends the dialog ({@link BackgroundDialogModel#close}: the job still running is
     * cancelled).
     */
    public static Stage stage(Window owner, String titleKey, BackgroundDialogModel model,
            Function<Runnable, ? extends Region> content, double width, double height) {
        Stage stage = stage(owner, titleKey, close -> {
            Region root = content.apply(close);
            root.setPadding(new Insets(MARGIN));
            return root;
        }, width, height);
        stage.setOnHidden(e -> model.close());
        return stage;
    }

    /**
     * A dialog's stage, not shown yet: titled with {@code titleKey}, window-modal over {@code owner} (a window of its
     * own when null) with the owner's style sheets; {@code content} gets the action that closes it.
     */
    public static Stage stage(Window owner, String titleKey, Function<Runnable, Parent> content, double width,
            double height) {
        Stage stage = new Stage();
        stage.setTitle(I18n.t(titleKey));
        if (owner != null) {
            stage.initOwner(owner);
            stage.initModality(Modality.WINDOW_MODAL);
        }
        Scene scene = new Scene(content.apply(stage::close), width, height);
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().addAll(owner.getScene().getStylesheets());
        }
        stage.setScene(scene);
        return stage;
    }
}
