package org.villageplanner.cluster;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.ToDoubleFunction;
import org.villageplanner.geo.AdjacencyGraph;

/**
 * A working assignment of villages (graph indices) to clusters during a suggestion: labels, member lists
 * and running figures, with the moves the improvement phase needs. Villages labelled −1 take no part.
 * Mutable, not thread-safe: owned by one run.
 */
final class Partition {
    final AdjacencyGraph graph;
    final Scorer scorer;
    final int[] label;
    final List<List<Integer>> members = new ArrayList<>();
    final List<ClusterStats> stats = new ArrayList<>();
    final List<Boolean> alive = new ArrayList<>();
    /** The change of the primary objective (compactness left out) of the last moveDelta or swapDelta. */
    double lastPrimaryDelta;
    private int live;
    /** Scratch figures of {@link #moveDelta} and {@link #swapDelta} (no allocation per candidate). */
    private final ClusterStats scratchA;
    private final ClusterStats scratchB;
    /** Visit stamps and queue of {@link #connectedAfter}, sized to the graph once. */
    private final int[] seenStamp;
    private final int[] queue;
    private int stamp;

    Partition(AdjacencyGraph graph, Scorer scorer) {
        this.graph = graph;
        this.scorer = scorer;
        this.label = new int[graph.size()];
        Arrays.fill(label, -1);
        this.scratchA = scorer.empty();
        this.scratchB = scorer.empty();
        this.seenStamp = new int[graph.size()];
        this.queue = new int[graph.size()];
    }

    /** A partition with the clusters given by {@code labels} (−1: not taking part); each must be connected. */
    static Partition fromLabels(AdjacencyGraph graph, Scorer scorer, int[] labels) {
        Partition p = new Partition(graph, scorer);
        java.util.Map<Integer, Integer> ids = new java.util.HashMap<>();
        for (int v = 0; v < labels.length; v++) {
            if (labels[v] < 0) {
                continue;
            }
            Integer c = ids.get(labels[v]);
            if (c == null) {
                ids.put(labels[v], p.open(v));
            } else {
                p.label[v] = c;
                p.members.get(c).add(v);
                p.stats.get(c).add(scorer, v);
            }
        }
        for (int v = 0; v < labels.length; v++) {
            int c = p.label[v];
            for (int k = 0; c >= 0 && k < graph.degree(v); k++) {
                if (graph.neighbour(v, k) > v && p.label[graph.neighbour(v, k)] == c) {
                    p.stats.get(c).internalContact += scorer.contact(v, k);
                }
            }
        }
        return p;
    }

    /** Total of the primary objective over live clusters. */
    double totalPrimary() {
        return total(scorer::primary);
    }

    /** Total cost (compactness included) over live clusters. */
    double totalCost() {
        return total(scorer::cost);
    }

    private double total(ToDoubleFunction<ClusterStats> of) {
        double sum = 0;
        for (int c : clusters()) {
            sum += of.applyAsDouble(stats.get(c));
        }
        return sum;
    }

    /** Opens a new cluster holding {@code v} alone; returns its id. */
    int open(int v) {
        int id = members.size();
        members.add(new ArrayList<>(List.of(v)));
        ClusterStats s = scorer.empty();
        s.add(scorer, v);
        stats.add(s);
        alive.add(true);
        live++;
        label[v] = id;
        return id;
    }

    int size(int c) {
        return members.get(c).size();
    }

    /** Records that cluster c was emptied by a merge (its members already relabelled). */
    void markMerged(int c) {
        if (alive.get(c)) {
            alive.set(c, false);
            live--;
        }
    }

    /** Number of clusters still alive. */
    int liveCount() {
        return live;
    }

    /** Ids of the clusters still alive. */
    List<Integer> clusters() {
        List<Integer> out = new ArrayList<>();
        for (int c = 0; c < members.size(); c++) {
            if (alive.get(c)) {
                out.add(c);
            }
        }
        return out;
    }

    /** Contact (metres of border) between village v and the members of cluster c. */
    /** Whether village v has a neighbour in cluster c. */
    boolean touches(int v, int c) {
        for (int k = 0; k < graph.degree(v); k++) {
            if (label[graph.neighbour(v, k)] == c) {
                return true;
            }
        }
        return false;
    }

    /**
     * Moves every member of cluster c into cluster {@code target}, which must border it: always a member that
     * touches the target (the longest contact first), so the growing target stays in one piece throughout.
     */
    void mergeInto(int c, int target) {
        while (size(c) > 0) {
            int next = -1;
            double nextContact = -1;
            for (int v : members.get(c)) {
                if (touches(v, target) && contactTo(v, target) > nextContact) {
                    next = v;
                    nextContact = contactTo(v, target);
                }
            }
            if (next < 0) {
                return; // c no longer borders target: cannot happen for a connected c; stop safely
            }
            move(next, target);
        }
    }

    double contactTo(int v, int c) {
        double sum = 0;
        for (int k = 0; k < graph.degree(v); k++) {
            if (label[graph.neighbour(v, k)] == c) {
                sum += scorer.contact(v, k);
            }
        }
        return sum;
    }

    double contactBetween(int u, int v) {
        for (int k = 0; k < graph.degree(u); k++) {
            if (graph.neighbour(u, k) == v) {
                return scorer.contact(u, k);
            }
        }
        return 0;
    }

