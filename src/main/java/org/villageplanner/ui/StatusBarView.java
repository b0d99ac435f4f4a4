package org.villageplanner.ui;

import javafx.beans.InvalidationListener;
import javafx.concurrent.Task;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.villageplanner.ui.common.I18n;

/** Status message, progress and cancel of the running task, and the plan's counts and coverage. */
final class StatusBarView extends HBox {
    StatusBarView(MainViewModel vm) {
        setId("statusBar");
        getStyleClass().add("status-bar");
        setAlignment(Pos.CENTER_LEFT);
        setSpacing(10);
        Label status = new Label();
        status.setId("statusLabel");
        status.textProperty().bind(vm.status);
        Label task = new Label();
        task.setId("taskLabel");
        ProgressBar progress = new ProgressBar();
        progress.setId("taskProgress");
        progress.setPrefWidth(140);
        Button cancel = new Button(I18n.t("ui.status.cancel"));
        cancel.setId("cancelButton");
        cancel.getStyleClass().add("small");
        Label counts = new Label();
        counts.setId("countsLabel");
        Label dirty = new Label();
        dirty.setId("dirtyLabel");
        dirty.getStyleClass().add("dirty");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        getChildren().addAll(status, task, progress, cancel, spacer, dirty, counts);

        // What runs now, from the task itself: when it ends (succeeded, failed, cancelled or stale) the text goes.
        InvalidationListener running = o -> {
            Task<?> t = vm.runningProperty().get();
            progress.setVisible(t != null);
            cancel.setVisible(t != null);
            task.setText(t instanceof org.villageplanner.ui.task.PlannerTask<?> pt ? pt.label : "");
            task.setVisible(t != null);
            progress.progressProperty().unbind();
            if (t != null) {
                progress.progressProperty().bind(t.progressProperty());
                cancel.setOnAction(e -> t.cancel());
            }
        };
        vm.runningProperty().addListener(running);
        running.invalidated(null);

        counts.textProperty().bind(new org.villageplanner.ui.panel.PlanSummaryModel(vm).countsProperty());
        InvalidationListener dirtyText = o -> dirty.setText(vm.session.isDirty() ? I18n.t("ui.status.unsaved") : "");
        vm.session.dirty.addListener(dirtyText);
        dirtyText.invalidated(null);
    }
}
