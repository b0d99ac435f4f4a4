package org.villageplanner.ui.scenario;

import java.util.List;
import javafx.scene.control.TableView;
import org.villageplanner.domain.Cluster;
import org.villageplanner.domain.Scenario;
import org.villageplanner.finance.Comparison;
import org.villageplanner.ui.common.Format;
import org.villageplanner.ui.common.I18n;
import org.villageplanner.ui.simulation.Cells;

/** Fills the compare view's tables: headline indicators with deltas, and villages with their year-N incomes. */
final class CompareTables {
    private CompareTables() {
    }

    /** How the compare view prints indicator {@code name}'s value or delta: "—" when undefined. */
    static String show(String name, Double v, boolean delta) {
        if (v == null || v.isNaN()) {
            return "—";
        }
        String sign = delta && v > 0 ? "+" : "";
        return sign + switch (Comparison.measureOf(name)) {
            case YUAN -> Format.wan(v);
            case VILLAGES -> Format.count(Math.round(v));
            case FRACTION -> Format.percent(v);
            case RATIO -> Format.number(v, 3);
        };
    }

    static void indicators(TableView<Comparison.Row> table, Comparison c) {
        table.getColumns().clear();
        table.getColumns().add(Cells.text("cmpIndicator", I18n.t("uiscen.compare.indicator"),
                r -> I18n.t("whatif.indicator." + r.name())));
        table.getColumns().get(0).setPrefWidth(260);
        List<String> names = c.scenarios();
        for (int i = 0; i < names.size(); i++) {
            int k = i;
            table.getColumns().add(Cells.text("cmpValue" + i, names.get(i),
                    r -> show(r.name(), r.values().get(k), false)));
        }
        for (int i = 1; i < names.size(); i++) {
            int k = i;
            table.getColumns().add(Cells.text("cmpDelta" + i, I18n.t("uiscen.compare.delta", names.get(i)),
                    r -> show(r.name(), r.deltas().get(k), true)));
        }
        table.getColumns().forEach(col -> col.setPrefWidth(Math.max(col.getPrefWidth(), 130)));
        table.getItems().setAll(c.indicators().stream().filter(r -> !r.name().equals("pAllMeetTargets")
                || r.values().stream().anyMatch(v -> v != null)).toList());
    }

    static void villages(TableView<Comparison.VillageRow> table, Comparison c, List<Scenario> scenarios) {
        table.getColumns().clear();
        table.getColumns().add(Cells.text("cmpVillage", I18n.t("uiscen.compare.village"),
                Comparison.VillageRow::name));
        List<String> names = c.scenarios();
        for (int i = 0; i < names.size(); i++) {
            int k = i;
            Scenario s = scenarios.get(i);
            table.getColumns().add(Cells.text("cmpCluster" + i, I18n.t("uiscen.compare.cluster", names.get(i)),
                    r -> r.clusters().get(k) == null ? "—"
                            : s.cluster(r.clusters().get(k)).map(Cluster::name).orElse(r.clusters().get(k))));
        }
        for (int i = 0; i < names.size(); i++) {
            int k = i;
            table.getColumns().add(Cells.text("cmpIncome" + i, I18n.t("uiscen.compare.income", names.get(i),
                    c.years()), r -> r.operatingIncomeN().get(k) == null ? "—"
                            : Format.wan(r.operatingIncomeN().get(k))));
        }
        for (int i = 1; i < names.size(); i++) {
            int k = i;
            table.getColumns().add(Cells.text("cmpIncomeDelta" + i, I18n.t("uiscen.compare.delta", names.get(i)),
                    r -> show("totalDividends", r.deltas().get(k), true)));
        }
        table.getItems().setAll(c.villages());
    }
}
