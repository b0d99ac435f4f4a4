package org.villageplanner.finance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The parallel, block-stored Monte Carlo equals a plain sequential recomputation of MODEL.md §6. */
class MonteCarloTest {
    @Test
    void bandsAndProbabilityEqualASequentialRecomputationRunByRun() {
        int runs = 1100; // not a multiple of the block size, and large enough for bucketed percentiles
        RandomScenarios rs = new RandomScenarios(5, 25, 4, runs, 0.3);
        Model m = new Model(rs.scenario, rs.villages);
        MonteCarloResult mc = Simulator.simulate(rs.scenario, rs.villages).monteCarlo();
        int w = m.years + 1;
        double[][] incomes = new double[m.nV * w][runs];
        double[][] gini = new double[w][runs];
        int meet = 0;
        int[][] meetByYear = new int[3][w];
        Engine.Workspace ws = new Engine.Workspace(m);
        for (int r = 0; r < runs; r++) {
            if (r % MonteCarlo.BLOCK == 0) {
                ws = new Engine.Workspace(m);
            }
            SplittableRandom rng = rngFor(rs.scenario.assumptions().monteCarlo().seed(), r);
            skip(m, rs.scenario.assumptions().monteCarlo().correlation(), rng, r % MonteCarlo.BLOCK, ws);
            MonteCarlo.draw(m, rs.scenario.assumptions().monteCarlo().correlation(), rng, ws.mult);
            Engine.run(m, ws, null);
            for (int i = 0; i < m.nV * w; i++) {
                incomes[i][r] = ws.operating[i];
            }
            for (int t = 0; t < w; t++) {
                gini[t][r] = ws.indicators[Indicators.GINI * w + t];
            }
            meet += ws.indicators[Indicators.BELOW_TOTAL_TARGET * w + m.years] == 0
                    && ws.indicators[Indicators.BELOW_OPERATING_TARGET * w + m.years] == 0 ? 1 : 0;
            for (int t = 0; t < w; t++) {
                boolean op = true;
                boolean total = true;
                for (int v = 0; v < m.nV; v++) {
                    op &= ws.operating[v * w + t] >= m.a.operatingIncomeTarget();
                    total &= ws.total[v * w + t] >= m.a.totalIncomeTarget();
                }
                meetByYear[0][t] += op ? 1 : 0;
                meetByYear[1][t] += total ? 1 : 0;
                meetByYear[2][t] += op && total ? 1 : 0;
            }
        }
        assertEquals((double) meet / runs, mc.pAllMeetTargets());
        String[] goals = {"operating", "total", "both"};
        for (int k = 0; k < 3; k++) {
            assertEquals(w, mc.pAllMeetByYear().of(goals[k]).length);
            for (int t = 0; t < w; t++) {
                assertEquals((double) meetByYear[k][t] / runs, mc.pAllMeetByYear().of(goals[k])[t], 0, goals[k] + t);
            }
        }
        assertEquals(mc.pAllMeetTargets(), mc.pAllMeetByYear().both()[m.years]);
        for (int v = 0; v < m.nV; v++) {
            String code = m.villages.get(v).code();
            for (int t = 1; t < w; t++) {
                assertEquals(quantile(incomes[v * w + t], 0.1), mc.operatingIncomeP10().get(code)[t], 0, code);
                assertEquals(quantile(incomes[v * w + t], 0.5), mc.operatingIncomeP50().get(code)[t], 0, code);
                assertEquals(quantile(incomes[v * w + t], 0.9), mc.operatingIncomeP90().get(code)[t], 0, code);
            }
        }
        for (int t = 0; t < w; t++) {
            assertEquals(quantile(gini[t], 0.5), mc.indicators().get(Indicators.GINI).p50()[t], 1e-15);
        }
    }

    private static SplittableRandom rngFor(long seed, int run) {
        return new SplittableRandom(MonteCarlo.blockSeed(seed, run / MonteCarlo.BLOCK));
    }

    /** Advances a fresh block generator past the draws of the block's earlier runs. */
    private static void skip(Model m, double rho, SplittableRandom rng, int earlierRuns, Engine.Workspace ws) {
        double[] scratch = ws.mult.clone();
        for (int i = 0; i < earlierRuns; i++) {
            MonteCarlo.draw(m, rho, rng, scratch);
        }
    }

    private static double quantile(double[] values, double q) {
        double[] x = values.clone();
        Arrays.sort(x);
        double h = (x.length - 1) * q;
        int k = (int) Math.floor(h);
        return k + 1 < x.length ? x[k] + (h - k) * (x[k + 1] - x[k]) : x[k];
    }
}
