package org.villageplanner.cluster;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * The improvement phase of a suggestion: moves a village on a cluster's edge to a neighbouring cluster, or
 * swaps two neighbouring villages of different clusters, whenever that lowers the total cost without
 * worsening the primary objective (compactness may decide between equal figures or add to a gain, but never
 * buys a worse objective) and keeps every cluster contiguous, within the size bounds, and fitting some type's
 * rule if it did ({@link TypeRepair#fits}). Repeats until a
 * whole pass finds nothing (or {@link #MAX_PASSES}). The visiting order is shuffled with the seed: the same
 * seed gives the same result. Mutable, not thread-safe.
 */
final class LocalSearch {
    static final int MAX_PASSES = 25;
    private static final double EPS = 1e-9;

    private LocalSearch() {
    }

    /**
     * @param beforePass told the number of each pass before it starts (progress; it may throw
     *                   {@link java.util.concurrent.CancellationException} to stop)
     * @return the number of moves and swaps made
     */
    static int run(Partition p, SizeBounds bounds, long seed, java.util.function.IntConsumer beforePass) {
        List<Integer> order = new ArrayList<>();
        for (int v = 0; v < p.label.length; v++) {
            if (p.label[v] >= 0) {
                order.add(v);
            }
        }
        Collections.shuffle(order, new Random(seed));
        int changes = 0;
        // A village whose own cluster and neighbouring clusters are unchanged since its last fruitless try would
        // fail again (its moves and swaps depend only on those clusters' members and figures): it is skipped, so
        // later passes cost only the villages near a change, and the sequence of changes is the same as trying all.
        int[] changedAt = new int[p.members.size()];
        int[] triedAt = new int[p.label.length];
        Arrays.fill(triedAt, -1);
        int tick = 0;
        for (int pass = 0; pass < MAX_PASSES; pass++) {
            beforePass.accept(pass);
            int before = changes;
            for (int v : order) {
                int a = p.label[v];
                if (a < 0 || unchangedSince(p, v, changedAt, triedAt[v])) {
                    continue;
                }
                int u = trySwapOrMove(p, bounds, v);
                if (u == NONE) {
                    triedAt[v] = tick;
                    continue;
                }
                changes++;
                tick++;
                changedAt[a] = tick;
                changedAt[p.label[v]] = tick;
                if (u >= 0) {
                    changedAt[p.label[u]] = tick;
                }
            }
            if (changes == before) {
                break;
            }
        }
        return changes;
    }

    private static final int NONE = -2;

    /** Tries a move, then a swap; returns NONE if neither was made, −1 after a move, or the swapped village. */
    private static int trySwapOrMove(Partition p, SizeBounds bounds, int v) {
        if (tryMove(p, bounds, v)) {
            return -1;
        }
        return trySwap(p, v);
    }

    /** Whether v was tried at {@code tried} (−1: never) and neither its cluster nor a neighbouring one changed since. */
    private static boolean unchangedSince(Partition p, int v, int[] changedAt, int tried) {
        if (tried < 0 || changedAt[p.label[v]] > tried) {
            return false;
        }
        for (int k = 0; k < p.graph.degree(v); k++) {
            int c = p.label[p.graph.neighbour(v, k)];
            if (c >= 0 && changedAt[c] > tried) {
                return false;
            }
        }
        return true;
    }

    private static boolean tryMove(Partition p, SizeBounds bounds, int v) {
        int a = p.label[v];
        if (p.size(a) <= Math.max(bounds.min(), 1)) {
            return false;
        }
        int best = -1;
        double bestDelta = -EPS;
        int[] near = neighbourClusters(p, v);
        for (int i = 1; i <= near[0]; i++) {
            int b = near[i];
            if (p.size(b) >= bounds.max()) {
                continue;
            }
            double d = p.moveDelta(v, b);
            if (d < bestDelta && p.lastPrimaryDelta <= EPS && keepsType(p, b, -1, v)) {
                bestDelta = d;
                best = b;
            }
        }
        if (best < 0 || !p.connectedAfter(a, v, -1) || !keepsType(p, a, v, -1)) {
            return false;
        }
        p.move(v, best);
        return true;
    }

    /**
     * A swap lowers the cost without worsening the primary objective, and each cluster that fits a type keeps
     * fitting one.
     */
    private static final Partition.SwapTest IMPROVES = (p, v, u) -> p.lastPrimaryDelta <= EPS
            && keepsType(p, p.label[v], v, u) && keepsType(p, p.label[u], u, v);

    /** @return the village v swapped with, or NONE */
    private static int trySwap(Partition p, int v) {
        int u = p.cheapestSwap(v, -EPS, IMPROVES);
        if (u < 0) {
            return NONE;
        }
        p.swap(v, u);
        return u;
    }

    /** Whether cluster c, if it fits a type now, still does after {@code out} leaves and {@code in} joins. */
    private static boolean keepsType(Partition p, int c, int out, int in) {
        return !TypeRepair.fits(p, c) || TypeRepair.fitsAfter(p, c, out, in);
    }

    /** The distinct clusters next to v other than its own, in neighbour order; element 0 is their count. */
    private static int[] neighbourClusters(Partition p, int v) {
        int[] out = new int[p.graph.degree(v) + 1];
        int count = 0;
        for (int k = 0; k < p.graph.degree(v); k++) {
            int c = p.label[p.graph.neighbour(v, k)];
            if (c < 0 || c == p.label[v]) {
                continue;
            }
            boolean seen = false;
            for (int i = 1; i <= count && !seen; i++) {
                seen = out[i] == c;
            }
            if (!seen) {
                out[++count] = c;
            }
        }
        out[0] = count;
        return out;
    }
}
