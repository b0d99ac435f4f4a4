package org.villageplanner.finance;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.villageplanner.domain.Cluster;
import org.villageplanner.domain.Saving;
import org.villageplanner.domain.Scenario;
import org.villageplanner.domain.Village;

/**
 * Goal seeking's fast path: {@link GoalProbability} for many values of a lever that acts on a few clusters,
 * recomputing only those clusters per run. Gives exactly what {@link GoalProbability#evaluate} gives (the same
 * draws, the same arithmetic, bit for bit), for a fraction of the work.
 *
 * <p>How: the lever's clusters, the villages they pay (their village parties and savings villages), and every
 * WEAK_VILLAGE_FLOOR cluster with a member among those villages (whose transfers depend on their incomes), repeated
 * until nothing is added, form the <em>closure</em>. One full pass per run with the base scenario keeps, per run,
 * the closure projects' revenue multipliers, what the closure villages receive from all other clusters (in fen),
 * and how many of the other villages meet the goal's target(s) in the judged year. Each lever value then runs only
 * the closure: a {@link Model} of the closure clusters and villages, its village payouts pre-filled with what the
 * other clusters paid ({@link Engine#runIncomes(Model, Engine.Workspace, Engine.TransferSink, boolean)}).
 *
 * <p>{@link #prepare} returns null where the shortcut does not apply: the closure would need too much memory (a
 * lever on every cluster), or another cluster enters savings for a closure village.
 */
public final class GoalKernel {
    /** Stored doubles and longs per run, all runs together, above which the shortcut is not taken (≈ 64 MB). */
    static final long LIMIT = 8_000_000L;

    private final Model full;
    private final GoalProbability.Spec spec;
    private final List<String> closureIds;
    private final int[] closureVillages;
    private final int nProjects;
    private final double[] mult;
    private final long[] externalFen;
    private final int[] othersMeeting;
    private final long[] othersVillageMeet;

    private GoalKernel(Model full, GoalProbability.Spec spec, List<String> closureIds, int[] closureVillages,
            int nProjects) {
        this.full = full;
        this.spec = spec;
        this.closureIds = closureIds;
        this.closureVillages = closureVillages;
        this.nProjects = nProjects;
        int w = full.years + 1;
        int runs = spec.runs();
        mult = new double[nProjects * w * runs];
        externalFen = new long[closureVillages.length * w * runs];
        othersMeeting = new int[runs];
        othersVillageMeet = new long[full.nV];
    }

    /**
     * The base pass for {@code base}, whose clusters {@code touched} the lever will change; null when the shortcut
     * does not apply or {@code listener} cancelled.
     */
    public static GoalKernel prepare(Scenario base, List<Village> villages, GoalProbability.Spec spec,
            Collection<String> touched, MonteCarlo.Listener listener) {
        Model m = new Model(base, villages);
        int w = m.years + 1;
        Map<String, Integer> index = new HashMap<>();
        for (int v = 0; v < m.nV; v++) {
            index.put(m.villages.get(v).code(), v);
        }
        boolean[] inC = new boolean[m.clusters.length];
        boolean[] inA = new boolean[m.nV];
        for (int c = 0; c < m.clusters.length; c++) {
            inC[c] = touched.contains(m.clusters[c].cluster.id());
        }
        for (boolean changed = true; changed; ) {
            changed = false;
            for (int c = 0; c < m.clusters.length; c++) {
                if (inC[c]) {
                    for (int v : m.clusters[c].partyVillage) {
                        changed |= v >= 0 && !inA[v];
                        inA[Math.max(v, 0)] |= v >= 0;
                    }
                    for (Saving s : m.clusters[c].cluster.savings()) {
                        int v = index.get(s.village());
                        changed |= !inA[v];
                        inA[v] = true;
                    }
                }
            }
            for (int c = 0; c < m.clusters.length; c++) {
                if (!inC[c] && m.clusters[c].floorRule) {
                    for (int i = 0; i < m.clusters[c].size(); i++) {
                        int v = m.clusters[c].partyVillage[i];
                        if (m.clusters[c].member[i] && v >= 0 && inA[v]) {
                            inC[c] = true;
                            changed = true;
                            break;
                        }
                    }
                }
            }
        }
        List<String> ids = new ArrayList<>();
        int nProjects = 0;
        for (int c = 0; c < m.clusters.length; c++) {
            Cluster cl = m.clusters[c].cluster;
            if (inC[c]) {
                ids.add(cl.id());
                nProjects += m.clusters[c].nProjects;
            } else if (cl.savings().stream().anyMatch(s -> inA[index.get(s.village())])) {
                return null;
            }
        }
        int nA = 0;
        for (boolean a : inA) {
            nA += a ? 1 : 0;
        }
        if ((long) (nProjects + nA) * w * spec.runs() > LIMIT || nA == 0) {
            return null;
        }
        int[] villagesA = new int[nA];
        for (int v = 0, a = 0; v < m.nV; v++) {
            if (inA[v]) {
                villagesA[a++] = v;
            }
        }
        GoalKernel k = new GoalKernel(m, spec, List.copyOf(ids), villagesA, nProjects);
        return k.basePass(inC, inA, listener) ? k : null;
    }

