package org.villageplanner.finance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.villageplanner.finance.Fixtures.*;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.villageplanner.domain.Assumptions;
import org.villageplanner.domain.ClusterType;
import org.villageplanner.domain.DistributionBasis;
import org.villageplanner.domain.MonteCarloSettings;
import org.villageplanner.domain.Scenario;
import org.villageplanner.domain.ShareRule;
import org.villageplanner.domain.Strength;
import org.villageplanner.domain.Village;

/**
 * Scenarios side by side ({@link Comparison}, {@link StrengthShift}), every figure worked by hand from MODEL.md §4,
 * §5 and §7: the same three villages with no cluster, with two of them in a joint entity, and with raised strength
 * thresholds. (Both classes were reached only by UI and report tests, so no finance test checked their figures.)
 */
class ComparisonWorkedTest {
    // a WEAK (operating 300,000, total 800,000), b MEDIUM (1,200,000 / 2,000,000), c STRONG (2,500,000 / 4,000,000).
    private static final List<Village> VILLAGES = List.of(village("a", 800_000, 300_000),
            village("b", 2_000_000, 1_200_000), village("c", 4_000_000, 2_500_000));

    private static SimulationResult simulate(String name, Assumptions a, boolean joint) {
        // The joint entity: a and b, EQUAL, a profit of 400,000 a year with no capex: 200,000 each a year.
        var k = cluster("k", ClusterType.STRONG_HELPS_WEAK, agreement(ShareRule.EQUAL, DistributionBasis.PROFIT),
                List.of("a", "b"), List.of(), List.of(profit("民宿", 400_000, 0)));
        return Simulator.simulate(new Scenario(name, "", a, joint ? List.of(k) : List.of()), VILLAGES);
    }

    private static final Assumptions TWO_YEARS = assumptions(2, 0, 0.06);

    @Test
    void headlinesInTheLastYearAndTheirDeltasAgainstTheFirstScenario() {
        Comparison cmp = Comparison.of(List.of(simulate("base", TWO_YEARS, false), simulate("joint", TWO_YEARS, true)));
        assertEquals(List.of("base", "joint"), cmp.scenarios());
        assertEquals(2, cmp.years());
        assertEquals(Comparison.HEADLINES, cmp.indicators().stream().map(Comparison.Row::name).toList());
        // Year 2 without the entity: operating 300,000, 1,200,000, 2,500,000 (in 100,000s: 3, 12, 25), totals
        // 800,000, 2,000,000, 4,000,000. With it: a 500,000 (on the operating target, not below it) and total
        // 1,000,000 (on the total target), b 1,400,000 (5, 14, 25).
        // Gini: Σ|x_i − x_j| = 2 × (9 + 22 + 13) = 88 over 2 × 9 × 40/3 = 240; then 2 × (9 + 20 + 11) = 80 over
        // 2 × 9 × 44/3 = 264. Max/min 25/3, then 5.
        row(cmp, "belowTotalTarget", 1.0, 0.0, -1.0);
        row(cmp, "belowOperatingTarget", 1.0, 0.0, -1.0);
        row(cmp, "gini", 88.0 / 240, 80.0 / 264, 80.0 / 264 - 88.0 / 240);
        row(cmp, "maxMinRatio", 25.0 / 3, 5.0, 5.0 - 25.0 / 3);
        row(cmp, "cv", cv(3, 12, 25), cv(5, 14, 25), cv(5, 14, 25) - cv(3, 12, 25));
        // Dividends 400,000 in each of the two years; NPV of CF = 0, 400,000, 400,000 at 6 %.
        double npv = 400_000 / 1.06 + 400_000 / (1.06 * 1.06);
        row(cmp, "totalDividends", 0.0, 800_000.0, 800_000.0);
        row(cmp, "totalNpv", 0.0, npv, npv);
        row(cmp, "villagesChangingCluster", 0.0, 2.0, 2.0);
        Comparison.Row p = headline(cmp, "pAllMeetTargets");
        assertNull(p.values().get(0), "no Monte Carlo runs");
        assertNull(p.deltas().get(1), "a delta is undefined when a value is");
        assertEquals(Measure.YUAN, headline(cmp, "totalNpv").measure());
        assertEquals(Measure.FRACTION, p.measure());
    }

