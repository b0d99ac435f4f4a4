package org.villageplanner.report;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import org.villageplanner.cluster.CoverageRule;
import org.villageplanner.domain.Cluster;
import org.villageplanner.domain.ClusterType;
import org.villageplanner.finance.Indicator;
import org.villageplanner.service.PlanReport;

/**
 * The plan's county-level pages: the overview map, the indicator table, the scenario comparison appendix and
 * the model appendix. Each is one page for a plan of usual size.
 */
final class CountySectionsWriter extends PageWriter {
    private static final float OVERVIEW_HEIGHT = 600;
    private static final float MIN_MAP_HEIGHT = 220;
    private static final List<String> MODEL_PARAGRAPHS = List.of("report.model.p1", "report.model.p2",
            "report.model.p3", "report.model.p4", "report.model.p5", "report.model.p6", "report.model.p7",
            "report.model.p8");

    CountySectionsWriter(PageFlow flow, PlanReport report) {
        super(flow, report);
    }

    void overview(MapBuilder maps) {
        int members = memberCount();
        int villages = report.villages().size();
        Map<ClusterType, Integer> byType = new EnumMap<>(ClusterType.class);
        report.sections().forEach(s -> byType.merge(s.cluster().type(), 1, Integer::sum));
        StringBuilder types = new StringBuilder();
        byType.forEach((t, n) -> types.append(types.length() == 0 ? "" : lang.text("report.listSeparator"))
                .append(lang.text("report.overview.typeCount", t.label(lang), n)));
        flow.paragraph(lang.text("report.overview.summary", report.sections().size(), members, villages,
                Formats.percent(coverage()), villages - members,
                types.length() == 0 ? Formats.NONE : types.toString()));
        if (maps.hasGeometry()) {
            MapSpec spec = maps.overview(true);
            // As tall as the extent needs at full width (plus room for legend and scale bar), within the page.
            float h = Math.max(MIN_MAP_HEIGHT, Math.min(MapRenderer.naturalHeight(spec, flow.width()) + 40,
                    Math.min(OVERVIEW_HEIGHT, flow.room() - 4)));
            flow.drawing(h, (f, x, bottom, w, hh) -> MapRenderer.draw(f, spec, x, bottom, w, hh));
        } else {
            flow.paragraph(lang.text("report.overview.noGeometry"), 9, PageFlow.MUTED);
        }
    }

    void indicators() {
        flow.paragraph(lang.text("report.indicators.intro", Formats.wan(report.assumptions().totalIncomeTarget()),
                Formats.wan(report.assumptions().operatingIncomeTarget()), report.villages().size()));
        List<Indicator> shown = PlanReport.IndicatorRow.SHOWN;
        Table.Column[] cols = new Table.Column[shown.size() + 3];
        cols[0] = Table.text(lang.text("report.col.year"), 1.3f);
        for (int k = 0; k < shown.size(); k++) {
            cols[k + 1] = Table.number(lang.text(shown.get(k).labelKey()), shown.get(k).digits() == 0 ? 1.2f : 1f);
        }
        cols[shown.size() + 1] = Table.number(lang.text("report.ind.max"), 1.3f);
        cols[shown.size() + 2] = Table.number(lang.text("report.ind.min"), 1.3f);
        Table t = Table.of(cols);
        for (PlanReport.IndicatorRow r : report.indicators()) {
            List<String> cells = new java.util.ArrayList<>();
            cells.add(r.year() == 0 ? lang.text("report.ind.baseYear") : String.valueOf(r.year()));
            shown.forEach(i -> cells.add(Formats.decimalOrNone(r.value(i), i.digits())));
            cells.add(Formats.wan(r.maxOperating()));
            cells.add(Formats.wan(r.minOperating()));
            t.row(cells.toArray(String[]::new));
        }
        TableWriter.write(flow, t);
        PlanReport.Uncertainty u = report.uncertainty();
        if (u != null) {
            flow.paragraph(lang.text("report.indicators.monteCarlo", u.runs(), String.valueOf(u.seed()),
                    report.assumptions().years(), Formats.percentOrNone(u.pAllMeetTargets())));
        }
        flow.paragraph(lang.text("report.indicators.note"), 8.5f, PageFlow.MUTED);
    }

