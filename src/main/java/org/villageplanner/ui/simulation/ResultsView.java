package org.villageplanner.ui.simulation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.InvalidationListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.villageplanner.finance.Indicator;
import org.villageplanner.finance.IndicatorYear;
import org.villageplanner.finance.SimulationResult;
import org.villageplanner.ui.common.Controls;
import org.villageplanner.ui.common.Headers;
import org.villageplanner.ui.common.I18n;
import org.villageplanner.ui.simulation.Cells.Unit;

/**
 * "Results" (模拟结果) of the scenario: the income chart of a village or of a cluster's members (base, plan and,
 * with Monte Carlo runs, P10 and P90), the indicator table and charts by year, and the switch and year for the
 * map's ring around villages still below the targets.
 */
public final class ResultsView extends SplitPane {
    /** P10–P90 band fills, light enough that the lines stay readable. */
    /** The indicators of the table, with the suffix of their column ids and header keys. */
    private static final Map<Indicator, String> COLUMNS = columns();
    private static final javafx.scene.paint.Color[] BAND = {javafx.scene.paint.Color.web("#f46d43", 0.16),
        javafx.scene.paint.Color.web("#4575b4", 0.16), javafx.scene.paint.Color.web("#66bd63", 0.16),
        javafx.scene.paint.Color.web("#9e6ebd", 0.16)};
    private final ResultsModel model;
    private final ComboBox<String> chooser = new ComboBox<>();
    private final BandLineChart income = bandChart();
    private final LineChart<Number, Number> counts = chart("countChart", "uisim.chart.countY");
    private final LineChart<Number, Number> spread = chart("spreadChart", "uisim.chart.spreadY");
    private final LineChart<Number, Number> allMeet = AllMeetChart.create();
    private final TableView<IndicatorYear> indicators = new TableView<>();
    private final Spinner<Integer> year = new Spinner<>(0, 100, 10);
    private final Label below = new Label();
    private final Label status = new Label();
    private boolean refreshing;
    private final LazyRefresh lazy = new LazyRefresh(this::refresh);
    private InvalidationListener onResult;
    private InvalidationListener onRunning;
    private InvalidationListener onYear;

    public ResultsView(SimulationModel sim) {
        setId("resultsView");
        model = new ResultsModel(sim);
        chooser.setId("resultsChoice");
        chooser.setPrefWidth(220); // fixed: measuring every cluster's name stalls a province
        chooser.setAccessibleText(I18n.t("uisim.results.choice"));
        chooser.setConverter(Controls.labels(model::label));
        chooser.valueProperty().addListener(o -> {
            if (!refreshing) {
                drawIncome();
            }
        });
        status.setId("resultsStatus");
        status.setWrapText(true);
        CheckBox highlight = new CheckBox(I18n.t("uisim.map.highlight"));
        highlight.setId("highlightBelow");
        highlight.selectedProperty().bindBidirectional(sim.highlight);
        year.setId("highlightYear");
        year.setAccessibleText(I18n.t("uisim.map.year"));
        year.setPrefWidth(80);
        year.setEditable(true);
        year.valueProperty().addListener((o, a, b) -> sim.highlightYear.set(b));
        below.setId("belowList");
        below.setWrapText(true);
        // Never cut: the check box keeps its whole sentence and the row wraps when the panel is narrow.
        highlight.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        javafx.scene.layout.FlowPane top = new javafx.scene.layout.FlowPane(8, 4,
                new Label(I18n.t("uisim.results.choice")), chooser, highlight, year);
        top.setAlignment(Pos.CENTER_LEFT);
        VBox left = new VBox(6, top, StaleNotice.label(sim, "resultsStale", income, below), status, income, below);
        VBox.setVgrow(income, Priority.ALWAYS);
        left.setPadding(new Insets(8));
        indicators.setId("indicatorTable");
        indicators.setAccessibleText(I18n.t("uisim.indicators.title"));
        indicators.setPlaceholder(new Label(I18n.t("uisim.results.empty")));
        indicators.getColumns().add(Cells.text("indYear", I18n.t("uisim.indicators.year"),
                y -> String.valueOf(y.year())));
        // Short headers with the unit on its own line (village counts); columns sized to them when results arrive.
        for (Map.Entry<Indicator, String> c : COLUMNS.entrySet()) {
            Indicator k = c.getKey();
            boolean villages = k.unit() == org.villageplanner.finance.Measure.VILLAGES;
            indicators.getColumns().add(Cells.number("ind" + c.getValue(), Headers.withUnit(
                    I18n.t("uisim.indicators." + Character.toLowerCase(c.getValue().charAt(0)) + c.getValue().substring(1)),
                    villages ? I18n.t("uisim.unit.villages") : null),
                    villages ? Unit.INTEGER : Unit.PLAIN, y -> y.value(k)));
        }
        HBox charts = new HBox(4, counts, spread, allMeet);
        HBox.setHgrow(counts, Priority.ALWAYS);
        HBox.setHgrow(spread, Priority.ALWAYS);
        HBox.setHgrow(allMeet, Priority.ALWAYS);
        VBox right = new VBox(6, indicators, charts);
        VBox.setVgrow(indicators, Priority.ALWAYS);
        right.setPadding(new Insets(8));
        getItems().addAll(left, right);
        setDividerPositions(0.5);
        onResult = Listeners.weakly(o -> lazy.request(), sim.result, sim.error);
        onRunning = Listeners.weakly(o -> showStatus(), sim.running);
        onYear = Listeners.weakly(o -> showBelow(), sim.highlightYear);
        refresh();
    }

