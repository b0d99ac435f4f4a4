package org.villageplanner.cluster;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The construction phase of a suggestion: starting from one cluster per village, repeatedly merge the two
 * neighbouring clusters whose merge costs least (Ward-like for homogeneity: the SSD increase), never above
 * the maximum size, until each connected part of the map has its planned number of clusters. Optionally,
 * merges that bring a cluster up to the minimum size go first, so that small leftovers are rare (at some
 * cost in quality; the suggester tries both).
 *
 * <p>A priority queue ({@link MergeHeap}) with lazily dropped stale entries makes this O(E log E) for E adjacent pairs.
 * Mutable state, one run per instance; not thread-safe.
 */
final class Agglomeration {
    private final Partition p;
    private final SizeBounds bounds;
    private final Map<Integer, Map<Integer, Double>> between = new HashMap<>();
    /** Merges made into each cluster so far: queue entries pushed before a later merge are stale. */
    private int[] version;
    private final MergeHeap queue = new MergeHeap();

    private final boolean smallFirst;
    private final ClusterStats scratch;

    private Agglomeration(Partition p, SizeBounds bounds, boolean smallFirst) {
        this.p = p;
        this.bounds = bounds;
        this.smallFirst = smallFirst;
        this.scratch = p.scorer.empty();
    }

    /**
     * Opens one cluster per active village of {@code p} and merges.
     *
     * @param component   component number of each village (−1: not active)
     * @param mergeBudget per component, how many merges are still wanted (decremented in place)
     * @param smallFirst  whether merges that grow a cluster below the minimum size go first
     */
    static void run(Partition p, SizeBounds bounds, boolean[] active, int[] component, int[] mergeBudget,
                    boolean smallFirst) {
        Agglomeration a = new Agglomeration(p, bounds, smallFirst);
        for (int v = 0; v < active.length; v++) {
            if (active[v]) {
                p.open(v);
            }
        }
        a.version = new int[p.members.size()];
        for (int v = 0; v < active.length; v++) {
            if (!active[v]) {
                continue;
            }
            for (int k = 0; k < p.graph.degree(v); k++) {
                int u = p.graph.neighbour(v, k);
                if (u > v && active[u]) {
                    a.link(p.label[v], p.label[u], p.scorer.contact(v, k));
                }
            }
        }
        for (Map.Entry<Integer, Map<Integer, Double>> e : a.between.entrySet()) {
            for (int b : e.getValue().keySet()) {
                if (e.getKey() < b) {
                    a.push(e.getKey(), b);
                }
            }
        }
        while (!a.queue.isEmpty()) {
            a.queue.poll();
            int x = a.queue.topA, y = a.queue.topB;
            if (!p.alive.get(x) || !p.alive.get(y) || a.version(x) != a.queue.topVersionA
                    || a.version(y) != a.queue.topVersionB) {
                continue;
            }
            int comp = component[p.members.get(x).get(0)];
            if (mergeBudget[comp] <= 0 || p.size(x) + p.size(y) > bounds.max()) {
                continue;
            }
            a.merge(x, y);
            mergeBudget[comp]--;
        }
    }

    private int version(int c) {
        return version[c];
    }

    private void link(int a, int b, double w) {
        between.computeIfAbsent(a, k -> new HashMap<>()).merge(b, w, Double::sum);
        between.computeIfAbsent(b, k -> new HashMap<>()).merge(a, w, Double::sum);
    }

    private void push(int a, int b) {
        if (p.size(a) + p.size(b) > bounds.max()) {
            return;
        }
        ClusterStats merged = scratch.copyFrom(p.stats.get(a));
        merged.addAll(p.stats.get(b));
        merged.internalContact += between.get(a).get(b);
        double delta = p.scorer.cost(merged) - p.scorer.cost(p.stats.get(a)) - p.scorer.cost(p.stats.get(b));
        // Merges that lift a cluster towards the minimum size come before all others.
        boolean growsSmall = p.size(a) < bounds.min() || p.size(b) < bounds.min();
        double key = growsSmall && smallFirst ? delta - 1e12 : delta;
        queue.add(key, a, b, version(a), version(b));
    }

    private void merge(int x, int y) {
        int big = p.size(x) >= p.size(y) ? x : y;
        int small = big == x ? y : x;
        double w = between.get(big).get(small);
        ClusterStats sb = p.stats.get(big);
        sb.addAll(p.stats.get(small));
        sb.internalContact += p.stats.get(small).internalContact + w;
        List<Integer> moved = p.members.get(small);
        for (int v : moved) {
            p.label[v] = big;
        }
        p.members.get(big).addAll(moved);
        moved.clear();
        p.markMerged(small);
        Map<Integer, Double> nb = between.remove(small);
        between.get(big).remove(small);
        for (Map.Entry<Integer, Double> e : nb.entrySet()) {
            int c = e.getKey();
            if (c == big) {
                continue;
            }
            between.get(c).remove(small);
            link(big, c, e.getValue());
        }
        version[big]++;
        for (int c : between.get(big).keySet()) {
            push(Math.min(big, c), Math.max(big, c));
        }
    }
}
