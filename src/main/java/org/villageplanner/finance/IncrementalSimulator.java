package org.villageplanner.finance;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.villageplanner.domain.Cluster;
import org.villageplanner.domain.Contribution;
import org.villageplanner.domain.MonteCarloSettings;
import org.villageplanner.domain.Saving;
import org.villageplanner.domain.Scenario;
import org.villageplanner.domain.ShareRule;
import org.villageplanner.domain.Village;

/**
 * The deterministic simulation of a scenario after an edit, worked out from the result of the version before:
 * only the clusters the edit replaced (and those bound to them through shared villages, below) are run again; the
 * others keep their {@link ClusterResult}, and the villages none of them pays keep their {@link VillageResult}.
 * The indicators are computed again over all villages. The result equals {@link Simulator#deterministic} of the
 * new version bit for bit.
 *
 * <p>Why it is exact: a cluster's waterfall and payouts depend only on its own agreement and projects, except for
 * the weak-village floor (§3), which reads the incomes of its members. So the clusters run again are the changed
 * ones, closed under "a floor cluster touching a village another re-run cluster pays": every village they pay then
 * receives from the other (kept) clusters only fixed payouts, which are added in whole fen and so in any order.
 * Savings are summed per village over all clusters in scenario order, as the whole run sums them.
 */
public final class IncrementalSimulator {
    /** Past this share of clusters to run again, the whole run is as cheap. */
    private static final double MOST = 0.5;

    private IncrementalSimulator() {
    }

    /**
     * The deterministic result of {@code now}, or null when it cannot be derived from {@code previous} (which must
     * be the deterministic result of {@code before} against the same {@code villages}): other assumptions or name,
     * Monte Carlo runs asked for, or most clusters changed. The caller then runs the whole simulation.
     *
     * @throws org.villageplanner.domain.PlannerException as {@link Simulator#deterministic} on a bad cluster
     */
    public static SimulationResult after(Scenario before, SimulationResult previous, Scenario now,
            List<Village> villages) {
        if (before == null || previous == null || now == null || previous.runs() != 0
                || now.assumptions().monteCarlo().runs() != 0 || !before.name().equals(now.name())
                || !before.assumptions().equals(now.assumptions())
                || previous.clusters().size() != before.clusters().size()
                || previous.villages().size() != villages.size()) {
            return null;
        }
        Map<Cluster, ClusterResult> kept = new IdentityHashMap<>(before.clusters().size() * 2);
        for (int i = 0; i < before.clusters().size(); i++) {
            kept.put(before.clusters().get(i), previous.clusters().get(i));
        }
        Set<Cluster> inNow = Collections.newSetFromMap(new IdentityHashMap<>(now.clusters().size() * 2));
        inNow.addAll(now.clusters());
        Set<String> touched = new HashSet<>();
        int changed = 0;
        for (Cluster c : before.clusters()) {
            if (!inNow.contains(c)) {
                changed++;
                addParties(c, touched);
            }
        }
        boolean[] rerun = new boolean[now.clusters().size()];
        for (int i = 0; i < rerun.length; i++) {
            Cluster c = now.clusters().get(i);
            if (!kept.containsKey(c)) {
                changed++;
                rerun[i] = true;
                addParties(c, touched);
            }
        }
        if (changed == 0 || !close(now.clusters(), rerun, touched)
                || count(rerun) > MOST * Math.max(1, now.clusters().size())) {
            return null;
        }
        return run(now, previous, villages, kept, rerun, touched);
    }

    /**
     * Marks again every kept floor cluster that touches a village in
     * {@code touched}, adding its villages, until nothing changes; false when a cluster appears twice (a plan the
     * full run must judge).
     */
    private static boolean close(List<Cluster> clusters, boolean[] rerun, Set<String> touched) {
        Set<Cluster> seen = Collections.newSetFromMap(new IdentityHashMap<>(clusters.size() * 2));
        for (Cluster c : clusters) {
            if (!seen.add(c)) {
                return false;
            }
        }
        boolean grew = true;
        while (grew) {
            grew = false;
            for (int i = 0; i < rerun.length; i++) {
                Cluster c = clusters.get(i);
                if (rerun[i] || c.agreement().rule() != ShareRule.WEAK_VILLAGE_FLOOR) {
                    continue;
                }
                if (touches(c, touched)) {
                    rerun[i] = true;
                    addParties(c, touched);
                    grew = true;
                }
            }
        }
        return true;
    }

