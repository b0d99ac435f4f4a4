package org.villageplanner.cluster;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Brings the number of clusters to an exact K after merging got stuck at the size bounds: too many clusters
 * → dissolve a small cluster into neighbours that have room (undone when some village finds none); too few
 * → split a large cluster into two contiguous halves of at least the minimum size, choosing the cheapest
 * split. Best effort: the caller reports when K is still not met. Not thread-safe.
 */
final class CountAdjust {
    private CountAdjust() {
    }

    static void toExactCount(Partition p, SizeBounds bounds, int target) {
        boolean progress = true;
        while (progress && p.liveCount() != target) {
            progress = p.liveCount() > target ? dissolveOne(p, bounds) : splitOne(p, bounds);
        }
    }

    private static boolean dissolveOne(Partition p, SizeBounds bounds) {
        List<Integer> order = p.clusters();
        order.sort(Comparator.comparingInt(p::size));
        for (int c : order) {
            List<int[]> moves = new ArrayList<>();
            boolean moved = true;
            while (p.size(c) > 0 && moved) {
                moved = false;
                int bestV = -1, bestB = -1;
                double best = Double.POSITIVE_INFINITY;
                for (int v : p.members.get(c)) {
                    for (int k = 0; k < p.graph.degree(v); k++) {
                        int b = p.label[p.graph.neighbour(v, k)];
                        if (b >= 0 && b != c && p.size(b) < bounds.max()) {
                            double d = p.moveDelta(v, b);
                            if (d < best) {
                                best = d;
                                bestV = v;
                                bestB = b;
                            }
                        }
                    }
                }
                if (bestV >= 0) {
                    moves.add(new int[] {bestV, bestB});
                    p.move(bestV, bestB);
                    moved = true;
                }
            }
            if (p.size(c) == 0) {
                return true;
            }
            for (int i = moves.size() - 1; i >= 0; i--) {
                p.move(moves.get(i)[0], c);
            }
        }
        return false;
    }

    private static boolean splitOne(Partition p, SizeBounds bounds) {
        List<Integer> order = p.clusters();
        order.sort(Comparator.comparingInt((Integer c) -> -p.size(c)));
        for (int c : order) {
            if (p.size(c) < 2 * bounds.min() || p.size(c) < 2) {
                return false;
            }
            Set<Integer> best = null;
            double bestCost = Double.POSITIVE_INFINITY;
            int half = p.size(c) / 2;
            for (int seed : p.members.get(c)) {
                Set<Integer> part = grow(p, c, seed, half);
                if (part.size() < bounds.min() || !restConnected(p, c, part)) {
                    continue;
                }
                ClusterStats a = p.scorer.empty();
                ClusterStats b = p.scorer.empty();
                for (int v : p.members.get(c)) {
                    (part.contains(v) ? a : b).add(p.scorer, v);
                }
                double cost = p.scorer.cost(a) + p.scorer.cost(b);
                if (cost < bestCost) {
                    bestCost = cost;
                    best = part;
                }
            }
            if (best != null) {
                List<Integer> ordered = new ArrayList<>(best);
                ordered.sort(Comparator.naturalOrder());
                int first = ordered.get(0);
                p.members.get(c).remove(Integer.valueOf(first));
                p.stats.get(c).internalContact -= p.contactTo(first, c);
                p.stats.get(c).remove(p.scorer, first);
                p.label[first] = -1;
                int fresh = p.open(first);
                // Join the rest of the half in BFS order so that the new cluster stays connected throughout.
                for (int v : bfsOrder(p, best, first)) {
                    if (v != first) {
                        p.move(v, fresh);
                    }
                }
                return true;
            }
        }
        return false;
    }

    private static Set<Integer> grow(Partition p, int c, int seed, int count) {
        Set<Integer> part = new HashSet<>(List.of(seed));
        ArrayDeque<Integer> queue = new ArrayDeque<>(List.of(seed));
        while (!queue.isEmpty() && part.size() < count) {
            int v = queue.poll();
            for (int k = 0; k < p.graph.degree(v) && part.size() < count; k++) {
                int u = p.graph.neighbour(v, k);
                if (p.label[u] == c && part.add(u)) {
                    queue.add(u);
                }
            }
        }
        return part;
    }

    private static boolean restConnected(Partition p, int c, Set<Integer> part) {
        List<Integer> rest = p.members.get(c).stream().filter(v -> !part.contains(v)).toList();
        if (rest.isEmpty()) {
            return false;
        }
        Set<Integer> restSet = new HashSet<>(rest);
        return bfsOrder(p, restSet, rest.get(0)).size() == rest.size();
    }

    private static List<Integer> bfsOrder(Partition p, Set<Integer> within, int start) {
        List<Integer> out = new ArrayList<>(List.of(start));
        Set<Integer> seen = new HashSet<>(out);
        for (int h = 0; h < out.size(); h++) {
            int v = out.get(h);
            for (int k = 0; k < p.graph.degree(v); k++) {
                int u = p.graph.neighbour(v, k);
                if (within.contains(u) && seen.add(u)) {
                    out.add(u);
                }
            }
        }
        return out;
    }
}