    /** Indicators of the final year side by side: this scenario, then each other one with this one's change. */
    void comparison() {
        flow.paragraph(lang.text("report.compare.intro", report.scenarioName(), report.assumptions().years()));
        List<PlanReport.ScenarioSummary> all = new java.util.ArrayList<>();
        all.add(new PlanReport.ScenarioSummary(report.scenarioName(), report.sections().size(),
                coverage(), report.indicators()));
        all.addAll(report.comparisons());
        Table.Column[] cols = new Table.Column[2 + 2 * (all.size() - 1)];
        cols[0] = Table.text(lang.text("report.compare.indicator"), 2.4f);
        cols[1] = Table.number(all.get(0).name(), 1.3f);
        for (int i = 1; i < all.size(); i++) {
            cols[2 * i] = Table.number(all.get(i).name(), 1.3f);
            cols[2 * i + 1] = Table.number(lang.text("report.compare.delta"), 1f);
        }
        Table t = Table.of(cols);
        addRow(t, all, lang.text("report.compare.clusters"), s -> s.clusterCount(), 0, false);
        addRow(t, all, lang.text("report.compare.coverage"), s -> s.coverage() * 100, 2, false);
        for (Indicator i : PlanReport.IndicatorRow.SHOWN) {
            addRow(t, all, lang.text(i.labelKey()), s -> orNaN(last(s).value(i)), i.digits(), false);
        }
        addRow(t, all, lang.text("report.ind.min"), s -> last(s).minOperating(), 2, true);
        TableWriter.write(flow, t);
    }

    private static void addRow(Table t, List<PlanReport.ScenarioSummary> all, String label,
                               ToDoubleFunction<PlanReport.ScenarioSummary> value, int digits, boolean wan) {
        String[] cells = new String[2 + 2 * (all.size() - 1)];
        cells[0] = label;
        double base = value.applyAsDouble(all.get(0));
        cells[1] = show(base, digits, wan);
        for (int i = 1; i < all.size(); i++) {
            double v = value.applyAsDouble(all.get(i));
            cells[2 * i] = show(v, digits, wan);
            cells[2 * i + 1] = Double.isNaN(v) || Double.isNaN(base) ? Formats.NONE
                    : wan ? Formats.delta((base - v) / 10_000, 2) : Formats.delta(base - v, digits);
        }
        t.row(cells);
    }

    private static String show(double v, int digits, boolean wan) {
        if (Double.isNaN(v)) {
            return Formats.NONE;
        }
        return wan ? Formats.wan(v) : Formats.decimal(v, digits);
    }

    private static double orNaN(Double value) {
        return value == null ? Double.NaN : value;
    }

    private static PlanReport.IndicatorRow last(PlanReport.ScenarioSummary s) {
        return s.indicators().isEmpty() ? new PlanReport.IndicatorRow(0, 0, 0, null, null, null, 0, 0)
                : s.indicators().get(s.indicators().size() - 1);
    }

    void model() {
        for (String key : MODEL_PARAGRAPHS) {
            flow.paragraph(key.equals("report.model.p7") ? lang.text(key, Formats.level(report))
                    : lang.text(key), 9.5f, PageFlow.INK);
        }
    }

    /** The reported scenario's coverage, the one figure of {@link CoverageRule} (as for the compared ones). */
    private double coverage() {
        return CoverageRule.coverage(clusters(), report.villages());
    }

    /** Villages of the plan that are in one of its clusters (those the coverage counts). */
    private int memberCount() {
        return report.villages().size() - CoverageRule.unassigned(clusters(), report.villages()).size();
    }

    private List<Cluster> clusters() {
        return report.sections().stream().map(PlanReport.ClusterSection::cluster).toList();
    }
}