    private static SimulationResult run(Scenario now, SimulationResult previous, List<Village> villages,
            Map<Cluster, ClusterResult> kept, boolean[] rerun, Set<String> touched) {
        List<Cluster> again = new ArrayList<>();
        for (int i = 0; i < rerun.length; i++) {
            if (rerun[i]) {
                again.add(now.clusters().get(i));
            }
        }
        Model m = new Model(now.withClusters(again), villages);
        Engine.Workspace ws = new Engine.Workspace(m);
        int w = ws.w;
        boolean[] paid = new boolean[m.nV];
        for (int v = 0; v < m.nV; v++) {
            paid[v] = touched.contains(villages.get(v).code());
        }
        java.util.Map<String, Integer> index = new java.util.HashMap<>();
        for (int v = 0; v < m.nV; v++) {
            if (paid[v]) {
                index.put(villages.get(v).code(), v);
            }
        }
        // Savings of every cluster, kept ones too, in scenario order: the same sums, added in the same order.
        for (int v : index.values()) {
            java.util.Arrays.fill(m.savings, v * w, v * w + w, 0);
        }
        for (Cluster c : now.clusters()) {
            for (Saving s : c.savings()) {
                Integer v = index.get(s.village());
                if (v != null) {
                    for (int t = 1; t < w; t++) {
                        m.savings[v * w + t] += s.annual();
                    }
                }
            }
        }
        // What the kept clusters pay the villages the re-run ones pay (fixed amounts: no floor cluster among them).
        for (int i = 0; i < rerun.length; i++) {
            if (rerun[i]) {
                continue;
            }
            for (Payout p : kept.get(now.clusters().get(i)).payouts()) {
                Integer v = index.get(p.party());
                if (v != null) {
                    long[] fen = p.fenByYear();
                    for (int t = 1; t < w; t++) {
                        ws.villageFen[v * w + t] += fen[t - 1];
                    }
                }
            }
        }
        List<List<Transfer>> transfers = new ArrayList<>();
        for (int c = 0; c < m.clusters.length; c++) {
            transfers.add(new ArrayList<>());
        }
        Engine.runIncomes(m, ws, (c, year, from, to, fen) -> transfers.get(c).add(
                new Transfer(year, m.clusters[c].parties[from], m.clusters[c].parties[to], fen)), true);
        List<VillageResult> villageResults = new ArrayList<>(m.nV);
        for (int v = 0; v < m.nV; v++) {
            VillageResult old = previous.villages().get(v);
            if (!paid[v]) {
                System.arraycopy(old.operatingIncome(), 0, ws.operating, v * w, w);
                System.arraycopy(old.totalIncome(), 0, ws.total, v * w, w);
                villageResults.add(old);
                continue;
            }
            Village vil = villages.get(v);
            double[] op = new double[w];
            double[] total = new double[w];
            System.arraycopy(ws.operating, v * w, op, 0, w);
            System.arraycopy(ws.total, v * w, total, 0, w);
            String cluster = now.clusterOf(vil.code()).map(Cluster::id).orElse(null);
            villageResults.add(new VillageResult(vil.code(), vil.name(), cluster, m.strength[v], vil.population(),
                    op, total));
        }
        Indicators.compute(m, ws.operating, ws.total, ws.sortScratch, ws.indicators, ws.order, ws.reference,
                ws.sorter);
        List<ClusterResult> clusters = new ArrayList<>(rerun.length);
        for (int i = 0, k = 0; i < rerun.length; i++) {
            clusters.add(rerun[i] ? ClusterResults.of(m, ws, k, transfers.get(k++)) : kept.get(now.clusters().get(i)));
        }
        List<IndicatorYear> indicators = new ArrayList<>();
        double[] in = ws.indicators;
        for (int t = 0; t < w; t++) {
            indicators.add(new IndicatorYear(t, (int) in[Indicators.BELOW_TOTAL_TARGET * w + t],
                    (int) in[Indicators.BELOW_OPERATING_TARGET * w + t], Simulator.boxed(in[Indicators.GINI * w + t]),
                    Simulator.boxed(in[Indicators.MAX_MIN_RATIO * w + t]), Simulator.boxed(in[Indicators.CV * w + t]),
                    Simulator.boxed(in[Indicators.GINI_PER_CAPITA * w + t]),
                    Simulator.boxed(in[Indicators.MAX_MIN_RATIO_PER_CAPITA * w + t]),
                    Simulator.boxed(in[Indicators.CV_PER_CAPITA * w + t])));
        }
        MonteCarloSettings mc = m.a.monteCarlo();
        return new SimulationResult(now.name(), m.years, mc.seed(), 0, m.a.discountRate(), clusters, villageResults,
                indicators, MonteCarloResult.none(mc.seed()));
    }

    /** The villages a cluster may pay or hand savings to: members, contributing parties, fixed-share parties. */
    private static void addParties(Cluster c, Set<String> into) {
        into.addAll(c.members());
        for (Contribution k : c.contributions()) {
            into.add(k.party());
        }
        into.addAll(c.agreement().fixedShares().keySet());
        for (Saving s : c.savings()) {
            into.add(s.village());
        }
    }

    private static boolean touches(Cluster c, Set<String> codes) {
        for (String m : c.members()) {
            if (codes.contains(m)) {
                return true;
            }
        }
        for (Contribution k : c.contributions()) {
            if (codes.contains(k.party())) {
                return true;
            }
        }
        if (c.agreement().fixedShares().keySet().stream().anyMatch(codes::contains)) {
            return true;
        }
        return c.savings().stream().anyMatch(s -> codes.contains(s.village()));
    }

    private static int count(boolean[] marks) {
        int n = 0;
        for (boolean b : marks) {
            n += b ? 1 : 0;
        }
        return n;
    }
}
