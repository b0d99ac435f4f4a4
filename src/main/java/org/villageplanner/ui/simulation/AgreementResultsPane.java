package org.villageplanner.ui.simulation;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;
import javafx.collections.FXCollections;
import javafx.scene.chart.PieChart;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.villageplanner.finance.ClusterResult;
import org.villageplanner.finance.PartyShare;
import org.villageplanner.finance.Payout;
import org.villageplanner.finance.WaterfallYear;
import org.villageplanner.ui.common.Format;
import org.villageplanner.ui.common.I18n;
import org.villageplanner.ui.simulation.Cells.Unit;

/**
 * The live results of one cluster: the share table and chart, the waterfall with every line of MODEL.md §2 by
 * year, and each party's payout by year. Read-only; refreshed when a new simulation result arrives.
 */
final class AgreementResultsPane extends VBox {
    /** One line of the waterfall: its label and its value in years 1..N. */
    record Line(String key, double[] byYear) {
    }

    /** One party's payouts in years 1..N and in total, yuan. */
    record PartyPayouts(String name, double[] byYear, double total) {
    }

    static final List<String> LINES = List.of("revenue", "opex", "depreciation", "profitBeforeTax", "taxable",
            "lossCarried", "tax", "net", "available", "deficit", "reserve", "welfare", "distributable", "guaranteed",
            "shortfall", "dividends", "retained", "cashFlow");
    private static final List<ToDoubleFunction<WaterfallYear>> GETTERS = List.of(WaterfallYear::revenue,
            WaterfallYear::opex, WaterfallYear::depreciation, WaterfallYear::profitBeforeTax, WaterfallYear::taxable,
            WaterfallYear::lossCarried, WaterfallYear::tax, WaterfallYear::net, WaterfallYear::available,
            WaterfallYear::deficit, WaterfallYear::reserve, WaterfallYear::welfare, WaterfallYear::distributable,
            WaterfallYear::guaranteed, WaterfallYear::shortfall, WaterfallYear::dividends, WaterfallYear::retained,
            WaterfallYear::cashFlow);

    private final AgreementEditorModel model;
    private final TableView<PartyShare> shares = new TableView<>();
    private final PieChart chart = new PieChart();
    private final TableView<Line> waterfall = new TableView<>();
    private final TableView<PartyPayouts> payouts = new TableView<>();
    private final Label summary = new Label();

