package org.villageplanner.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javafx.beans.InvalidationListener;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import org.villageplanner.domain.Cluster;
import org.villageplanner.domain.PlanProject;
import org.villageplanner.domain.Scenario;
import org.villageplanner.service.VillageField;
import org.villageplanner.ui.common.Controls;
import org.villageplanner.ui.common.I18n;

/** Open/save, undo/redo, the scenario chooser, colouring, and the paint brush with its target cluster. */
final class MainToolBar {
    private MainToolBar() {
    }

    static ToolBar build(MainViewModel vm, WindowActions actions) {
        Button open = button("openButton", "ui.tool.open", actions::openWithDialog);
        Button save = button("saveButton", "ui.tool.save", actions::save);
        save.disableProperty().bind(vm.session.dirty.not());
        Button undo = button("undoButton", "ui.tool.undo", () -> vm.session.undo.undo());
        undo.disableProperty().bind(vm.session.undo.canUndoProperty().not());
        Button redo = button("redoButton", "ui.tool.redo", () -> vm.session.undo.redo());
        redo.disableProperty().bind(vm.session.undo.canRedoProperty().not());

        ComboBox<String> scenario = new ComboBox<>();
        scenario.setId("scenarioChooser");
        scenario.setAccessibleText(I18n.t("ui.tool.scenario"));
        InvalidationListener fillScenarios = o -> {
            PlanProject p = vm.session.project();
            List<String> names = p == null ? List.of() : p.scenarios().stream().map(Scenario::name).toList();
            if (!names.equals(scenario.getItems())) {
                scenario.getItems().setAll(names);
            }
            scenario.setValue(vm.session.scenarioName.get());
        };
        vm.session.project.addListener(fillScenarios);
        vm.session.scenarioName.addListener(fillScenarios);
        fillScenarios.invalidated(null);
        scenario.valueProperty().addListener((o, a, b) -> {
            if (b != null && !b.equals(vm.session.scenarioName.get())) {
                vm.session.scenarioName.set(b);
            }
        });

        ComboBox<VillageField> colour = new ComboBox<>();
        colour.setId("colourByChooser");
        colour.setAccessibleText(I18n.t("ui.tool.colourBy"));
        List<VillageField> fields = new ArrayList<>();
        fields.add(null);
        fields.addAll(List.of(VillageField.values()));
        colour.getItems().setAll(fields);
        colour.setConverter(Controls.text(f -> I18n.t(f == null ? "ui.tool.byCluster" : "ui.field." + f.column())));
        colour.setValue(vm.colourBy.get());
        colour.valueProperty().addListener((o, a, b) -> vm.colourBy.set(b));
        vm.colourBy.addListener((o, a, b) -> colour.setValue(b));

        ToggleButton paint = new ToggleButton(I18n.t("ui.tool.paint"));
        paint.setId("paintToggle");
        paint.setFocusTraversable(false);
        paint.setTooltip(new Tooltip(I18n.t("ui.tool.paintTip")));
        paint.setAccessibleText(I18n.t("ui.tool.paintTip"));
        paint.selectedProperty().bindBidirectional(vm.paintMode);
        ComboBox<String> brush = brushChooser(vm);
        brush.disableProperty().bind(paint.selectedProperty().not());

        Button suggest = button("suggestButton", "ui.tool.suggest", actions::suggestWithDialog);
        suggest.disableProperty().bind(vm.runningProperty().isNotNull());
        ToolBar bar = new ToolBar(open, save, new Separator(), undo, redo, new Separator(),
                new Label(I18n.t("ui.tool.scenario")), scenario, new Label(I18n.t("ui.tool.colourBy")), colour,
                new Separator(), paint, brush, new Separator(), suggest);
        bar.setId("toolBar");
        return bar;
    }

    private static ComboBox<String> brushChooser(MainViewModel vm) {
        ComboBox<String> brush = new ComboBox<>();
        brush.setId("brushCluster");
        // A fixed width: measuring thousands of cluster names for the preferred width stalled a province.
        brush.setPrefWidth(170);
        brush.setAccessibleText(I18n.t("ui.tool.brush"));
        brush.setConverter(Controls.text(id -> {
            if (id == null || PaintBrush.NEW_CLUSTER.equals(id)) {
                return I18n.t("ui.tool.newCluster");
            }
            Scenario s = vm.session.scenario();
            return s == null ? id : s.cluster(id).map(c -> c.name() + (c.locked() ? " 🔒" : "")).orElse(id);
        }));
        InvalidationListener fill = o -> {
            Scenario s = vm.session.scenario();
            List<String> ids = new ArrayList<>();
            ids.add(PaintBrush.NEW_CLUSTER);
            if (s != null) {
                s.clusters().stream().map(Cluster::id).forEach(ids::add);
            }
            if (!ids.equals(brush.getItems())) {
                brush.getItems().setAll(ids);
            }
            String target = vm.brush.targetProperty().get();
            brush.setValue(ids.contains(target) ? target : PaintBrush.NEW_CLUSTER);
        };
        // The scenario is chosen after the project is set (opening, undo): refill on both, or the list would
        // offer only "new cluster" until the first stroke.
        vm.session.project.addListener(fill);
        vm.session.scenarioName.addListener(fill);
        vm.brush.targetProperty().addListener(fill);
        fill.invalidated(null);
        BrushTargets.decorate(brush, vm);
        brush.valueProperty().addListener((o, a, b) -> {
            if (b != null && !Objects.equals(b, vm.brush.targetProperty().get())) {
                vm.brush.targetProperty().set(b);
            }
        });
        return brush;
    }

    private static Button button(String id, String key, Runnable action) {
        Button b = new Button(I18n.t(key));
        b.setId(id);
        b.setTooltip(new Tooltip(I18n.t(key + "Tip")));
        b.setAccessibleText(I18n.t(key + "Tip"));
        b.setOnAction(e -> action.run());
        // Toolbar buttons are for the mouse (their keys are in the menus): never holding the focus, Enter or
        // Space can never press one by accident.
        b.setFocusTraversable(false);
        return b;
    }
}
