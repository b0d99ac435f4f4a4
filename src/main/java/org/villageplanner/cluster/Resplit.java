package org.villageplanner.cluster;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Redraws the line between a cluster that fits no type and one of its neighbours: all splits of their
 * villages into two contiguous clusters within the size bounds are enumerated (bit masks; at most
 * {@link #MAX_VILLAGES} villages together, so at most 2<sup>13</sup> splits), and the cheapest split where both
 * clusters fit a type ({@link TypeRepair#fits}) is applied. The number of clusters stays the same. Not
 * thread-safe (works on one run's partition).
 */
final class Resplit {
    static final int MAX_VILLAGES = 14;

    private Resplit() {
    }

    /** A split: the villages on the first cluster's side as a mask over the union, and the cost of both. */
    private record Split(int mask, double cost) {
    }

    /**
     * Fixes cluster c with a neighbour, directly or, failing that, along a chain of two: c takes from
     * neighbour b what it needs even if b then fits no type, and b is fixed with another neighbour (not c);
     * if that fails, c and b are put back as they were.
     *
     * @return whether cluster c (and every cluster changed) now fits a type
     */
    static boolean withNeighbour(Partition p, SizeBounds bounds, int c) {
        if (fix(p, bounds, c, -1, true)) {
            return true;
        }
        for (int b : neighbours(p, c, -1)) {
            List<Integer> union = union(p, c, b);
            if (union == null) {
                continue;
            }
            int[] before = union.stream().mapToInt(v -> p.label[v]).toArray();
            Split s = best(p, bounds, union, false);
            if (s == null) {
                continue;
            }
            apply(p, union, s.mask(), c, b);
            if (fix(p, bounds, b, c, true)) {
                return true;
            }
            for (int i = 0; i < union.size(); i++) {
                if (p.label[union.get(i)] != before[i]) {
                    p.move(union.get(i), before[i]);
                }
            }
        }
        return false;
    }

    /** The cheapest split of c with one of its neighbours (not {@code exclude}) where c (and b if asked) fit. */
    private static boolean fix(Partition p, SizeBounds bounds, int c, int exclude, boolean bothFit) {
        List<Integer> bestUnion = null;
        Split bestSplit = null;
        int bestOther = -1;
        double bestCost = Double.POSITIVE_INFINITY;
        for (int b : neighbours(p, c, exclude)) {
            List<Integer> union = union(p, c, b);
            if (union == null) {
                continue;
            }
            double before = p.scorer.cost(p.stats.get(c)) + p.scorer.cost(p.stats.get(b));
            Split found = best(p, bounds, union, bothFit);
            if (found != null && found.cost() - before < bestCost) {
                bestCost = found.cost() - before;
                bestUnion = union;
                bestSplit = found;
                bestOther = b;
            }
        }
        if (bestUnion == null) {
            return false;
        }
        apply(p, bestUnion, bestSplit.mask(), c, bestOther);
        return true;
    }

    /**
     * For an exact count: joins c to a neighbour where the whole fits a type, and splits another cluster
     * into two that fit, so that the count stays (the split's second part takes c's id).
     */
    static boolean joinAndSplitElsewhere(Partition p, SizeBounds bounds, int c) {
        int bestD = -1;
        Split bestSplit = null;
        double bestCost = Double.POSITIVE_INFINITY;
        Set<Integer> near = neighbours(p, c, -1);
        for (int d : p.clusters()) {
            if (d == c || p.size(d) > MAX_VILLAGES || p.size(d) < 2 * Math.max(bounds.min(), 1)
                    || (near.size() == 1 && near.contains(d))) {
                continue;
            }
            Split s = best(p, bounds, p.members.get(d), true);
            if (s != null && s.cost() - p.scorer.cost(p.stats.get(d)) < bestCost) {
                bestCost = s.cost() - p.scorer.cost(p.stats.get(d));
                bestD = d;
                bestSplit = s;
            }
        }
        if (bestD < 0) {
            return false;
        }
        List<Integer> split = List.copyOf(p.members.get(bestD));
        if (!TypeRepair.join(p, bounds, c, bestD)) {
            return false;
        }
        apply(p, split, bestSplit.mask(), bestD, c);
        return true;
    }

    private static Set<Integer> neighbours(Partition p, int c, int exclude) {
        Set<Integer> out = new LinkedHashSet<>();
        TypeRepair.border(p, c).forEach(u -> {
            if (p.label[u] != exclude) {
                out.add(p.label[u]);
            }
        });
        return out;
    }

    /** The villages of c then b, or null when there are too many to enumerate. */
    private static List<Integer> union(Partition p, int c, int b) {
        if (p.size(b) + p.size(c) > MAX_VILLAGES) {
            return null;
        }
        List<Integer> union = new ArrayList<>(p.members.get(c));
        union.addAll(p.members.get(b));
        return union;
    }

    private static void apply(Partition p, List<Integer> union, int mask, int c, int b) {
        for (int i = 0; i < union.size(); i++) {
            int v = union.get(i);
            int want = (mask >> i & 1) == 1 ? c : b;
            if (p.label[v] != want) {
                p.move(v, want);
            }
        }
    }

    /**
     * The cheapest split of {@code union} into two contiguous clusters within the bounds (village 0 on the
     * first side) where the first fits a type, and the second too if {@code bothFit}; null if there is none.
     */
    private static Split best(Partition p, SizeBounds bounds, List<Integer> union, boolean bothFit) {
        int m = union.size();
        int[] adj = new int[m];
        double[][] contact = new double[m][m];
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < m; j++) {
                double w = i == j ? 0 : p.contactBetween(union.get(i), union.get(j));
                if (w > 0 || (i != j && adjacent(p, union.get(i), union.get(j)))) {
                    adj[i] |= 1 << j;
                    contact[i][j] = w;
                }
            }
        }
        int all = (1 << m) - 1;
        Split best = null;
        double bestCost = Double.POSITIVE_INFINITY;
        int lo = Math.max(bounds.min(), 1);
        for (int rest = 0; rest < 1 << (m - 1); rest++) {
            int mask = 1 | rest << 1;
            int other = all & ~mask;
            int a = Integer.bitCount(mask), b = m - a;
            if (other == 0 || a < lo || b < lo || a > bounds.max() || b > bounds.max()
                    || !connected(mask, adj) || !connected(other, adj)) {
                continue;
            }
            ClusterStats sa = stats(p, union, mask, contact), sb = stats(p, union, other, contact);
            if (!TypeRepair.fits(sa) || (bothFit && !TypeRepair.fits(sb))) {
                continue;
            }
            double cost = p.scorer.cost(sa) + p.scorer.cost(sb);
            if (cost < bestCost) {
                bestCost = cost;
                best = new Split(mask, cost);
            }
        }
        return best;
    }

    private static ClusterStats stats(Partition p, List<Integer> union, int mask, double[][] contact) {
        ClusterStats s = p.scorer.empty();
        for (int i = 0; i < union.size(); i++) {
            if ((mask >> i & 1) == 1) {
                s.add(p.scorer, union.get(i));
                for (int j = i + 1; j < union.size(); j++) {
                    if ((mask >> j & 1) == 1) {
                        s.internalContact += contact[i][j];
                    }
                }
            }
        }
        return s;
    }

    private static boolean connected(int mask, int[] adj) {
        int seen = Integer.lowestOneBit(mask);
        int frontier = seen;
        while (frontier != 0) {
            int i = Integer.numberOfTrailingZeros(frontier);
            frontier &= frontier - 1;
            int next = adj[i] & mask & ~seen;
            seen |= next;
            frontier |= next;
        }
        return seen == mask;
    }

    private static boolean adjacent(Partition p, int u, int v) {
        for (int k = 0; k < p.graph.degree(u); k++) {
            if (p.graph.neighbour(u, k) == v) {
                return true;
            }
        }
        return false;
    }
}