    /** Cost change if v moves from its cluster to cluster b. */
    double moveDelta(int v, int b) {
        int a = label[v];
        ClusterStats sa = scratchA.copyScoredFrom(scorer, stats.get(a));
        sa.scoredChange(scorer, v, -1);
        sa.internalContact -= contactTo(v, a);
        ClusterStats sb = scratchB.copyScoredFrom(scorer, stats.get(b));
        sb.scoredChange(scorer, v, 1);
        sb.internalContact += contactTo(v, b);
        lastPrimaryDelta = scorer.primary(sa) + scorer.primary(sb) - scorer.primary(stats.get(a))
                - scorer.primary(stats.get(b));
        return scorer.cost(sa) + scorer.cost(sb) - scorer.cost(stats.get(a)) - scorer.cost(stats.get(b));
    }

    void move(int v, int b) {
        int a = label[v];
        stats.get(a).internalContact -= contactTo(v, a);
        stats.get(a).remove(scorer, v);
        members.get(a).remove(Integer.valueOf(v));
        label[v] = b;
        stats.get(b).add(scorer, v);
        stats.get(b).internalContact += contactTo(v, b);
        members.get(b).add(v);
        if (!alive.get(b)) {
            alive.set(b, true);
            live++;
        }
        if (members.get(a).isEmpty()) {
            alive.set(a, false);
            live--;
        }
    }

    /** Cost change if v (in a) and u (in b) trade places. */
    double swapDelta(int v, int u) {
        int a = label[v], b = label[u];
        double wuv = contactBetween(u, v);
        ClusterStats sa = scratchA.copyScoredFrom(scorer, stats.get(a));
        sa.scoredChange(scorer, v, -1);
        sa.scoredChange(scorer, u, 1);
        sa.internalContact += -contactTo(v, a) + contactTo(u, a) - wuv;
        ClusterStats sb = scratchB.copyScoredFrom(scorer, stats.get(b));
        sb.scoredChange(scorer, u, -1);
        sb.scoredChange(scorer, v, 1);
        sb.internalContact += -contactTo(u, b) + contactTo(v, b) - wuv;
        lastPrimaryDelta = scorer.primary(sa) + scorer.primary(sb) - scorer.primary(stats.get(a))
                - scorer.primary(stats.get(b));
        return scorer.cost(sa) + scorer.cost(sb) - scorer.cost(stats.get(a)) - scorer.cost(stats.get(b));
    }

    void swap(int v, int u) {
        int a = label[v], b = label[u];
        move(v, b);
        move(u, a);
    }

    /** What a swap of v with u must also pass, besides both clusters staying in one piece (see {@link #cheapestSwap}). */
    interface SwapTest {
        /** Called right after {@code swapDelta(v, u)}, so {@link #lastPrimaryDelta} is that swap's. */
        boolean allows(Partition p, int v, int u);
    }

    /** The cost change of the swap {@link #cheapestSwap} found last (its {@code limit} when it found none). */
    double cheapestSwapDelta;

    /**
     * The swap step of the improvement phase and of type repair: the neighbour u of v, in another live cluster,
     * whose trade of places with v costs least, less than {@code limit}, among the swaps {@code allowed} after which
     * both clusters stay in one piece; −1 when there is none. The first of equal costs in neighbour order wins; the
     * cost change is left in {@link #cheapestSwapDelta}. Nothing is changed.
     */
    int cheapestSwap(int v, double limit, SwapTest allowed) {
        int a = label[v];
        int best = -1;
        double bestDelta = limit;
        for (int k = 0; k < graph.degree(v); k++) {
            int u = graph.neighbour(v, k);
            int b = label[u];
            if (b < 0 || b == a) {
                continue;
            }
            double d = swapDelta(v, u);
            if (d < bestDelta && allowed.allows(this, v, u) && connectedAfter(a, v, u) && connectedAfter(b, u, v)) {
                bestDelta = d;
                best = u;
            }
        }
        cheapestSwapDelta = bestDelta;
        return best;
    }

    /** Whether cluster c stays connected when {@code out} leaves and {@code in} (−1: none) joins. */
    boolean connectedAfter(int c, int out, int in) {
        List<Integer> ms = members.get(c);
        int expected = ms.size() - 1 + (in >= 0 ? 1 : 0);
        if (expected <= 1) {
            return true;
        }
        int start = -1;
        for (int m : ms) {
            if (m != out) {
                start = m;
                break;
            }
        }
        if (start < 0) {
            start = in;
        }
        if (++stamp == 0) {
            Arrays.fill(seenStamp, 0);
            stamp = 1;
        }
        int head = 0, tail = 0;
        queue[tail++] = start;
        seenStamp[start] = stamp;
        while (head < tail) {
            int x = queue[head++];
            for (int k = 0; k < graph.degree(x); k++) {
                int y = graph.neighbour(x, k);
                boolean inside = y == in || (label[y] == c && y != out);
                if (inside && seenStamp[y] != stamp) {
                    seenStamp[y] = stamp;
                    queue[tail++] = y;
                }
            }
        }
        return tail == expected;
    }

    /** Dissolves cluster c: its villages take no further part. */
    void dissolve(int c) {
        for (int v : members.get(c)) {
            label[v] = -1;
        }
        members.get(c).clear();
        if (alive.get(c)) {
            alive.set(c, false);
            live--;
        }
    }
}
