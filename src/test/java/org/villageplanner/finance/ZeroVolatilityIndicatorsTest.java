package org.villageplanner.finance;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.villageplanner.finance.Fixtures.*;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.villageplanner.domain.Agreement;
import org.villageplanner.domain.ClusterType;
import org.villageplanner.domain.Contribution;
import org.villageplanner.domain.MonteCarloSettings;
import org.villageplanner.domain.Scenario;
import org.villageplanner.domain.Village;

/**
 * MODEL.md §5 indicators on villages placed at the edges of the rules (an income exactly at a target is not below
 * it; a village without a population is left out of the per-capita figures), and §6: with every volatility 0
 * each Monte Carlo run equals the deterministic result, so every band of every indicator and every village's
 * income band is the deterministic figure. (Added where PIT showed that the Monte Carlo's own indicator path,
 * which reuses the deterministic order, could change without a test noticing.)
 */
class ZeroVolatilityIndicatorsTest {
    // population, total income, operating income (yuan)
    private static final Village A = new Village("a", "甲", "", null, 100, 0, 1_000_000, 500_000, 0, 0, 0, null, false);
    private static final Village B = new Village("b", "乙", "", null, 400, 0, 999_999, 499_999, 0, 0, 0, null, false);
    private static final Village C = new Village("c", "丙", "", null, 0, 0, 2_000_000, 800_000, 0, 0, 0, null, false);
    private static final Village D = new Village("d", "丁", "", null, 250, 0, 300_000, 120_000, 0, 0, 0, null, false);

    private static Scenario scenario(int runs) {
        var a = assumptions(3, 0.0, 0.06).withMonteCarlo(new MonteCarloSettings(runs, 7, 0));
        var c = cluster("c1", ClusterType.STRONG_HELPS_WEAK, Agreement.DEFAULTS, List.of("a", "b", "d"),
                List.of(Contribution.cash("a", 1), Contribution.cash("b", 1), Contribution.cash("d", 1)),
                List.of(operated("民宿", 0, 600_000, 100_000, 0, 0, 0, 20, 0.0)));
        return Fixtures.scenario(a, c);
    }

    @Test
    void yearZeroIndicatorsFollowTheDefinitionsAtTheEdges() {
        IndicatorYear y = Simulator.simulate(scenario(0), List.of(A, B, C, D)).indicators().get(0);
        // a sits exactly on both targets (1,000,000 and 500,000): not below. b and d are below both.
        assertEquals(2, y.belowTotalTarget());
        assertEquals(2, y.belowOperatingTarget());
        double[] x = {500_000, 499_999, 800_000, 120_000};
        assertEquals(giniByDefinition(x), y.gini(), 1e-12);
        assertEquals(800_000.0 / 120_000, y.maxMinRatio(), 1e-12);
        assertEquals(cvByDefinition(x), y.cv(), 1e-12);
        // Per capita without c (population 0): 5,000, 1,249.9975 and 480 yuan a head.
        double[] perHead = {500_000.0 / 100, 499_999.0 / 400, 120_000.0 / 250};
        assertEquals(giniByDefinition(perHead), y.giniPerCapita(), 1e-12);
        assertEquals(5_000 / 480.0, y.maxMinRatioPerCapita(), 1e-12);
        assertEquals(cvByDefinition(perHead), y.cvPerCapita(), 1e-12);
    }

    @Test
    void withoutVolatilityEveryMonteCarloBandIsTheDeterministicFigure() {
        SimulationResult det = Simulator.simulate(scenario(0), List.of(A, B, C, D));
        SimulationResult mc = Simulator.simulate(scenario(300), List.of(A, B, C, D));
        MonteCarloResult bands = mc.monteCarlo();
        assertEquals(300, bands.runs());
        for (int k = 0; k < Indicators.COUNT; k++) {
            IndicatorBand band = bands.indicators().get(k);
            for (int t = 0; t <= 3; t++) {
                Double expected = det.indicators().get(t).value(k);
                double e = expected == null ? Double.NaN : expected;
                String what = band.name() + " year " + t;
                assertEquals(e, band.p10()[t], 1e-9, what);
                assertEquals(e, band.p50()[t], 1e-9, what);
                assertEquals(e, band.p90()[t], 1e-9, what);
            }
        }
        for (VillageResult v : det.villages()) {
            assertArrayEquals(v.operatingIncome(), bands.operatingIncomeP10().get(v.code()), 1e-6, v.code());
            assertArrayEquals(v.operatingIncome(), bands.operatingIncomeP90().get(v.code()), 1e-6, v.code());
        }
    }

    /** Σ_i Σ_j |x_i − x_j| / (2 n² x̄), written out as MODEL.md §5 states it. */
    private static double giniByDefinition(double[] x) {
        double sum = 0;
        double pairs = 0;
        for (double xi : x) {
            sum += xi;
            for (double xj : x) {
                pairs += Math.abs(xi - xj);
            }
        }
        double n = x.length;
        return pairs / (2 * n * n * (sum / n));
    }

    /** Population standard deviation / mean. */
    private static double cvByDefinition(double[] x) {
        double mean = java.util.Arrays.stream(x).average().orElseThrow();
        double ss = java.util.Arrays.stream(x).map(v -> (v - mean) * (v - mean)).sum();
        return Math.sqrt(ss / x.length) / mean;
    }
}