    private boolean basePass(boolean[] inC, boolean[] inA, MonteCarlo.Listener listener) {
        Model m = full;
        int w = m.years + 1;
        int runs = spec.runs();
        int nA = closureVillages.length;
        int[] projects = new int[nProjects];
        for (int c = 0, k = 0; c < m.clusters.length; c++) {
            for (int p = 0; inC[c] && p < m.clusters[c].nProjects; p++) {
                projects[k++] = m.clusters[c].firstProject + p;
            }
        }
        double rho = m.a.monteCarlo().correlation();
        boolean completed = MonteCarlo.inBlocks(runs, spec.seed(), listener,
                Runtime.getRuntime().availableProcessors(), () -> new MonteCarlo.CountingWorker(othersVillageMeet) {
            final Engine.Workspace ws = Engine.Workspace.forRuns(m);

            @Override
            public void run(int r, int b, SplittableRandom rng) {
                MonteCarlo.draw(m, rho, rng, ws.mult);
                Engine.runIncomes(m, ws, null);
                for (int k = 0; k < nProjects; k++) {
                    System.arraycopy(ws.mult, projects[k] * w, mult, ((r * nProjects) + k) * w, w);
                }
                for (int a = 0; a < nA; a++) {
                    int v = closureVillages[a];
                    System.arraycopy(ws.villageFen, v * w, externalFen, ((r * nA) + a) * w, w);
                }
                for (int c = 0; c < m.clusters.length; c++) {
                    if (!inC[c]) {
                        continue;
                    }
                    Model.ClusterModel cm = m.clusters[c];
                    for (int i = 0; i < cm.size(); i++) {
                        int v = cm.partyVillage[i];
                        if (v >= 0) {
                            int a = java.util.Arrays.binarySearch(closureVillages, v);
                            for (int t = 0; t < w; t++) {
                                externalFen[((r * nA) + a) * w + t] -= ws.payout[c][i * w + t];
                            }
                        }
                    }
                }
                int others = 0;
                for (int v = 0; v < m.nV; v++) {
                    if (!inA[v] && GoalProbability.meets(m, ws, v, spec)) {
                        others++;
                        counts[v]++;
                    }
                }
                othersMeeting[r] = others;
            }
        });
        return completed;
    }

    /**
     * The probability for {@code withLever}, which must differ from the prepared base scenario only in the lever's
     * clusters; null when {@code listener} cancelled.
     */
    public GoalProbability.Outcome evaluate(Scenario withLever, MonteCarlo.Listener listener) {
        List<Cluster> sub = new ArrayList<>();
        for (String id : closureIds) {
            sub.add(withLever.clusters().stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow());
        }
        List<Village> villages = new ArrayList<>();
        for (int v : closureVillages) {
            villages.add(full.villages.get(v));
        }
        Model m = new Model(withLever.withClusters(sub), villages);
        if (m.nProjects != nProjects) {
            throw new IllegalArgumentException("the lever changed the projects of the closure");
        }
        int w = m.years + 1;
        int runs = spec.runs();
        int nA = closureVillages.length;
        long[] meetTotal = new long[1 + nA];
        boolean completed = MonteCarlo.inBlocks(runs, spec.seed(), listener,
                Runtime.getRuntime().availableProcessors(), () -> new MonteCarlo.CountingWorker(meetTotal) {
            final Engine.Workspace ws = Engine.Workspace.forRuns(m);

            @Override
            public void run(int r, int b, SplittableRandom rng) {
                System.arraycopy(mult, r * nProjects * w, ws.mult, 0, nProjects * w);
                System.arraycopy(externalFen, r * nA * w, ws.villageFen, 0, nA * w);
                Engine.runIncomes(m, ws, null, true);
                GoalProbability.countRun(m, ws, spec, othersMeeting[r], full.nV, counts);
            }
        });
        if (!completed) {
            return null;
        }
        double[] share = new double[full.nV];
        for (int v = 0; v < full.nV; v++) {
            share[v] = (double) othersVillageMeet[v] / runs;
        }
        for (int a = 0; a < nA; a++) {
            share[closureVillages[a]] = (double) meetTotal[1 + a] / runs;
        }
        return new GoalProbability.Outcome((double) meetTotal[0] / runs, share);
    }
}
