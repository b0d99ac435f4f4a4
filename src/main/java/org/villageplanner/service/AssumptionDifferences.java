package org.villageplanner.service;

import org.villageplanner.domain.Units;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.villageplanner.domain.Assumptions;

/**
 * The assumptions on which compared scenarios disagree (growth, discount rate, targets, thresholds, land value,
 * Monte Carlo correlation). When they differ, a comparison mixes their effect with the effect of the clusters, so
 * {@code compare} flags them. Years, Monte Carlo runs and seed are left out: {@code compare} simulates every
 * scenario over the same years, and runs and seed change only the sampling, not the plan.
 */
public final class AssumptionDifferences {
    /** One assumption that differs, named as in the scenario JSON, with each scenario's value in order. */
    public record Difference(String field, @Units.Given("the assumption's field") List<Double> values) {
        public Difference {
            values = List.copyOf(values);
        }
    }

    private static final Map<String, Function<Assumptions, Double>> FIELDS = fields();

    private AssumptionDifferences() {
    }

    /** The fields whose values are not all equal, in scenario JSON order; empty when all agree. */
    public static List<Difference> of(List<Assumptions> assumptions) {
        List<Difference> out = new ArrayList<>();
        for (Map.Entry<String, Function<Assumptions, Double>> f : FIELDS.entrySet()) {
            List<Double> values = assumptions.stream().map(f.getValue()).toList();
            if (values.stream().distinct().count() > 1) {
                out.add(new Difference(f.getKey(), values));
            }
        }
        return List.copyOf(out);
    }

    private static Map<String, Function<Assumptions, Double>> fields() {
        Map<String, Function<Assumptions, Double>> m = new LinkedHashMap<>();
        m.put("baselineGrowth", Assumptions::baselineGrowth);
        m.put("discountRate", Assumptions::discountRate);
        m.put("totalIncomeTarget", Assumptions::totalIncomeTarget);
        m.put("operatingIncomeTarget", Assumptions::operatingIncomeTarget);
        m.put("strongThreshold", Assumptions::strongThreshold);
        m.put("weakThreshold", Assumptions::weakThreshold);
        m.put("landYuanPerMu", Assumptions::landYuanPerMu);
        m.put("monteCarlo.correlation", a -> a.monteCarlo().correlation());
        return m;
    }
}
