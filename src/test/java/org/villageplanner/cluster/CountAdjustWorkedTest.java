package org.villageplanner.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.villageplanner.cluster.ObjectiveFixture.clusters;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.villageplanner.domain.Village;

/**
 * {@link CountAdjust} on a row of 1-km squares 0, 1, 2, … (west to east), RESOURCE_POOLING on population, worked by
 * hand: the cost of a cluster is Σ(x − mean)² of its populations (scaled by their variance), and every split or
 * dissolution on a row changes one border, so compactness favours none.
 */
class CountAdjustWorkedTest {
    /**
     * Too few clusters: the largest is split in two contiguous parts, the grown half of ⌊n/2⌋ villages seeded at each
     * member in turn, the cheapest kept. Populations 0, 1, 10, 11, 100 unless given:
     * <ul>
     * <li>0 1 2 3 4 into two: of 0 1 | 2 3 4 (0.5 + 5,340.7) and 0 1 2 | 3 4 (60.7 + 3,960.5; 1 2 and 2 3 would
     *     leave the rest in two pieces), the second; into three, then 0 1 2 (the largest) into 0 1 | 2 (0.5) rather
     *     than 0 | 1 2 (40.5); with at least two a cluster, 0 1 2 cannot be split into two of two.</li>
     * <li>0 1 / 2 3 4 into three: the larger, 2 3 4, into 2 3 | 4 (0.5; 2 | 3 4 costs 3,960.5), not 0 1.</li>
     * <li>0 1 2 3 / 4 into three, at least two: four villages are just enough, 0 1 | 2 3 (0.5 + 0.5).</li>
     * <li>0 1 / 2 / 3 / 4 into five: a cluster of two is split into two of one.</li>
     * <li>populations 50, 0, 1, 51, 52: 1 2 | 0 3 4 would cost least (0.5 + 2) but leaves 0 apart from 3 4; of the
     *     splits that keep both parts in one piece 0 1 2 | 3 4 (1,634 + 0.5) beats 0 1 | 2 3 4 (1,250 + 1,702).</li>
     * <li>0, 1, 2, 100, 200: 0 1 2 | 3 (2 + 0) would cost less than 0 1 | 2 3 (0.5 + 4,802), but 3 alone is below the
     *     minimum of two, and the grown part has two villages, not three.</li>
     * <li>six villages 0, 1, 50, 51, 52, 53 into two: the parts are halves of three, so 0 1 2 | 3 4 5 (1,634 + 2),
     *     although 0 1 | 2 3 4 5 (0.5 + 5) would cost less.</li>
     * </ul>
     */
    @ParameterizedTest(name = "{0}: {1} into {2}, sizes {3}–{4} → {5}")
    @CsvSource(delimiter = '|', textBlock = """
            # populations     | before        | target | min | max | after
            0 1 10 11 100     | 0 1 2 3 4     | 2      | 1   | 5   | 0 1 2 / 3 4
            0 1 10 11 100     | 0 1 2 3 4     | 3      | 1   | 5   | 0 1 / 2 / 3 4
            0 1 10 11 100     | 0 1 2 3 4     | 3      | 2   | 5   | 0 1 2 / 3 4
            0 1 10 11 100     | 0 1 / 2 3 4   | 3      | 1   | 5   | 0 1 / 2 3 / 4
            0 1 10 11 100     | 0 1 2 3 / 4   | 3      | 2   | 5   | 0 1 / 2 3 / 4
            0 1 10 11 100     | 0 1 / 2 / 3 / 4 | 5    | 1   | 5   | 0 / 1 / 2 / 3 / 4
            50 0 1 51 52      | 0 1 2 3 4     | 2      | 1   | 5   | 0 1 2 / 3 4
            0 1 2 100 200     | 0 1 2 3 / 4   | 3      | 2   | 5   | 0 1 / 2 3 / 4
            0 1 50 51 52 53   | 0 1 2 3 4 5   | 2      | 1   | 6   | 0 1 2 / 3 4 5
            """)
    void tooFewClustersSplitTheLargestCheapestWay(String populations, String before, int target, int min, int max,
                                                  String after) {
        assertEquals(after, adjust(populations, before, target, new SizeBounds(min, max)));
    }

    /**
     * Too many clusters: the smallest cluster is dissolved, each of its villages moving to the neighbouring cluster
     * with room where it costs least; one at a time until the count is met.
     * <ul>
     * <li>Populations 0, 1, 50, 51, 52: 2 joins 3 4 (2·1/3 · 1.5² = 1.5) rather than 0 1 (2·1/3 · 49.5² = 1,633.5).
     *     When neither has room (at most two), no other cluster can be dissolved either (0 1 would need room for 0
     *     after 1 joined 2), and every move tried is undone. From 0 / 1 / 2 / 3 4 to three, 0, the first of the
     *     smallest, joins 1, its only neighbour; to two, then 2 joins 3 4.</li>
     * <li>Reversed, 52, 51, 50, 1, 0: 2 joins 0 1. With 52, 10, 0, …: 0 goes to 1 (it has no other neighbour).</li>
     * </ul>
     */
    @ParameterizedTest(name = "{0}: {1} into {2}, at most {3} → {4}")
    @CsvSource(delimiter = '|', textBlock = """
            # populations     | before          | target | max | after
            0 1 50 51 52      | 0 1 / 2 / 3 4   | 2      | 3   | 0 1 / 2 3 4
            0 1 50 51 52      | 0 1 / 2 / 3 4   | 2      | 2   | 0 1 / 2 / 3 4
            0 1 50 51 52      | 0 / 1 / 2 / 3 4 | 3      | 3   | 0 1 / 2 / 3 4
            0 1 50 51 52      | 0 / 1 / 2 / 3 4 | 2      | 3   | 0 1 / 2 3 4
            52 51 50 1 0      | 0 1 / 2 / 3 4   | 2      | 3   | 0 1 2 / 3 4
            52 10 0 51 50     | 0 / 1 / 2 / 3 4 | 3      | 3   | 0 1 / 2 / 3 4
            """)
    void tooManyClustersDissolveTheSmallest(String populations, String before, int target, int max, String after) {
        assertEquals(after, adjust(populations, before, target, new SizeBounds(1, max)));
    }

    /**
     * On the 3 × 3 grid, 0 1 2 4 is a T (1 in the middle): each half of two leaves the other two apart, so it cannot
     * be split into two clusters of two, and the count stays as it is (best effort).
     */
    @Test
    void aClusterWithNoSplitIntoTwoContiguousHalvesStays() {
        Partition p = ObjectiveFixture.pooling(ObjectiveFixture.VILLAGES, "0 1 2 4");
        CountAdjust.toExactCount(p, new SizeBounds(2, 5), 2);
        assertEquals("0 1 2 4", clusters(p));
    }

    private static String adjust(String populations, String before, int target, SizeBounds bounds) {
        int[] population = ObjectiveFixture.numbers(populations).stream().mapToInt(Integer::intValue).toArray();
        double[] squares = new double[population.length];
        Arrays.fill(squares, 1000);
        List<Village> row = ObjectiveFixture.row(population, squares);
        Partition p = ObjectiveFixture.pooling(row, before);
        CountAdjust.toExactCount(p, bounds, target);
        ObjectiveFixture.assertRunningCostAsIfBuiltAtOnce(p);
        return clusters(p);
    }
}
