package org.villageplanner.ui.scenario;

import static org.villageplanner.ui.common.Controls.button;
import static org.villageplanner.ui.common.Controls.errorMessage;

import javafx.beans.InvalidationListener;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.villageplanner.domain.Scenario;
import org.villageplanner.ui.MainViewModel;
import org.villageplanner.ui.common.I18n;

/**
 * "Scenarios" (方案): the project's scenarios — pick one to show it; new, duplicate, rename, delete (each
 * undoable) — with the shown scenario's notes and its assumptions form.
 */
public final class ScenarioManagerView extends SplitPane {
    private final ScenarioManagerModel model;
    private final ListView<String> list = new ListView<>();
    private final TextField name = new TextField();
    private final TextArea notes = new TextArea();
    private final AssumptionsForm assumptions;
    private boolean refreshing;
    private InvalidationListener onPlan;

    public ScenarioManagerView(MainViewModel vm) {
        setId("scenarioManager");
        model = new ScenarioManagerModel(vm);
        assumptions = new AssumptionsForm(model);
        list.setId("scenarioList");
        list.setAccessibleText(I18n.t("uiscen.list.title"));
        list.setPrefHeight(160);
        list.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (!refreshing) {
                model.show(b);
            }
        });
        Button create = button("newScenarioButton", "uiscen.list.new", model::createEmpty);
        Button duplicate = button("duplicateScenarioButton", "uiscen.list.duplicate", model::duplicate);
        Button delete = button("deleteScenarioButton", "uiscen.list.delete", model::delete);
        delete.getStyleClass().add("danger");
        name.setId("scenarioNameField");
        name.setAccessibleText(I18n.t("uiscen.list.name"));
        name.setOnAction(e -> model.rename(name.getText()));
        Button rename = button("renameScenarioButton", "uiscen.list.rename", () -> model.rename(name.getText()));
        Label message = errorMessage("scenarioMessage");
        message.textProperty().bind(model.message);
        Label title = new Label(I18n.t("uiscen.list.title"));
        title.getStyleClass().add("section-title");
        VBox left = new VBox(6, title, list, new HBox(6, create, duplicate, delete), new HBox(6, name, rename),
                message);
        left.setPadding(new Insets(8));
        notes.setId("scenarioNotes");
        notes.setAccessibleText(I18n.t("uiscen.notes.title"));
        notes.setWrapText(true);
        notes.setPrefRowCount(6);
        notes.focusedProperty().addListener((o, was, now) -> {
            if (!now && !refreshing) {
                model.setNotes(notes.getText());
            }
        });
        VBox middle = new VBox(6, new Label(I18n.t("uiscen.notes.title")), notes);
        VBox.setVgrow(notes, Priority.ALWAYS);
        middle.setPadding(new Insets(8));
        ScrollPane right = new ScrollPane(assumptions);
        right.setFitToWidth(true);
        assumptions.setPadding(new Insets(8));
        getItems().addAll(left, middle, right);
        setDividerPositions(0.3, 0.55);
        onPlan = org.villageplanner.ui.simulation.Listeners.weakly(o -> refresh(), vm.session.project,
                vm.session.scenarioName);
        refresh();
    }

    private void refresh() {
        refreshing = true;
        list.getItems().setAll(model.names());
        Scenario s = model.session().scenario();
        list.getSelectionModel().select(s == null ? null : s.name());
        name.setText(s == null ? "" : s.name());
        if (!notes.isFocused()) {
            notes.setText(s == null ? "" : s.notes());
        }
        assumptions.show(s == null ? null : s.assumptions());
        refreshing = false;
    }
}
