package org.villageplanner.cluster;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.villageplanner.domain.Assumptions;
import org.villageplanner.domain.ClusterType;
import org.villageplanner.domain.Village;
import org.villageplanner.geo.AdjacencyGraph;
import org.villageplanner.geo.SyntheticVillages;

/**
 * The improvement phase stops at a local optimum: when a pass finds nothing, no move of a village to a neighbouring
 * cluster and no swap of two neighbouring villages that the phase allows (sizes kept within the bounds, both
 * clusters in one piece, a cluster that fits a type still fitting one, the objective not worse) lowers the cost. Its
 * shortcut (a village whose own and neighbouring clusters have not changed since it was last tried in vain is not
 * tried again) must not leave such a change undone. Start: a 6 × 6 generated grid cut into six blocks of 3 × 2.
 */
class LocalSearchOptimumTest {
    private static final double EPS = 1e-9;

    @ParameterizedTest(name = "{0}, seed {1}, sizes {2}–{3}")
    @CsvSource(textBlock = """
            STRONG_HELPS_WEAK, 2, 5, 7
            STRONG_HELPS_WEAK, 5, 4, 7
            STRONG_HELPS_WEAK, 6, 2, 8
            COMPLEMENTARY,     1, 2, 8
            COMPLEMENTARY,     4, 5, 7
            RESOURCE_POOLING,  1, 2, 8
            RESOURCE_POOLING,  4, 2, 8
            RESOURCE_POOLING,  4, 5, 7
            """)
    void stopsOnlyWhereNoAllowedMoveOrSwapLowersTheCost(ClusterType type, long seed, int min, int max) {
        List<Village> vs = SyntheticVillages.grid(6, 6, 1000, seed);
        AdjacencyGraph graph = AdjacencyGraph.of(vs);
        boolean[] all = new boolean[vs.size()];
        Arrays.fill(all, true);
        Scorer scorer = new Scorer(type, vs, graph, Assumptions.DEFAULTS, null, all);
        int[] blocks = new int[vs.size()];
        for (int i = 0; i < blocks.length; i++) {
            blocks[i] = i / 6 / 2 * 2 + i % 6 / 3;
        }
        Partition p = Partition.fromLabels(graph, scorer, blocks);
        double before = p.totalCost();
        List<Integer> passes = new ArrayList<>();
        SizeBounds bounds = new SizeBounds(min, max);
        int changes = LocalSearch.run(p, bounds, seed, passes::add);
        assertTrue(changes > 1 && passes.size() >= 2, "changes over more than one pass: " + changes);
        assertTrue(passes.size() < LocalSearch.MAX_PASSES, "stopped because a pass found nothing");
        assertTrue(p.totalCost() < before);
        for (int c : p.clusters()) {
            assertTrue(bounds.allows(p.size(c)), "sizes within the bounds");
            assertTrue(inOnePiece(p, c), "cluster in one piece");
        }
        for (int v = 0; v < vs.size(); v++) {
            int a = p.label[v];
            for (int k = 0; k < graph.degree(v); k++) {
                int u = graph.neighbour(v, k);
                int b = p.label[u];
                if (b == a) {
                    continue;
                }
                if (p.size(a) > Math.max(min, 1) && p.size(b) < max && p.connectedAfter(a, v, -1)
                        && keeps(p, a, v, -1) && keeps(p, b, -1, v)) {
                    assertFalse(p.moveDelta(v, b) < -EPS && p.lastPrimaryDelta <= EPS,
                            "an allowed move of " + v + " lowers the cost");
                }
                if (p.connectedAfter(a, v, u) && p.connectedAfter(b, u, v) && keeps(p, a, v, u) && keeps(p, b, u, v)) {
                    assertFalse(p.swapDelta(v, u) < -EPS && p.lastPrimaryDelta <= EPS,
                            "an allowed swap of " + v + " and " + u + " lowers the cost");
                }
            }
        }
    }

    private static boolean inOnePiece(Partition p, int c) {
        List<Integer> members = p.members.get(c);
        java.util.Set<Integer> reached = new java.util.HashSet<>(List.of(members.get(0)));
        java.util.ArrayDeque<Integer> queue = new java.util.ArrayDeque<>(reached);
        while (!queue.isEmpty()) {
            int x = queue.poll();
            for (int k = 0; k < p.graph.degree(x); k++) {
                int y = p.graph.neighbour(x, k);
                if (p.label[y] == c && reached.add(y)) {
                    queue.add(y);
                }
            }
        }
        return reached.size() == members.size();
    }

    private static boolean keeps(Partition p, int c, int out, int in) {
        return !TypeRepair.fits(p, c) || TypeRepair.fitsAfter(p, c, out, in);
    }
}
