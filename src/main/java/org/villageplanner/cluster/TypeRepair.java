package org.villageplanner.cluster;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The last step of a suggestion: clusters whose members meet no suggestible type's rule ({@link TypeRule}:
 * strong-helps-weak needs a strong or medium and a weak member, complementary two resource categories,
 * resource pooling a resource shared by two members) are repaired on the map before they would be left
 * unassigned. For such a cluster, tried in this order, cheapest cost first:
 * <ol>
 * <li>redraw the line between it and a neighbouring cluster: every split of the two clusters' villages into
 *     two contiguous clusters within the size bounds is tried ({@link Resplit}, up to
 *     {@link Resplit#MAX_VILLAGES} villages), and the cheapest where both fit a type is taken;</li>
 * <li>for larger clusters: take in an edge village of a neighbour, or trade one of its villages for one of a
 *     neighbour's;</li>
 * <li>join a neighbouring cluster with room; when an exact count was asked for, only if another cluster
 *     can be split into two that fit, keeping the count.</li>
 * </ol>
 * Each change keeps the clusters contiguous and within the size bounds, the number of clusters (except a
 * join without an exact count), and the other clusters fitting a type, so the number of clusters that fit no type only goes down. Clusters of one village (minimum size 1) always
 * fit: the type rules do not apply to them. Not thread-safe (works on one run's partition).
 */
final class TypeRepair {
    static final int MAX_PASSES = 3;

    private TypeRepair() {
    }

    /**
     * Whether the repair works on {@code p}: not for RESOURCE_POOLING requests, whose objective is homogeneity
     * (regrouping villages for a shared tag would trade it away, and pooling only warns when nothing is shared).
     */
    static boolean applies(Partition p) {
        return p.scorer.type != org.villageplanner.domain.ClusterType.RESOURCE_POOLING;
    }

    /** Whether cluster c of {@code p} counts as typed: {@link #fits(ClusterStats)}, or the repair does not apply. */
    static boolean fits(Partition p, int c) {
        return !applies(p) || fits(p.stats.get(c));
    }

    /**
     * Whether a cluster with these figures (and no pooled-service saving) meets some type's rule cleanly, that
     * is, without a type warning (a medium leader aside).
     */
    static boolean fits(ClusterStats s) {
        if (s.size <= 1 || (s.weak > 0 && s.strong + s.medium > 0) || s.distinctTags >= 2) {
            return true;
        }
        for (int n : s.tagCount) {
            if (n >= 2) {
                return true;
            }
        }
        return false;
    }

    /** @return the number of clusters that still fit no type */
    static int run(Partition p, SizeBounds bounds, boolean exactCount) {
        int left = 0;
        for (int pass = 0; pass < MAX_PASSES; pass++) {
            left = 0;
            boolean changed = false;
            for (int c : p.clusters()) {
                if (!p.alive.get(c) || fits(p.stats.get(c))) {
                    continue;
                }
                if (Resplit.withNeighbour(p, bounds, c) || takeIn(p, bounds, c) || trade(p, c)
                        || (!exactCount && join(p, bounds, c, -1))
                        || (exactCount && Resplit.joinAndSplitElsewhere(p, bounds, c))) {
                    changed = true;
                } else {
                    left++;
                }
            }
            if (!changed) {
                break;
            }
        }
        return left;
    }

    private static boolean takeIn(Partition p, SizeBounds bounds, int c) {
        return p.size(c) < bounds.max() && Repair.pullCheapest(p, c, u -> p.size(p.label[u]) > bounds.min()
                && fitsAfter(p, p.label[u], u, -1) && fitsAfter(p, c, -1, u));
    }

    /** After a trade both clusters fit a type. */
    private static final Partition.SwapTest BOTH_FIT = (p, v, u) -> fitsAfter(p, p.label[v], v, u)
            && fitsAfter(p, p.label[u], u, v);

    /** Trades one of c's villages for a neighbour's, the cheapest swap after which both clusters fit a type. */
    private static boolean trade(Partition p, int c) {
        int bestV = -1, bestU = -1;
        double bestDelta = Double.POSITIVE_INFINITY;
        for (int v : p.members.get(c)) {
            int u = p.cheapestSwap(v, bestDelta, BOTH_FIT);
            if (u >= 0) {
                bestDelta = p.cheapestSwapDelta;
                bestV = v;
                bestU = u;
            }
        }
        if (bestV < 0) {
            return false;
        }
        p.swap(bestV, bestU);
        return true;
    }

    /** Joins cluster c to its cheapest neighbour (not {@code exclude}) with room where the whole fits a type. */
    static boolean join(Partition p, SizeBounds bounds, int c, int exclude) {
        return Repair.joinCheapest(p, bounds, c, exclude, TypeRepair::fits);
    }

    /** Whether cluster c fits a type after {@code out} (−1: none) leaves and {@code in} (−1: none) joins. */
    static boolean fitsAfter(Partition p, int c, int out, int in) {
        ClusterStats s = p.stats.get(c).copy();
        if (out >= 0) {
            s.remove(p.scorer, out);
        }
        if (in >= 0) {
            s.add(p.scorer, in);
        }
        return fits(s);
    }

    /** Villages of other live clusters that border cluster c. */
    static Set<Integer> border(Partition p, int c) {
        Set<Integer> out = new LinkedHashSet<>();
        for (int v : p.members.get(c)) {
            for (int k = 0; k < p.graph.degree(v); k++) {
                int u = p.graph.neighbour(v, k);
                if (p.label[u] >= 0 && p.label[u] != c) {
                    out.add(u);
                }
            }
        }
        return out;
    }
}