    /** Refresh only while {@code shown} (the tab is selected); catch up when it becomes true. */
    public void showWhen(javafx.beans.value.ObservableBooleanValue shown) {
        lazy.showWhen(shown);
    }

    private void refresh() {
        refreshing = true;
        String keep = chooser.getValue();
        List<String> choices = model.choices();
        chooser.getItems().setAll(choices);
        chooser.setValue(keep != null && choices.contains(keep) ? keep : model.defaultChoice());
        refreshing = false;
        SimulationResult r = model.simulation.result.get();
        if (r != null) {
            yearFactory().setMax(r.years());
            if (model.simulation.highlightYear.get() > r.years()) {
                year.getValueFactory().setValue(r.years());
            } else {
                year.getValueFactory().setValue(model.simulation.highlightYear.get());
            }
        }
        if (r != null) {
            for (LineChart<Number, Number> c : List.of(income, counts, spread, allMeet)) {
                NumberAxis x = (NumberAxis) c.getXAxis();
                x.setAutoRanging(false);
                x.setLowerBound(0);
                x.setUpperBound(r.years());
                x.setTickUnit(r.years() > 12 ? 5 : c == income ? 1 : 2);
            }
        }
        indicators.getItems().setAll(r == null ? List.of() : r.indicators());
        Headers.fit(indicators);
        drawIndicators(r);
        AllMeetChart.draw(allMeet, r);
        drawIncome();
        showStatus();
        showBelow();
    }

    private javafx.scene.control.SpinnerValueFactory.IntegerSpinnerValueFactory yearFactory() {
        return (javafx.scene.control.SpinnerValueFactory.IntegerSpinnerValueFactory) year.getValueFactory();
    }

    private void showStatus() {
        SimulationResult r = model.simulation.result.get();
        String error = model.simulation.error.get();
        if (!error.isEmpty()) {
            status.setText(error);
        } else if (model.simulation.running.get()) {
            status.setText(I18n.t("uisim.results.running"));
        } else if (r != null) {
            status.setText(r.runs() > 0 ? I18n.t("uisim.results.withRuns", r.scenario(), r.runs(),
                    r.monteCarlo().pAllMeetTargets() == null ? "—"
                            : org.villageplanner.ui.common.Format.percent(r.monteCarlo().pAllMeetTargets()))
                    : I18n.t("uisim.results.deterministic", r.scenario()));
        } else {
            status.setText("");
        }
    }

    private void showBelow() {
        List<String> names = model.belowNames();
        below.setText(I18n.t("uisim.map.below", model.simulation.highlightYear.get(), names.size(),
                names.isEmpty() ? "—" : String.join("、", names)));
    }

    private void drawIncome() {
        income.getData().clear();
        income.clearBands();
        IncomeLegend legend = new IncomeLegend();
        int k = 0;
        List<ResultsModel.Paths> paths = model.paths(chooser.getValue());
        for (ResultsModel.Paths p : paths) {
            // One colour per village: its plan line (the legend entry), its no-cluster baseline dashed in the
            // same colour, and its P10–P90 band tinted in it.
            javafx.scene.paint.Color c = IncomeLegend.colour(k++);
            XYChart.Series<Number, Number> plan = series(p.name(), p.plan(), 10_000);
            add(income, plan, "1 0", 2, c);
            legend.show(p.name(), c, false);
            add(income, series(p.name() + " " + I18n.t("uisim.chart.base"), p.base(), 10_000), "6 4", 1.2, c);
            if (p.p10() != null && p.p90() != null) {
                income.addBand(scaled(p.p10()), scaled(p.p90()), c.deriveColor(0, 1, 1, 0.16));
            }
        }
        org.villageplanner.domain.Scenario s = model.simulation.resultScenario.get();
        SimulationResult r = model.simulation.result.get();
        if (!paths.isEmpty() && s != null && r != null) {
            double target = s.assumptions().operatingIncomeTarget();
            double[] line = new double[r.years() + 1];
            java.util.Arrays.fill(line, target);
            String name = I18n.t("uisim.chart.target", org.villageplanner.ui.common.Format.wan(target));
            add(income, series(name, line, 10_000), "8 4", 1.6, IncomeLegend.TARGET);
            legend.show(name, IncomeLegend.TARGET, true);
            legend.note(I18n.t("uisim.chart.baseNote"), javafx.scene.paint.Color.GRAY, true);
            if (paths.get(0).p10() != null) {
                legend.note(I18n.t("uisim.chart.bandNote"), javafx.scene.paint.Color.GRAY.deriveColor(0, 1, 1, 0.4),
                        false);
            }
        }
        legend.apply(income);
    }