    @Test
    void everyIndicatorByYearAndEachVillagesIncomeAndCluster() {
        Comparison cmp = Comparison.of(List.of(simulate("base", TWO_YEARS, false), simulate("joint", TWO_YEARS, true)));
        assertEquals(3, cmp.byYear().size());
        // Year 0 is the villages' current figures in both scenarios; in year 1 the entity has paid out once.
        List<Double> gini0 = cmp.byYear().get(0).values().get("gini");
        assertEquals(88.0 / 240, gini0.get(0), 1e-12);
        assertEquals(88.0 / 240, gini0.get(1), 1e-12);
        assertEquals(1, cmp.byYear().get(1).year());
        assertEquals(80.0 / 264, cmp.byYear().get(1).values().get("gini").get(1), 1e-12);
        assertEquals(List.of(1.0, 0.0), cmp.byYear().get(1).values().get("belowOperatingTarget"));
        assertEquals(Arrays.asList(null, null), cmp.byYear().get(2).values().get("giniPerCapita"), "no populations");

        Comparison.VillageRow a = cmp.villages().get(0);
        assertEquals("a", a.code());
        assertEquals(Arrays.asList(null, "k"), a.clusters());
        assertEquals(List.of(300_000.0, 500_000.0), a.operatingIncomeN());
        assertEquals(List.of(0.0, 200_000.0), a.deltas());
        Comparison.VillageRow c = cmp.villages().get(2);
        assertEquals(Arrays.asList(null, null), c.clusters());
        assertEquals(List.of(0.0, 0.0), c.deltas());
    }

    @Test
    void strengthClassesFollowEachScenariosThresholds() {
        // Raised thresholds (STRONG from 3,000,000, WEAK below 1,500,000): b becomes WEAK and c MEDIUM, though no
        // income changes. The joint entity changes no class: §7 classes by base-year figures.
        Assumptions raised = new Assumptions(2, 0, 0.06, 1_000_000, 500_000, 3_000_000, 1_500_000, 0,
                MonteCarloSettings.DEFAULTS);
        StrengthShift shift = StrengthShift.of(List.of(simulate("base", TWO_YEARS, false),
                simulate("joint", TWO_YEARS, true), simulate("raised", raised, false)));
        assertEquals(List.of(new StrengthShift.Count("base", 1, 1, 1), new StrengthShift.Count("joint", 1, 1, 1),
                new StrengthShift.Count("raised", 0, 1, 2)), shift.counts());
        assertEquals(2, shift.counts().get(2).of(Strength.WEAK));
        assertEquals(1, shift.counts().get(2).of(Strength.MEDIUM));
        assertEquals(0, shift.counts().get(2).of(Strength.STRONG));
        assertEquals(List.of(
                new StrengthShift.Change("b", "村b", "raised", Strength.MEDIUM, Strength.WEAK),
                new StrengthShift.Change("c", "村c", "raised", Strength.STRONG, Strength.MEDIUM)), shift.changed());
        assertEquals(List.of(), StrengthShift.of(List.of()).counts());
    }

    private static Comparison.Row headline(Comparison cmp, String name) {
        return cmp.indicators().stream().filter(r -> r.name().equals(name)).findFirst().orElseThrow();
    }

    private static void row(Comparison cmp, String name, double base, double joint, double delta) {
        Comparison.Row r = headline(cmp, name);
        assertEquals(base, r.values().get(0), 1e-9, name);
        assertEquals(joint, r.values().get(1), 1e-9, name);
        assertEquals(0.0, r.deltas().get(0), 0.0, name + ": the first scenario against itself");
        assertEquals(delta, r.deltas().get(1), 1e-9, name);
    }

    /** Population standard deviation / mean. */
    private static double cv(double... x) {
        double mean = Arrays.stream(x).average().orElseThrow();
        double ss = Arrays.stream(x).map(v -> (v - mean) * (v - mean)).sum();
        return Math.sqrt(ss / x.length) / mean;
    }
}
