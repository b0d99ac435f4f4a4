package org.villageplanner.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.villageplanner.cluster.ObjectiveFixture.clusters;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.villageplanner.domain.Village;

/**
 * {@link CountAdjust} on a row of five 1-km squares 0–4 (west to east), RESOURCE_POOLING on population, worked by
 * hand: the within-cluster sum of squares of a cluster is Σ(x − mean)², every split or dissolution of a row cluster
 * changes one border, so compactness favours none.
 */
class CountAdjustWorkedTest {
    private static final double[] SQUARES = {1000, 1000, 1000, 1000, 1000};

    /**
     * Populations 0, 1, 10, 11, 100; too few clusters: the largest is split into two contiguous parts, the grown half
     * of ⌊n/2⌋ villages seeded at each member in turn, the cheapest kept.
     * <ul>
     * <li>0 1 2 3 4 into two: of halves 0 1 | 2 3 4 (0.5 + 5,340.7) and 0 1 2 | 3 4 (60.7 + 3,960.5; 1 2 and 2 3
     *     would leave the rest in two pieces), the second.</li>
     * <li>into three: then 0 1 2 (the largest) into 0 1 | 2 (0.5) rather than 0 | 1 2 (40.5).</li>
     * <li>with at least two a cluster, 0 1 2 cannot be split into two of two: two clusters stay.</li>
     * <li>0 1 2 / 3 4 into three: the larger, 0 1 2, is split, not 3 4.</li>
     * </ul>
     */
    @ParameterizedTest(name = "{0} into {1}, sizes {2}–{3} → {4}")
    @CsvSource(delimiter = '|', textBlock = """
            # before    | target | min | max | after
            0 1 2 3 4   | 2      | 1   | 5   | 0 1 2 / 3 4
            0 1 2 3 4   | 3      | 1   | 5   | 0 1 / 2 / 3 4
            0 1 2 3 4   | 3      | 2   | 5   | 0 1 2 / 3 4
            0 1 2 / 3 4 | 3      | 1   | 5   | 0 1 / 2 / 3 4
            """)
    void tooFewClustersSplitTheLargestCheapestWay(String before, int target, int min, int max, String after) {
        assertEquals(after, adjust(new int[] {0, 1, 10, 11, 100}, before, target, new SizeBounds(min, max)));
    }

    /**
     * Populations 0, 1, 50, 51, 52; too many clusters: the smallest cluster is dissolved, each of its villages
     * moving to the neighbouring cluster with room where it costs least. 2 joins 3 4 (2·1/3 · 1.5² = 1.5) rather
     * than 0 1 (2·1/3 · 49.5² = 1,633.5). When neither has room (at most two), no other cluster can be dissolved
     * either (0 1 would need room for 0 after 1 joined 2), and every move tried is undone. From 0 / 1 / 2 / 3 4 to
     * three, one is dissolved: 0, the first of the smallest, into 1, its only neighbour.
     */
    @ParameterizedTest(name = "{0} into {1}, at most {2} → {3}")
    @CsvSource(delimiter = '|', textBlock = """
            # before        | target | max | after
            0 1 / 2 / 3 4   | 2      | 3   | 0 1 / 2 3 4
            0 1 / 2 / 3 4   | 2      | 2   | 0 1 / 2 / 3 4
            0 / 1 / 2 / 3 4 | 3      | 3   | 0 1 / 2 / 3 4
            """)
    void tooManyClustersDissolveTheSmallest(String before, int target, int max, String after) {
        assertEquals(after, adjust(new int[] {0, 1, 50, 51, 52}, before, target, new SizeBounds(1, max)));
    }

    private static String adjust(int[] population, String before, int target, SizeBounds bounds) {
        List<Village> row = ObjectiveFixture.row(population, SQUARES);
        Partition p = ObjectiveFixture.pooling(row, before);
        CountAdjust.toExactCount(p, bounds, target);
        Partition fresh = Partition.fromLabels(p.graph, p.scorer, p.label);
        assertEquals(fresh.totalCost(), p.totalCost(), 1e-9, "running figures as if built at once");
        return clusters(p);
    }
}
