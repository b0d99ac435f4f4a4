package org.villageplanner.ui.scenario;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import javafx.scene.control.TableView;
import org.villageplanner.domain.Cluster;
import org.villageplanner.domain.Messages;
import org.villageplanner.domain.Scenario;
import org.villageplanner.finance.Comparison;
import org.villageplanner.finance.StrengthShift;
import org.villageplanner.service.AssumptionDifferences;
import org.villageplanner.service.WhatIfService.ScenarioComparison;
import org.villageplanner.ui.common.Format;
import org.villageplanner.ui.common.I18n;
import org.villageplanner.ui.simulation.Cells;

/**
 * The compare view's "what changed" table: strength counts per scenario, the villages that moved class, the
 * assumptions and the cluster rules that differ, side by side, and why a headline figure is 0 everywhere.
 */
final class CompareChanges {
    /** One line: its section, what it is about, and one cell per scenario. */
    record Line(String section, String item, List<String> cells) {
    }

    private static final Map<String, String> ASSUMPTION_LABELS = Map.of("baselineGrowth", "BASELINE_GROWTH",
            "discountRate", "DISCOUNT_RATE", "totalIncomeTarget", "TOTAL_TARGET", "operatingIncomeTarget",
            "OPERATING_TARGET", "strongThreshold", "STRONG", "weakThreshold", "WEAK", "landYuanPerMu", "LAND",
            "monteCarlo.correlation", "CORRELATION");

    private CompareChanges() {
    }

    static List<Line> lines(ScenarioComparison sc, List<Scenario> scenarios) {
        List<Line> out = new ArrayList<>();
        int n = scenarios.size();
        StrengthShift shift = StrengthShift.of(sc.results());
        String strength = I18n.t("uiscen.changes.strength");
        for (org.villageplanner.domain.Strength s : org.villageplanner.domain.Strength.values()) {
            List<String> cells = shift.counts().stream().map(c -> Format.count(c.of(s))).toList();
            out.add(new Line(strength, s.label(), cells));
        }
        String moved = I18n.t("uiscen.changes.moved");
        Map<String, List<StrengthShift.Change>> byVillage = new java.util.LinkedHashMap<>();
        shift.changed().forEach(c -> byVillage.computeIfAbsent(c.code(), k -> new ArrayList<>()).add(c));
        for (List<StrengthShift.Change> changes : byVillage.values()) {
            List<String> cells = new ArrayList<>();
            cells.add(changes.get(0).from().label());
            for (int i = 1; i < n; i++) {
                String name = sc.comparison().scenarios().get(i);
                cells.add(changes.stream().filter(c -> c.scenario().equals(name)).findFirst()
                        .map(c -> c.to().label()).orElse(changes.get(0).from().label()));
            }
            out.add(new Line(moved, changes.get(0).name(), cells));
        }
        String assumed = I18n.t("uiscen.changes.assumptions");
        for (AssumptionDifferences.Difference d : AssumptionDifferences.of(sc.assumptions())) {
            String key = ASSUMPTION_LABELS.get(d.field());
            boolean money = d.field().endsWith("Target") || d.field().endsWith("Threshold");
            boolean rate = d.field().equals("baselineGrowth") || d.field().equals("discountRate");
            out.add(new Line(assumed, key == null ? d.field() : I18n.t("uiscen.assume." + key),
                    d.values().stream().map(v -> money ? Format.wan(v) : rate ? Format.percent(v)
                            : Format.number(v, 2)).toList()));
        }
        String rules = I18n.t("uiscen.changes.rules");
        Set<String> ids = new LinkedHashSet<>();
        scenarios.forEach(s -> s.clusters().forEach(c -> ids.add(c.id())));
        for (String id : ids) {
            List<String> cells = new ArrayList<>();
            String name = id;
            for (Scenario s : scenarios) {
                Cluster c = s.cluster(id).orElse(null);
                if (c != null) {
                    name = c.name();
                }
                cells.add(c == null ? "—" : Messages.get("core.shareRule." + c.agreement().rule().name()));
            }
            if (cells.stream().distinct().count() > 1) {
                out.add(new Line(rules, name, cells));
            }
        }
        out.addAll(zeroReasons(sc.comparison(), scenarios));
        return out;
    }

    /** A headline money figure that is 0 in every scenario, with the reason (no projects, or no revenue yet). */
    private static List<Line> zeroReasons(Comparison c, List<Scenario> scenarios) {
        List<Line> out = new ArrayList<>();
        for (Comparison.Row row : c.indicators()) {
            if (!Set.of("totalDividends", "totalNpv").contains(row.name())
                    || !row.values().stream().allMatch(v -> v != null && Math.abs(v) < 0.005)) {
                continue;
            }
            List<String> cells = scenarios.stream().map(s -> s.clusters().stream().allMatch(x -> x.projects().isEmpty())
                    ? I18n.t("uiscen.changes.noProjects") : I18n.t("uiscen.changes.noProfit")).toList();
            out.add(new Line(I18n.t("uiscen.changes.zero"), I18n.t("whatif.indicator." + row.name()), cells));
        }
        return out;
    }

    static void fill(TableView<Line> table, ScenarioComparison sc, List<Scenario> scenarios) {
        table.getColumns().clear();
        table.getColumns().add(Cells.text("chgSection", I18n.t("uiscen.changes.section"), Line::section));
        table.getColumns().add(Cells.text("chgItem", I18n.t("uiscen.changes.item"), Line::item));
        List<String> names = sc.comparison().scenarios();
        for (int i = 0; i < names.size(); i++) {
            int k = i;
            table.getColumns().add(Cells.text("chgValue" + i, names.get(i),
                    l -> k < l.cells().size() ? Objects.toString(l.cells().get(k), "—") : "—"));
        }
        table.getColumns().forEach(col -> col.setPrefWidth(150));
        table.getItems().setAll(lines(sc, scenarios));
    }
}