    private void drawIndicators(SimulationResult r) {
        counts.getData().clear();
        spread.getData().clear();
        if (r == null) {
            return;
        }
        int w = r.indicators().size();
        double[] bt = new double[w];
        double[] bo = new double[w];
        double[] gini = new double[w];
        double[] cv = new double[w];
        for (int t = 0; t < w; t++) {
            IndicatorYear y = r.indicators().get(t);
            bt[t] = y.belowTotalTarget();
            bo[t] = y.belowOperatingTarget();
            gini[t] = y.gini() == null ? Double.NaN : y.gini();
            cv[t] = y.cv() == null ? Double.NaN : y.cv();
        }
        counts.getData().add(series(I18n.t("uisim.indicators.belowTotal"), bt, 1));
        counts.getData().add(series(I18n.t("uisim.indicators.belowOperating"), bo, 1));
        spread.getData().add(series(I18n.t("uisim.indicators.gini"), gini, 1));
        spread.getData().add(series(I18n.t("uisim.indicators.cv"), cv, 1));
    }

    private static void add(LineChart<Number, Number> chart, XYChart.Series<Number, Number> s, String dash,
            double width, javafx.scene.paint.Color colour) {
        chart.getData().add(s);
        if (s.getNode() != null) {
            s.getNode().setStyle("-fx-stroke-dash-array: " + dash + "; -fx-stroke-width: " + width + ";"
                    + (colour == null ? "" : " -fx-stroke: " + IncomeLegend.web(colour) + ";"));
        }
    }

    private static double[] scaled(double[] yuan) {
        double[] out = new double[yuan.length];
        for (int t = 0; t < yuan.length; t++) {
            out[t] = yuan[t] / 10_000;
        }
        return out;
    }

    private static BandLineChart bandChart() {
        BandLineChart c = new BandLineChart(axis("uisim.chart.year", true), axis("uisim.chart.incomeY", false));
        style(c, "incomeChart", "uisim.chart.incomeY");
        return c;
    }

    static XYChart.Series<Number, Number> series(String name, double[] values, double divide) {
        XYChart.Series<Number, Number> s = new XYChart.Series<>();
        s.setName(name);
        for (int t = 0; t < values.length; t++) {
            if (!Double.isNaN(values[t])) {
                s.getData().add(new XYChart.Data<>(t, values[t] / divide));
            }
        }
        return s;
    }

    private static NumberAxis axis(String key, boolean years) {
        NumberAxis a = new NumberAxis();
        a.setLabel(I18n.t(key));
        if (years) {
            a.setForceZeroInRange(false);
            a.setTickUnit(1);
            a.setMinorTickVisible(false);
        }
        return a;
    }

    static LineChart<Number, Number> chart(String id, String yKey) {
        LineChart<Number, Number> c = new LineChart<>(axis("uisim.chart.year", true), axis(yKey, false));
        style(c, id, yKey);
        return c;
    }

    private static void style(LineChart<Number, Number> c, String id, String yKey) {
        c.setId(id);
        c.setAccessibleText(I18n.t(yKey));
        c.setCreateSymbols(false);
        c.setAnimated(false);
        c.setMinHeight(180);
    }

    private static Map<Indicator, String> columns() {
        Map<Indicator, String> m = new LinkedHashMap<>();
        m.put(Indicator.BELOW_TOTAL_TARGET, "BelowTotal");
        m.put(Indicator.BELOW_OPERATING_TARGET, "BelowOperating");
        m.put(Indicator.GINI, "Gini");
        m.put(Indicator.MAX_MIN_RATIO, "MaxMin");
        m.put(Indicator.CV, "Cv");
        return m;
    }
}
