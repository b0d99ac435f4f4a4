package org.villageplanner.ui.scenario;

import java.io.File;
import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Rectangle;
import javafx.stage.FileChooser;
import org.villageplanner.domain.Scenario;
import org.villageplanner.finance.Comparison;
import org.villageplanner.finance.Indicator;
import org.villageplanner.service.WhatIfService.ScenarioComparison;
import org.villageplanner.ui.MainViewModel;
import org.villageplanner.ui.common.Controls;
import org.villageplanner.ui.common.I18n;
import org.villageplanner.ui.simulation.SimulationModel;
import org.villageplanner.ui.map.MapCanvas;
import org.villageplanner.ui.map.VillageShapes;

/**
 * "Compare" (方案比较): choose 2–4 scenarios (the first chosen is the base), compare them, and read the
 * headline indicators with deltas, any indicator over the years, every village's cluster and year-N income,
 * and a map of the villages whose cluster or income class differs. Export writes the comparison to XLSX.
 */
public final class CompareView extends SplitPane {
    private final CompareModel model;
    private final VBox checks = new VBox(4);
    private final Label order = new Label();
    private final TableView<Comparison.Row> indicators = new TableView<>();
    private final TableView<Comparison.VillageRow> villages = new TableView<>();
    private final TableView<CompareChanges.Line> changes = new TableView<>();
    private final ScorecardRadar radar = new ScorecardRadar();
    private final ComboBox<Indicator> indicatorChoice = new ComboBox<>();
    private final LineChart<Number, Number> chart;
    private final MapCanvas map = new MapCanvas();
    private final CompareLayer layer = new CompareLayer();
    private javafx.beans.InvalidationListener onProject;

    public CompareView(MainViewModel vm) {
        setId("compareView");
        model = new CompareModel(vm);
        Button compare = new Button(I18n.t("uiscen.compare.run"));
        compare.setId("compareButton");
        compare.setOnAction(e -> model.compare());
        SimulationModel.of(vm).compareRequest.addListener((o, was, names) -> {
            if (names != null) {
                showRequested(names);
            }
        });
        Button export = new Button(I18n.t("uiscen.compare.export"));
        export.setId("exportCompareButton");
        export.disableProperty().bind(model.comparison.isNull());
        export.setOnAction(e -> exportWithDialog());
        Label message = new Label();
        message.setId("compareMessage");
        message.setWrapText(true);
        message.textProperty().bind(model.message);
        order.setId("compareOrder");
        order.setWrapText(true);
        Label title = new Label(I18n.t("uiscen.compare.title"));
        title.getStyleClass().add("section-title");
        VBox left = new VBox(8, title, new Label(I18n.t("uiscen.compare.choose")), checks, order,
                new HBox(6, compare, export), message);
        left.setPadding(new Insets(8));
        indicators.setId("compareIndicatorTable");
        villages.setId("compareVillageTable");
        indicators.setPlaceholder(new Label(I18n.t("uiscen.compare.placeholder")));
        villages.setPlaceholder(new Label(I18n.t("uiscen.compare.placeholder")));
        indicatorChoice.setId("compareIndicatorChoice");
        indicatorChoice.getItems().setAll(Indicator.values());
        indicatorChoice.setConverter(Controls.labels(i -> I18n.t(i.labelKey())));
        indicatorChoice.setValue(Indicator.values()[0]);
        indicatorChoice.valueProperty().addListener(o -> drawChart());
        NumberAxis x = new NumberAxis();
        x.setLabel(I18n.t("uisim.chart.year"));
        chart = new LineChart<>(x, new NumberAxis());
        chart.setId("compareChart");
        chart.setAnimated(false);
        chart.setCreateSymbols(false);
        VBox chartBox = new VBox(6, indicatorChoice, chart);
        VBox.setVgrow(chart, Priority.ALWAYS);
        map.setId("compareMap");
        map.setAccessibleText(I18n.t("uiscen.compare.map"));
        map.addLayer(layer);
        StackPane mapBox = new StackPane(map, legend());
        changes.setId("compareChangesTable");
        changes.setPlaceholder(new Label(I18n.t("uiscen.compare.placeholder")));
        TabPane tabs = new TabPane(tab("cmpIndicatorsTab", "uiscen.compare.indicatorsTab", indicators),
                tab("cmpChangesTab", "uiscen.changes.tab", changes),
                tab("cmpChartTab", "uiscen.compare.chartTab", chartBox),
                tab("cmpVillagesTab", "uiscen.compare.villagesTab", villages),
                tab("cmpMapTab", "uiscen.compare.mapTab", mapBox),
                tab("cmpScorecardTab", "uiscen.compare.scorecardTab", radar));
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.setId("compareTabs");
        getItems().addAll(left, tabs);
        setDividerPositions(0.25);
        model.comparison.addListener(o -> show());
        model.chosen.addListener((javafx.collections.ListChangeListener<String>) c -> order.setText(
                I18n.t("uiscen.compare.order", String.join(" → ", model.chosen))));
        onProject = org.villageplanner.ui.simulation.Listeners.weakly(o -> projectChanged(),
                vm.session.project);
        fillChecks();
    }

