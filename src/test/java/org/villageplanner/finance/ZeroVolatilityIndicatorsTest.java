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
                Double expected = det.indicators().get(t).value(Indicator.values()[k]);
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

    /**
     * A Monte Carlo run computes its indicators on a fast path (villages in the deterministic order, re-sorted;
     * a year equal to the deterministic one reused). Whatever a run's incomes, the figures must be §5's: here the
     * incomes of years 1–3 are shuffled away from the deterministic order, one village is put exactly on the
     * operating target and the run's indicators are checked against the definitions written out.
     */
    @Test
    void aRunsIndicatorsOnTheMonteCarloPathAreTheDefinitionsOfItsOwnIncomes() {
        Model m = new Model(scenario(0), List.of(A, B, C, D));
        Engine.Workspace det = new Engine.Workspace(m);
        Engine.run(m, det, null);
        int[] order = Indicators.orders(m, det.operating);
        int w = m.years + 1;
        double[] operating = det.operating.clone();
        double[] total = det.total.clone();
        java.util.Random random = new java.util.Random(11);
        for (int t = 1; t < w; t++) {
            for (int v = 0; v < m.nV; v++) {
                operating[v * w + t] = 50_000 + random.nextInt(900_000);
                total[v * w + t] = operating[v * w + t] * 2;
            }
        }
        operating[1 * w + 2] = 500_000; // village b exactly on the operating target in year 2: not below
        double[] out = new double[Indicators.COUNT * w];
        Indicators.compute(m, operating, total, new double[m.nV], out, order, det);
        int[] population = {100, 400, 0, 250};
        for (int t = 0; t < w; t++) {
            double[] x = new double[m.nV];
            int belowOperating = 0;
            int belowTotal = 0;
            java.util.List<Double> perHead = new java.util.ArrayList<>();
            for (int v = 0; v < m.nV; v++) {
                x[v] = operating[v * w + t];
                belowOperating += x[v] < 500_000 ? 1 : 0;
                belowTotal += total[v * w + t] < 1_000_000 ? 1 : 0;
                if (population[v] > 0) {
                    perHead.add(x[v] / population[v]);
                }
            }
            double[] ph = perHead.stream().mapToDouble(Double::doubleValue).toArray();
            String year = "year " + t;
            assertEquals(belowOperating, out[Indicators.BELOW_OPERATING_TARGET * w + t], year);
            assertEquals(belowTotal, out[Indicators.BELOW_TOTAL_TARGET * w + t], year);
            assertEquals(giniByDefinition(x), out[Indicators.GINI * w + t], 1e-12, year);
            assertEquals(cvByDefinition(x), out[Indicators.CV * w + t], 1e-12, year);
            double max = java.util.Arrays.stream(x).max().orElseThrow();
            double min = java.util.Arrays.stream(x).min().orElseThrow();
            assertEquals(max / min, out[Indicators.MAX_MIN_RATIO * w + t], 1e-12, year);
            assertEquals(giniByDefinition(ph), out[Indicators.GINI_PER_CAPITA * w + t], 1e-12, year);
            assertEquals(cvByDefinition(ph), out[Indicators.CV_PER_CAPITA * w + t], 1e-12, year);
            double maxHead = java.util.Arrays.stream(ph).max().orElseThrow();
            double minHead = java.util.Arrays.stream(ph).min().orElseThrow();
            assertEquals(maxHead / minHead, out[Indicators.MAX_MIN_RATIO_PER_CAPITA * w + t], 1e-12, year);
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
