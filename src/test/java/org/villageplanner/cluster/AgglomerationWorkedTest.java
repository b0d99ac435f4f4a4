package org.villageplanner.cluster;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.villageplanner.cluster.ObjectiveFixture.clusters;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.villageplanner.domain.Village;

/**
 * {@link Agglomeration} on a row of five villages 0–4 (rectangles 1 km wide, row 0 = west), RESOURCE_POOLING on
 * population, worked by hand. The merge cost of two neighbouring clusters is the rise of the within-cluster sum of
 * squares, n₁n₂ / (n₁ + n₂) · (mean₁ − mean₂)² (in units of the population's variance), less the compactness weight
 * times the border they share.
 */
class AgglomerationWorkedTest {
    /**
     * Populations 0, 1, 10, 11, 100 on squares (every border 1 km, so compactness favours no merge): the pairs 0 1 and
     * 2 3 cost 0.5 each, then 0 1 with 2 3 costs 2·2/4 · 10² = 100 and 2 3 with 4 costs 2·1/3 · 89.5² ≈ 5,340. With
     * at most three a cluster the first is too big; with "small first" (at least two) 4, alone, is taken in first.
     */
    @ParameterizedTest(name = "{0} merges, sizes {1}–{2}, small first {3} → {4}")
    @CsvSource(delimiter = '|', textBlock = """
            # merges | min | max | small first | clusters
            0        | 1   | 5   | false       | 0 / 1 / 2 / 3 / 4
            2        | 1   | 5   | false       | 0 1 / 2 3 / 4
            3        | 1   | 5   | false       | 0 1 2 3 / 4
            3        | 2   | 5   | true        | 0 1 / 2 3 4
            3        | 1   | 3   | false       | 0 1 / 2 3 4
            4        | 1   | 5   | false       | 0 1 2 3 4
            9        | 1   | 2   | false       | 0 1 / 2 3 / 4
            """)
    void mergesTheCheapestNeighboursFirst(int merges, int min, int max, boolean smallFirst, String expected) {
        List<Village> row = ObjectiveFixture.row(new int[] {0, 1, 10, 11, 100}, new double[] {1000, 1000, 1000, 1000,
            1000});
        Partition p = agglomerate(row, merges, new SizeBounds(min, max), smallFirst);
        assertEquals(expected, clusters(p));
        assertFiguresAsIfBuiltAtOnce(p);
    }

    /**
     * All populations equal, so only compactness counts: rectangles 1 km wide and 1, 1, 0.6, 0.4, 0.2 km tall (bottoms
     * aligned) share borders of 1, 0.6, 0.4 and 0.2 km; the longest goes first.
     */
    @ParameterizedTest(name = "{0} merges, at most {1} → {2}")
    @CsvSource(delimiter = '|', textBlock = """
            # merges | max | clusters
            1        | 5   | 0 1 / 2 / 3 / 4
            2        | 5   | 0 1 2 / 3 / 4
            2        | 2   | 0 1 / 2 3 / 4
            """)
    void withEqualFiguresTheLongestBorderIsMergedFirst(int merges, int max, String expected) {
        List<Village> row = ObjectiveFixture.row(new int[] {500, 500, 500, 500, 500}, new double[] {1000, 1000, 600, 400,
            200});
        Partition p = agglomerate(row, merges, new SizeBounds(1, max), false);
        assertEquals(expected, clusters(p));
        assertFiguresAsIfBuiltAtOnce(p);
    }

    private static Partition agglomerate(List<Village> row, int merges, SizeBounds bounds, boolean smallFirst) {
        Partition p = ObjectiveFixture.pooling(row, null);
        boolean[] active = new boolean[row.size()];
        java.util.Arrays.fill(active, true);
        int[] budget = {merges};
        Agglomeration.run(p, bounds, active, new int[row.size()], budget, smallFirst);
        assertEquals(Math.max(0, merges - (row.size() - p.liveCount())), budget[0], "budget used once per merge");
        return p;
    }

    /** Each cluster's running figures equal those of the same clusters built at once. */
    private static void assertFiguresAsIfBuiltAtOnce(Partition p) {
        Partition fresh = Partition.fromLabels(p.graph, p.scorer, p.label);
        for (int c : p.clusters()) {
            ClusterStats got = p.stats.get(c);
            ClusterStats want = fresh.stats.get(fresh.label[p.members.get(c).get(0)]);
            assertEquals(want.size, got.size);
            assertArrayEquals(want.sum, got.sum, 1e-9);
            assertEquals(want.sumSq, got.sumSq, 1e-9);
            assertEquals(want.internalContact, got.internalContact, 1e-6, "border inside");
        }
        assertEquals(fresh.totalCost(), p.totalCost(), 1e-9);
        for (int c = 0; c < p.members.size(); c++) {
            assertEquals(p.alive.get(c), p.size(c) > 0, "a cluster merged away keeps no members");
        }
    }
}
