package org.villageplanner.finance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.villageplanner.finance.Fixtures.*;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.villageplanner.domain.ClusterType;
import org.villageplanner.domain.DistributionBasis;
import org.villageplanner.domain.ShareRule;
import org.villageplanner.domain.Village;

/**
 * MODEL.md §5 after year 0, worked by hand: the per-capita indicators of projected years (the deterministic pass), and
 * a Monte Carlo run's indicators when no village has a known population or a village sits exactly on the total
 * target. (The other indicator tests check year 0, or the Monte Carlo path with populations.)
 */
class IndicatorsLaterYearsTest {
    // population, total income, operating income (yuan)
    private static final Village A = new Village("a", "甲", "", null, 100, 0, 900_000, 400_000, 0, 0, 0, null, false);
    private static final Village B = new Village("b", "乙", "", null, 200, 0, 1_500_000, 600_000, 0, 0, 0, null, false);
    private static final Village C = new Village("c", "丙", "", null, 500, 0, 3_000_000, 2_500_000, 0, 0, 0, null, false);

    @Test
    void perCapitaIndicatorsOfProjectedYears() {
        // a and b share 300,000 a year equally: years 1–2 operating a 550,000, b 750,000, c 2,500,000. Per head:
        // 5,500, 3,750 and 5,000 yuan (year 0: 4,000, 3,000, 5,000).
        var k = cluster("k", ClusterType.COMPLEMENTARY, agreement(ShareRule.EQUAL, DistributionBasis.PROFIT),
                List.of("a", "b"), List.of(), List.of(profit("民宿", 300_000, 0)));
        SimulationResult r = Simulator.simulate(scenario(years(2), k), List.of(A, B, C));
        for (int t = 1; t <= 2; t++) {
            IndicatorYear y = r.indicators().get(t);
            // Sorted 3,750, 5,000, 5,500: Σ|x_i − x_j| = 2 × (1,250 + 1,750 + 500) = 7,000 over 2 × 9 × 14,250/3.
            assertEquals(7_000 / (2 * 9 * 14_250 / 3.0), y.giniPerCapita(), 1e-12, "year " + t);
            assertEquals(5_500 / 3_750.0, y.maxMinRatioPerCapita(), 1e-12, "year " + t);
            assertEquals(cv(5_500, 3_750, 5_000), y.cvPerCapita(), 1e-12, "year " + t);
            // b's total 1,500,000 + 150,000 and c's 3,000,000 meet the total target; a's 900,000 + 150,000 does too.
            assertEquals(0, y.belowTotalTarget());
        }
        // Year 0 per head 3,000, 4,000, 5,000: 2 × (1,000 + 2,000 + 1,000) = 8,000 over 2 × 9 × 4,000.
        assertEquals(8_000 / (2 * 9 * 4_000.0), r.indicators().get(0).giniPerCapita(), 1e-12);
    }

    /**
     * A Monte Carlo run's own incomes (not the deterministic ones) of villages without populations: no per-capita
     * figure; Gini, max/min and CV of the incomes as §5 defines them; a total exactly on the 1,000,000 target is not
     * below it.
     */
    @Test
    void aRunWithoutPopulationsOnTheMonteCarloPath() {
        List<Village> villages = List.of(village("a", 900_000, 400_000), village("b", 1_500_000, 600_000),
                village("c", 3_000_000, 2_500_000));
        Model m = new Model(scenario(years(2)), villages);
        Engine.Workspace det = new Engine.Workspace(m);
        Engine.run(m, det, null);
        int[] order = Indicators.orders(m, det.operating);
        int w = m.years + 1;
        double[] operating = det.operating.clone();
        double[] total = det.total.clone();
        // Year 1: 200,000, 800,000, 1,000,000 (a's total exactly 1,000,000); year 2: 1,000,000, 250,000, 500,000.
        double[][] runIncomes = {{200_000, 800_000, 1_000_000}, {1_000_000, 250_000, 500_000}};
        for (int t = 1; t <= 2; t++) {
            for (int v = 0; v < 3; v++) {
                operating[v * w + t] = runIncomes[t - 1][v];
                total[v * w + t] = v == 0 && t == 1 ? 1_000_000 : 2 * runIncomes[t - 1][v];
            }
        }
        double[] out = new double[Indicators.COUNT * w];
        Indicators.compute(m, operating, total, new double[3], out, order, det);
        // Year 1 in 100,000s: 2, 8, 10 → Σ|x_i − x_j| = 2 × (6 + 8 + 2) = 32 over 2 × 9 × 20/3 = 120;
        // year 2: 2.5, 5, 10 → 2 × (2.5 + 7.5 + 5) = 30 over 2 × 9 × 17.5/3 = 105.
        double[] gini = {32.0 / 120, 30.0 / 105};
        double[] maxMin = {5, 4};
        for (int t = 1; t <= 2; t++) {
            String year = "year " + t;
            assertEquals(gini[t - 1], out[Indicators.GINI * w + t], 1e-12, year);
            assertEquals(maxMin[t - 1], out[Indicators.MAX_MIN_RATIO * w + t], 1e-12, year);
            assertEquals(cv(runIncomes[t - 1]), out[Indicators.CV * w + t], 1e-12, year);
            assertTrue(Double.isNaN(out[Indicators.GINI_PER_CAPITA * w + t]), year);
            assertTrue(Double.isNaN(out[Indicators.MAX_MIN_RATIO_PER_CAPITA * w + t]), year);
            assertTrue(Double.isNaN(out[Indicators.CV_PER_CAPITA * w + t]), year);
        }
        assertEquals(0, out[Indicators.BELOW_TOTAL_TARGET * w + 1], "a total exactly on the target is not below it");
        // Below 500,000: year 1 only 200,000; year 2 only 250,000 (c's 500,000 is on the target). Below 1,000,000 in
        // total, year 2: b's 500,000 (c's 1,000,000 is on it).
        assertEquals(1, out[Indicators.BELOW_OPERATING_TARGET * w + 1]);
        assertEquals(1, out[Indicators.BELOW_OPERATING_TARGET * w + 2]);
        assertEquals(1, out[Indicators.BELOW_TOTAL_TARGET * w + 2]);
        // The deterministic pass without populations: no per-capita figure either.
        assertNull(Simulator.simulate(scenario(years(2)), villages).indicators().get(2).giniPerCapita());
    }

    /** Population standard deviation / mean. */
    private static double cv(double... x) {
        double mean = java.util.Arrays.stream(x).average().orElseThrow();
        double ss = java.util.Arrays.stream(x).map(v -> (v - mean) * (v - mean)).sum();
        return Math.sqrt(ss / x.length) / mean;
    }
}
