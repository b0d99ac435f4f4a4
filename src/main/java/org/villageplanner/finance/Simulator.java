package org.villageplanner.finance;

import java.util.ArrayList;
import java.util.List;
import org.villageplanner.domain.Cluster;
import org.villageplanner.domain.MonteCarloSettings;
import org.villageplanner.domain.Scenario;
import org.villageplanner.domain.Village;

/**
 * Entry point of the finance model: simulates a scenario against the project's villages (MODEL.md §1–§7) and,
 * when the scenario asks for runs, the Monte Carlo bands (§6).
 *
 * <p>Pure and deterministic: the same scenario, villages and seed give the same result bit for bit. Throws
 * {@link org.villageplanner.domain.PlannerException} naming the cluster and party or village on input the model
 * cannot use (a member that is not a project village, FIXED shares not adding up to 1, nothing to share by).
 */
public final class Simulator {
    private Simulator() {
    }

    /** Deterministic figures plus Monte Carlo with the scenario's own settings. */
    public static SimulationResult simulate(Scenario scenario, List<Village> villages) {
        return simulate(scenario, villages, MonteCarlo.Listener.NONE);
    }

    /**
     * @return the result, or null when {@code listener} cancelled (it is asked between the model, the deterministic
     *         figures and each block of Monte Carlo runs, and while the bands are computed)
     */
    public static SimulationResult simulate(Scenario scenario, List<Village> villages, MonteCarlo.Listener listener) {
        Model m = new Model(scenario, villages);
        // Each step below takes a noticeable time on a large plan: look for a cancel between them.
        if (listener.cancelled()) {
            return null;
        }
        SimulationResult det = deterministic(m, listener);
        if (det == null) {
            return null;
        }
        MonteCarloSettings mc = scenario.assumptions().monteCarlo();
        if (mc.runs() == 0) {
            return det;
        }
        if (listener.cancelled()) {
            return null;
        }
        MonteCarloResult bands = MonteCarlo.run(m, mc, listener);
        if (bands == null) {
            return null;
        }
        return new SimulationResult(det.scenario(), det.years(), det.seed(), mc.runs(), det.discountRate(),
                det.clusters(), det.villages(), det.indicators(), bands);
    }

    /** The deterministic figures only (no Monte Carlo, whatever the scenario says). */
    public static SimulationResult deterministic(Scenario scenario, List<Village> villages) {
        return deterministic(new Model(scenario, villages));
    }

    static SimulationResult deterministic(Model m) {
        return deterministic(m, MonteCarlo.Listener.NONE);
    }

    /** As above, or null when {@code listener} cancelled (asked between the steps, each linear in the villages). */
    static SimulationResult deterministic(Model m, MonteCarlo.Listener listener) {
        Engine.Workspace ws = new Engine.Workspace(m);
        List<List<Transfer>> transfers = new ArrayList<>();
        for (int c = 0; c < m.clusters.length; c++) {
            transfers.add(new ArrayList<>());
        }
        Engine.run(m, ws, (c, year, from, to, fen) -> transfers.get(c).add(
                new Transfer(year, m.clusters[c].parties[from], m.clusters[c].parties[to], fen)));
        if (listener.cancelled()) {
            return null;
        }
        int w = m.years + 1;
        List<ClusterResult> clusters = new ArrayList<>();
        for (int c = 0; c < m.clusters.length; c++) {
            if (c % 32 == 31 && listener.cancelled()) {
                return null; // hundreds of clusters on a county plan: their figures are the longest step
            }
            clusters.add(ClusterResults.of(m, ws, c, transfers.get(c)));
        }
        if (listener.cancelled()) {
            return null;
        }
        List<VillageResult> villages = new ArrayList<>();
        for (int v = 0; v < m.nV; v++) {
            Village vil = m.villages.get(v);
            double[] op = new double[w];
            double[] total = new double[w];
            System.arraycopy(ws.operating, v * w, op, 0, w);
            System.arraycopy(ws.total, v * w, total, 0, w);
            String cluster = m.scenario.clusterOf(vil.code()).map(Cluster::id).orElse(null);
            villages.add(new VillageResult(vil.code(), vil.name(), cluster, m.strength[v], vil.population(), op, total));
        }
        List<IndicatorYear> indicators = new ArrayList<>();
        for (int t = 0; t < w; t++) {
            double[] in = ws.indicators;
            indicators.add(new IndicatorYear(t, (int) in[Indicators.BELOW_TOTAL_TARGET * w + t],
                    (int) in[Indicators.BELOW_OPERATING_TARGET * w + t], boxed(in[Indicators.GINI * w + t]),
                    boxed(in[Indicators.MAX_MIN_RATIO * w + t]), boxed(in[Indicators.CV * w + t]),
                    boxed(in[Indicators.GINI_PER_CAPITA * w + t]), boxed(in[Indicators.MAX_MIN_RATIO_PER_CAPITA * w + t]),
                    boxed(in[Indicators.CV_PER_CAPITA * w + t])));
        }
        MonteCarloSettings mc = m.a.monteCarlo();
        return new SimulationResult(m.scenario.name(), m.years, mc.seed(), 0, m.a.discountRate(), clusters, villages,
                indicators, MonteCarloResult.none(mc.seed()));
    }

    static Double boxed(double d) {
        return Double.isNaN(d) ? null : d;
    }
}
