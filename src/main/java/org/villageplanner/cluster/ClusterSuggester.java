package org.villageplanner.cluster;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.villageplanner.domain.Cluster;
import org.villageplanner.domain.PlannerException;
import org.villageplanner.domain.Scenario;
import org.villageplanner.domain.Village;
import org.villageplanner.geo.AdjacencyGraph;

/**
 * Suggests contiguous clusters within size bounds for a project or a selection of its villages, keeping
 * locked clusters as they are.
 *
 * <p>Two phases on the village adjacency graph: {@link Agglomeration} merges neighbouring clusters cheapest
 * first (the cost is the {@link Scorer} objective for the requested type, compactness included), then
 * {@link LocalSearch} moves and swaps villages on cluster edges while that lowers the cost. Undersized
 * leftovers are repaired by merging into or borrowing from a neighbour. Every cluster returned is
 * contiguous, within the bounds, has a member leader and a type whose rule it meets without error (the
 * requested one where possible). Villages that cannot be placed — islands, groups cut off by locked
 * clusters smaller than the minimum, weak villages with no possible helper — are listed with a reason.
 *
 * <p>Bad requests fail with a {@link PlannerException} saying what is possible (e.g. K above villages / min).
 * Deterministic for a seed. Stateless and thread-safe (each call has its own working state). The graph must
 * have been built from {@code villages}, in the same order.
 */
public final class ClusterSuggester {
    private ClusterSuggester() {
    }

    public static Suggestion suggest(List<Village> villages, AdjacencyGraph graph, Scenario base,
                                     SuggestionRequest request) {
        Map<String, Village> byCode = ClusterValidator.byCode(villages);
        SizeBounds bounds = request.bounds();
        for (String id : request.lockedIds()) {
            if (base.cluster(id).isEmpty()) {
                throw new PlannerException("cluster.suggest.unknownLock", id, base.name());
            }
        }
        if (request.scope() != null) {
            for (String code : request.scope()) {
                if (!byCode.containsKey(code)) {
                    throw new PlannerException("cluster.suggest.unknownVillage", code);
                }
            }
        }
        List<Cluster> kept = new ArrayList<>();
        Set<String> keptMembers = new HashSet<>();
        for (Cluster c : base.clusters()) {
            boolean outside = request.scope() != null && c.members().stream().noneMatch(request.scope()::contains);
            if (c.locked() || request.lockedIds().contains(c.id()) || outside) {
                kept.add(c.withLocked(c.locked() || request.lockedIds().contains(c.id())));
                keptMembers.addAll(c.members());
            }
        }
        int n = graph.size();
        boolean[] active = new boolean[n];
        for (int i = 0; i < n; i++) {
            String code = graph.code(i);
            active[i] = (request.scope() == null || request.scope().contains(code)) && !keptMembers.contains(code);
        }
        CountPlan plan = CountPlan.of(graph, active, bounds, request.clusters(), villages);
        Scorer scorer = new Scorer(request.type(), villages, graph, base.assumptions(), request.attributes(),
                plan.placeable());
        Partition p = new Partition(graph, scorer);
        Agglomeration.run(p, bounds, plan.placeable(), plan.component(), plan.mergeBudget());
        List<Suggestion.Unassigned> unassigned = new ArrayList<>(plan.unassigned());
        Repair.undersized(p, bounds, request.clusters() != null, plan.target(), unassigned, villages);
        if (request.clusters() != null) {
            CountAdjust.toExactCount(p, bounds, plan.target());
        }
        LocalSearch.run(p, bounds, request.seed());
        SuggestionOutput out = new SuggestionOutput(p, villages, base, request, kept);
        Suggestion s = out.build(unassigned);
        if (request.clusters() != null) {
            long made = s.clusters().stream().filter(i -> !i.kept()).count();
            if (made != request.clusters()) {
                throw new PlannerException("cluster.suggest.countNotReached", request.clusters(), made,
                        bounds.min(), bounds.max());
            }
        }
        return s;
    }
}
