package org.villageplanner.finance;

import org.villageplanner.domain.Units;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Scenarios side by side (issue 8): headline figures in year N with deltas against the first scenario, every
 * indicator by year, and each village's cluster and year-N operating income per scenario. Values are null where
 * undefined (e.g. max/min with a village at zero); a delta is null when either value is.
 *
 * @param indicators headline rows: {@link #HEADLINES}, in that order
 * @param byYear     per year t = 0..N, indicator name → one value per scenario
 */
public record Comparison(List<String> scenarios, int years, List<Row> indicators, List<YearRow> byYear,
        List<VillageRow> villages) {

    /** Names of the headline rows. */
    public static final List<String> HEADLINES = List.of("belowTotalTarget", "belowOperatingTarget", "gini",
            "maxMinRatio", "cv", "totalDividends", "totalNpv", "villagesChangingCluster", "pAllMeetTargets");

    private static final List<Indicator> HEADLINE_INDICATORS = List.of(Indicator.BELOW_TOTAL_TARGET,
            Indicator.BELOW_OPERATING_TARGET, Indicator.GINI, Indicator.MAX_MIN_RATIO, Indicator.CV);

    /** What headline {@code name} measures: an indicator's unit, yuan for money, a fraction for the probability. */
    public static Measure measureOf(String name) {
        return switch (name) {
            case "totalDividends", "totalNpv" -> Measure.YUAN;
            case "villagesChangingCluster" -> Measure.VILLAGES;
            case "pAllMeetTargets" -> Measure.FRACTION;
            default -> Indicator.byJsonName(name).unit();
        };
    }

    /**
     * One headline figure in every scenario.
     *
     * @param values one per scenario, in {@link #measureOf(String) its measure} (money in yuan)
     * @param deltas each scenario's value minus the first's, same unit
     */
    public record Row(String name, @Units.Given("Comparison.measureOf(name)") List<Double> values, @Units.Given("Comparison.measureOf(name)") List<Double> deltas) {
        public Measure measure() {
            return measureOf(name);
        }
    }

    public record YearRow(int year, @Units.Given("Indicator.byJsonName(key).unit()") Map<String, List<Double>> values) {
    }

    public record VillageRow(String code, String name, List<String> clusters, @Units.Yuan List<Double> operatingIncomeN,
            @Units.Yuan List<Double> deltas) {
    }

    /** Compares results simulated over the same villages and the same number of years; the first is the base. */
    public static Comparison of(List<SimulationResult> results) {
        if (results.isEmpty()) {
            throw new IllegalArgumentException("nothing to compare");
        }
        SimulationResult base = results.get(0);
        int n = base.years();
        List<String> names = results.stream().map(SimulationResult::scenario).toList();
        Map<String, List<Double>> head = new LinkedHashMap<>();
        HEADLINES.forEach(h -> head.put(h, new ArrayList<>()));
        for (SimulationResult r : results) {
            IndicatorYear y = r.indicators().get(n);
            for (Indicator k : HEADLINE_INDICATORS) {
                head.get(k.jsonName()).add(y.value(k));
            }
            head.get("totalDividends").add(r.clusters().stream().mapToDouble(ClusterResult::totalDividends).sum());
            head.get("totalNpv").add(r.clusters().stream().mapToDouble(ClusterResult::npv).sum());
            int changed = 0;
            for (VillageResult v : r.villages()) {
                String before = base.village(v.code()).map(VillageResult::cluster).orElse(null);
                changed += Objects.equals(before, v.cluster()) ? 0 : 1;
            }
            head.get("villagesChangingCluster").add((double) changed);
            head.get("pAllMeetTargets").add(r.monteCarlo().pAllMeetTargets());
        }
        List<Row> rows = new ArrayList<>();
        head.forEach((name, values) -> rows.add(new Row(name, values, deltas(values))));
        List<YearRow> byYear = new ArrayList<>();
        for (int t = 0; t <= n; t++) {
            Map<String, List<Double>> values = new LinkedHashMap<>();
            for (Indicator k : Indicator.values()) {
                List<Double> perScenario = new ArrayList<>();
                for (SimulationResult r : results) {
                    perScenario.add(r.indicators().get(t).value(k));
                }
                values.put(k.jsonName(), perScenario);
            }
            byYear.add(new YearRow(t, values));
        }
        List<VillageRow> villages = new ArrayList<>();
        for (VillageResult v : base.villages()) {
            List<String> clusters = new ArrayList<>();
            List<Double> incomes = new ArrayList<>();
            for (SimulationResult r : results) {
                VillageResult other = r.village(v.code()).orElse(null);
                clusters.add(other == null ? null : other.cluster());
                incomes.add(other == null ? null : other.operatingIncome()[n]);
            }
            villages.add(new VillageRow(v.code(), v.name(), clusters, incomes, deltas(incomes)));
        }
        return new Comparison(names, n, rows, byYear, villages);
    }

    private static List<Double> deltas(List<Double> values) {
        Double first = values.get(0);
        List<Double> out = new ArrayList<>();
        for (Double v : values) {
            out.add(first == null || v == null ? null : v - first);
        }
        return out;
    }
}