    /** Scenarios may have been added or removed; a comparison on screen may now be out of date. */
    private void projectChanged() {
        fillChecks();
        if (model.comparison.get() != null) {
            model.message.set(I18n.t("uiscen.compare.stale"));
        }
    }

    private void fillChecks() {
        List<String> names = model.names();
        model.chosen.retainAll(names);
        if (model.chosen.isEmpty() && names.size() >= 2) {
            model.chosen.setAll(names.subList(0, 2));
        }
        checks.getChildren().clear();
        for (int i = 0; i < names.size(); i++) {
            String n = names.get(i);
            CheckBox box = new CheckBox(n);
            box.setId("compareCheck" + i);
            box.setSelected(model.chosen.contains(n));
            box.setOnAction(e -> {
                if (!model.toggle(n, box.isSelected())) {
                    box.setSelected(false);
                }
            });
            checks.getChildren().add(box);
        }
    }

    private void show() {
        ScenarioComparison sc = model.comparison.get();
        if (sc == null) {
            return;
        }
        List<Scenario> scenarios = sc.comparison().scenarios().stream()
                .map(n -> model.window.session.project().scenario(n).orElse(Scenario.empty(n))).toList();
        CompareTables.indicators(indicators, sc.comparison());
        radar.show(sc.comparison().scenarios(), sc.results());
        CompareTables.villages(villages, sc.comparison(), scenarios);
        CompareChanges.fill(changes, sc, scenarios);
        drawChart();
        VillageShapes shapes = new VillageShapes(model.window.session.project().villages());
        layer.set(shapes, sc.differences());
        if (shapes.size() > 0) {
            map.fit(shapes.extent());
        }
    }

    private void drawChart() {
        chart.getData().clear();
        ScenarioComparison sc = model.comparison.get();
        Indicator indicator = indicatorChoice.getValue();
        if (sc == null || indicator == null) {
            return;
        }
        chart.getYAxis().setLabel(I18n.t(indicator.labelKey()));
        List<String> names = sc.comparison().scenarios();
        for (int i = 0; i < names.size(); i++) {
            XYChart.Series<Number, Number> s = new XYChart.Series<>();
            s.setName(names.get(i));
            for (Comparison.YearRow y : sc.comparison().byYear()) {
                Double v = y.values().get(indicator.jsonName()).get(i);
                if (v != null) {
                    s.getData().add(new XYChart.Data<>(y.year(), v));
                }
            }
            chart.getData().add(s);
        }
    }

    private VBox legend() {
        VBox box = new VBox(3, swatch(CompareLayer.CLUSTER, "uiscen.compare.legendCluster"),
                swatch(CompareLayer.INCOME, "uiscen.compare.legendIncome"),
                swatch(CompareLayer.STRENGTH, "uiscen.compare.legendStrength"),
                swatch(CompareLayer.TERMS, "uiscen.compare.legendTerms"),
                swatch(CompareLayer.BOTH, "uiscen.compare.legendBoth"),
                swatch(CompareLayer.SAME, "uiscen.compare.legendSame"));
        box.getStyleClass().add("legend");
        box.setMaxSize(USE_PREF_SIZE, USE_PREF_SIZE);
        StackPane.setAlignment(box, Pos.BOTTOM_RIGHT);
        StackPane.setMargin(box, new Insets(8));
        return box;
    }

    private static HBox swatch(javafx.scene.paint.Color c, String key) {
        HBox row = new HBox(6, new Rectangle(14, 14, c), new Label(I18n.t(key)));
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private void exportWithDialog() {
        FileChooser c = new FileChooser();
        c.getExtensionFilters().add(new FileChooser.ExtensionFilter("XLSX", "*.xlsx"));
        c.setInitialFileName(I18n.t("uiscen.compare.fileName") + ".xlsx");
        File f = c.showSaveDialog(getScene().getWindow());
        if (f != null) {
            model.export(f.getName().endsWith(".xlsx") ? f.toPath() : f.toPath().resolveSibling(f.getName() + ".xlsx"));
        }
    }

    /** Compares {@code names} (base first) and brings the comparison to the front. */
    private void showRequested(List<String> names) {
        model.chosen.setAll(names);
        fillChecks();
        model.compare();
        if (getScene() != null && getScene().lookup("#analysisTabs") instanceof TabPane tabs) {
            tabs.getTabs().stream().filter(t -> "compareTab".equals(t.getId())).findFirst()
                    .ifPresent(t -> tabs.getSelectionModel().select(t));
        }
    }

    private static Tab tab(String id, String key, javafx.scene.Node content) {
        Tab t = new Tab(I18n.t(key), content);
        t.setId(id);
        return t;
    }
}
