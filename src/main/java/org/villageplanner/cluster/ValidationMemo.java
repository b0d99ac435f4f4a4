package org.villageplanner.cluster;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.villageplanner.domain.Assumptions;
import org.villageplanner.domain.Cluster;
import org.villageplanner.domain.Scenario;
import org.villageplanner.domain.Village;
import org.villageplanner.geo.AdjacencyGraph;
import org.villageplanner.geo.BarrierCut;

/**
 * Checks plans one edit after another: a cluster's own problems (size, contiguity, leader, type, agreement) depend
 * only on the cluster, the villages, the cut graph, the bounds and the assumptions, so while those stay the same
 * the problems of a cluster checked before (by identity: clusters are immutable and an edit replaces only those it
 * touches) are taken again; only the rules over the whole plan (a village in two clusters, coverage) run in full.
 * The report equals {@link ClusterValidator#check} of the same plan. Keeps the clusters of the last two checks, so
 * an undo finds its clusters too. Thread-safe.
 */
public final class ValidationMemo {
    private List<Village> villages;
    private Map<String, Village> byCode;
    private BarrierCut.Result cut;
    private SizeBounds bounds;
    private Assumptions assumptions;
    private Map<Cluster, List<Problem>> last = new IdentityHashMap<>();
    private Map<Cluster, List<Problem>> before = new IdentityHashMap<>();

    /** The report of {@code scenario} against {@code villages} and {@code cut} (its graph, cut by barriers). */
    public synchronized ValidationReport check(Scenario scenario, List<Village> villages, BarrierCut.Result cut,
            SizeBounds bounds) {
        SizeBounds b = bounds == null ? SizeBounds.DEFAULT : bounds;
        if (villages != this.villages || cut != this.cut || !b.equals(this.bounds)
                || !Objects.equals(scenario.assumptions(), assumptions)) {
            if (villages != this.villages) {
                byCode = Village.byCode(villages);
            }
            this.villages = villages;
            this.cut = cut;
            this.bounds = b;
            this.assumptions = scenario.assumptions();
            last = new IdentityHashMap<>();
            before = new IdentityHashMap<>();
        }
        ClusterValidator validator = new ClusterValidator(b, cut.cut());
        AdjacencyGraph graph = cut.graph();
        Map<Cluster, List<Problem>> now = new IdentityHashMap<>(scenario.clusters().size() * 2);
        ValidationReport report = validator.check(scenario, villages, byCode, c -> {
            List<Problem> own = last.get(c);
            if (own == null) {
                own = before.get(c);
            }
            if (own == null) {
                own = List.copyOf(validator.checkCluster(c, byCode, graph, scenario));
            }
            now.put(c, own);
            return own;
        });
        before = last;
        last = now;
        return report;
    }
}
