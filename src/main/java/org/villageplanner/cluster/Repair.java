package org.villageplanner.cluster;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.IntPredicate;
import java.util.function.Predicate;
import org.villageplanner.domain.Village;

/**
 * Fixes clusters left below the minimum size after merging: merge into a neighbouring cluster with room
 * (unless an exact count was asked for and is already met), else borrow edge villages from neighbours that
 * can spare them without breaking apart, directly or along a chain of clusters, else give up on the cluster
 * and list its villages with the reason.
 * Not thread-safe (works on one run's partition).
 */
final class Repair {
    private Repair() {
    }

    static void undersized(Partition p, SizeBounds bounds, boolean exactCount, int target,
                           List<Suggestion.Unassigned> unassigned, List<Village> villages) {
        for (int c : p.clusters()) {
            while (p.alive.get(c) && p.size(c) < bounds.min()) {
                int count = p.liveCount();
                if ((!exactCount || count > target) && mergeIntoNeighbour(p, bounds, c)) {
                    break;
                }
                if (!borrow(p, bounds, c) && !borrowAlongChain(p, bounds, c)) {
                    List<Integer> ms = List.copyOf(p.members.get(c));
                    List<String> names = ms.stream().map(v -> villages.get(v).name()).toList();
                    for (int v : ms) {
                        unassigned.add(new Suggestion.Unassigned(villages.get(v).code(), LocalizedText.of(
                                "cluster.suggest.reason.boundsBlocked", names, bounds.min(), bounds.max())));
                    }
                    p.dissolve(c);
                }
            }
        }
    }

    private static boolean mergeIntoNeighbour(Partition p, SizeBounds bounds, int c) {
        return joinCheapest(p, bounds, c, -1, merged -> true);
    }

    /**
     * Merges cluster c into the neighbouring cluster (not {@code exclude}; −1: none) with room for it whose merge
     * costs least among those where {@code fits} holds for the merged whole; false when there is none. Shared by
     * this repair and {@link TypeRepair}, so both pick the same neighbour for the same partition.
     */
    static boolean joinCheapest(Partition p, SizeBounds bounds, int c, int exclude, Predicate<ClusterStats> fits) {
        int best = -1;
        double bestDelta = Double.POSITIVE_INFINITY;
        Set<Integer> seen = new LinkedHashSet<>();
        for (int u : TypeRepair.border(p, c)) {
            int b = p.label[u];
            if (b == exclude || !seen.add(b) || p.size(b) + p.size(c) > bounds.max()) {
                continue;
            }
            ClusterStats merged = p.stats.get(b).copy();
            merged.addAll(p.stats.get(c));
            if (!fits.test(merged)) {
                continue;
            }
            double d = p.scorer.cost(merged) - p.scorer.cost(p.stats.get(b)) - p.scorer.cost(p.stats.get(c));
            if (d < bestDelta) {
                bestDelta = d;
                best = b;
            }
        }
        if (best < 0) {
            return false;
        }
        p.mergeInto(c, best);
        return true;
    }

    /** Longest chain of clusters handing a village on, one to the next (kept short: the search is a BFS). */
    static final int MAX_CHAIN = 8;

    /**
     * Like an augmenting path: c takes a village from a neighbour at the minimum size, which takes one from
     * its own neighbour, and so on, until a cluster above the minimum gives one. Applied from the far end so
     * that every giver is above the minimum when it gives; undone if a step would break a cluster apart.
     */
    private static boolean borrowAlongChain(Partition p, SizeBounds bounds, int c) {
        java.util.Map<Integer, int[]> via = new java.util.HashMap<>();
        java.util.ArrayDeque<Integer> queue = new java.util.ArrayDeque<>(List.of(c));
        java.util.Map<Integer, Integer> depth = new java.util.HashMap<>(java.util.Map.of(c, 0));
        while (!queue.isEmpty()) {
            int x = queue.poll();
            if (depth.get(x) >= MAX_CHAIN) {
                continue;
            }
            for (int v : p.members.get(x)) {
                for (int k = 0; k < p.graph.degree(v); k++) {
                    int u = p.graph.neighbour(v, k);
                    int a = p.label[u];
                    if (a < 0 || depth.containsKey(a) || !p.connectedAfter(a, u, -1)) {
                        continue;
                    }
                    via.put(a, new int[] {x, u});
                    depth.put(a, depth.get(x) + 1);
                    if (p.size(a) > bounds.min()) {
                        return applyChain(p, via, a, c);
                    }
                    queue.add(a);
                }
            }
        }
        return false;
    }

    private static boolean applyChain(Partition p, java.util.Map<Integer, int[]> via, int end, int start) {
        java.util.List<int[]> done = new java.util.ArrayList<>();
        for (int giver = end; giver != start; ) {
            int receiver = via.get(giver)[0];
            int village = via.get(giver)[1];
            if (p.label[village] != giver || !p.connectedAfter(giver, village, -1)
                    || p.contactTo(village, receiver) <= 0) {
                for (int i = done.size() - 1; i >= 0; i--) {
                    p.move(done.get(i)[0], done.get(i)[1]);
                }
                return false;
            }
            p.move(village, receiver);
            done.add(new int[] {village, giver});
            giver = receiver;
        }
        return true;
    }

    private static boolean borrow(Partition p, SizeBounds bounds, int c) {
        return p.size(c) < bounds.max() && pullCheapest(p, c, u -> p.size(p.label[u]) > bounds.min());
    }

    /**
     * Moves into cluster c the village on its border whose move costs least among those {@code allowed}, as long
     * as the cluster it leaves stays in one piece; false when there is none. Shared with {@link TypeRepair}.
     */
    static boolean pullCheapest(Partition p, int c, IntPredicate allowed) {
        int best = -1;
        double bestDelta = Double.POSITIVE_INFINITY;
        for (int u : TypeRepair.border(p, c)) {
            if (!allowed.test(u)) {
                continue;
            }
            double d = p.moveDelta(u, c);
            if (d < bestDelta && p.connectedAfter(p.label[u], u, -1)) {
                bestDelta = d;
                best = u;
            }
        }
        if (best < 0) {
            return false;
        }
        p.move(best, c);
        return true;
    }
}