    AgreementResultsPane(AgreementEditorModel model) {
        this.model = model;
        setId("agreementResults");
        setSpacing(6);
        shares.setId("shareTable");
        shares.setAccessibleText(I18n.t("uisim.results.shares"));
        shares.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
        shares.getColumns().add(Cells.text("shareParty", I18n.t("uisim.shares.party"), PartyShare::name));
        shares.getColumns().add(Cells.number("shareValue", I18n.t("uisim.shares.value"), Unit.WAN,
                PartyShare::value));
        shares.getColumns().add(Cells.text("sharePercent", I18n.t("uisim.shares.percent"),
                s -> Format.number(s.percent(), 2) + "%"));
        chart.setId("shareChart");
        chart.setAccessibleText(I18n.t("uisim.results.shareChart"));
        chart.setLegendVisible(true);
        chart.setLabelsVisible(false);
        chart.setAnimated(false);
        chart.setPrefSize(260, 220);
        chart.setMinWidth(140); // the pie gives way before the party names and percentages are cut
        HBox shareBox = new HBox(8, shares, chart);
        HBox.setHgrow(shares, Priority.ALWAYS);
        waterfall.setId("waterfallTable");
        waterfall.setAccessibleText(I18n.t("uisim.results.waterfall"));
        payouts.setId("payoutTable");
        payouts.setAccessibleText(I18n.t("uisim.results.payouts"));
        summary.setId("clusterSummary");
        for (TableView<?> t : List.of(shares, waterfall, payouts)) {
            t.setPlaceholder(new Label(I18n.t("uisim.results.empty")));
        }
        summary.setWrapText(true);
        TabPane tabs = new TabPane(tab("sharesTab", "uisim.results.shares", shareBox),
                tab("waterfallTab", "uisim.results.waterfall", waterfall),
                tab("payoutsTab", "uisim.results.payouts", payouts));
        tabs.setId("agreementResultTabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        VBox.setVgrow(tabs, Priority.ALWAYS);
        Label stale = StaleNotice.label(model.simulation, "agreementStale", tabs, summary);
        getChildren().addAll(stale, summary, tabs);
    }

    private static Tab tab(String id, String key, javafx.scene.Node content) {
        Tab t = new Tab(I18n.t(key), content);
        t.setId(id);
        return t;
    }

    void refresh() {
        ClusterResult r = model.result();
        if (r == null) {
            shares.getItems().clear();
            chart.getData().clear();
            waterfall.getItems().clear();
            payouts.getItems().clear();
            summary.setText(model.cluster() == null ? I18n.t("uisim.results.noCluster")
                    : I18n.t("uisim.results.pending"));
            return;
        }
        summary.setText(I18n.t("uisim.results.summary", Format.wan(r.npv()),
                r.irr() == null ? "—" : Format.percent(r.irr()),
                r.paybackYear() == null ? "—" : String.valueOf(r.paybackYear()), Format.wan(r.totalDividends())));
        shares.getItems().setAll(r.shares());
        // Party names (龙山镇人民政府 …) and percentages whole: columns fitted to their cells, the table no narrower.
        org.villageplanner.ui.common.Headers.fit(shares);
        shares.setMinWidth(shares.getColumns().stream().mapToDouble(c -> c.getMinWidth()).sum() + 4);
        List<PieChart.Data> slices = new ArrayList<>();
        for (PartyShare s : r.shares()) {
            slices.add(new PieChart.Data(s.name() + " " + Format.number(s.percent(), 2) + "%", s.percent()));
        }
        chart.setData(FXCollections.observableArrayList(slices));
        int years = r.waterfall().size();
        List<Line> lines = new ArrayList<>();
        for (int k = 0; k < LINES.size(); k++) {
            double[] v = new double[years];
            for (int t = 0; t < years; t++) {
                // As shown (0.01 万元), so that the parts add up to the totals on screen.
                v[t] = GETTERS.get(k).applyAsDouble(org.villageplanner.finance.Waterfall.shown(r.waterfall().get(t),
                        100));
            }
            lines.add(new Line(LINES.get(k), v));
        }
        yearColumns(waterfall, years, Cells.text("waterfallLine", I18n.t("uisim.waterfall.line"),
                l -> I18n.t("uisim.waterfall." + l.key())), Line::byYear, null);
        waterfall.getItems().setAll(lines);
        List<PartyPayouts> rows = new ArrayList<>();
        for (Payout p : r.payouts()) {
            double[] v = new double[years];
            for (int t = 1; t <= years; t++) {
                v[t - 1] = p.yuan(t);
            }
            rows.add(new PartyPayouts(p.name(), v, p.totalFen() / 100.0));
        }
        yearColumns(payouts, years, Cells.text("payoutParty", I18n.t("uisim.shares.party"), PartyPayouts::name),
                PartyPayouts::byYear, Cells.number("payoutTotal", I18n.t("uisim.payouts.total"), Unit.WAN,
                        PartyPayouts::total));
        payouts.getItems().setAll(rows);
    }

    private static <R> void yearColumns(TableView<R> table, int years, TableColumn<R, String> first,
            java.util.function.Function<R, double[]> values, TableColumn<R, Double> last) {
        if (table.getColumns().size() == years + 1 + (last == null ? 0 : 1)) {
            return;
        }
        table.getColumns().clear();
        first.setPrefWidth(150);
        table.getColumns().add(first);
        for (int t = 1; t <= years; t++) {
            int year = t;
            TableColumn<R, Double> c = Cells.number("year" + t, I18n.t("uisim.year", t), Unit.WAN,
                    row -> values.apply(row)[year - 1]);
            c.setPrefWidth(80);
            table.getColumns().add(c);
        }
        if (last != null) {
            table.getColumns().add(last);
        }
    }
}
