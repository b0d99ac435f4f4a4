package org.villageplanner.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.villageplanner.cluster.ObjectiveFixture.clusters;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.villageplanner.domain.ClusterType;
import org.villageplanner.domain.Village;

/**
 * {@link Repair#undersized} worked by hand on a row of 1-km squares 0, 1, 2, … (west to east), RESOURCE_POOLING on
 * population: a cluster's cost is Σ(x − mean)² of its populations (scaled by their variance) less the compactness
 * weight times its inner border; on a row every merge or move changes one inner border of 1 km on each side, so the
 * choice falls to the sums of squares. Clusters are written "0 1 / 2 / 3 4" (the first group is cluster 0, …).
 */
class RepairWorkedTest {
    /**
     * An undersized cluster joins the neighbour with room whose merge costs least: cost(merged) − cost(neighbour),
     * not the neighbour that is cheap itself. Populations 0, 100, 50, 60, 61: 2 (50) joining 0 1 adds 0 (Σ of
     * squares 5,000 before and after), joining 3 4 adds 74 − 0.5 = 73.5, so it joins 0 1 although that cluster
     * costs 5,000 and 3 4 only 0.5. Mirrored (61, 60, 50, 100, 0) it joins 3 4, the neighbour listed second.
     * Without room (at most two) and no neighbour above the minimum to lend a village, it is given up.
     */
    @ParameterizedTest(name = "{0}: {1}, sizes 2–{2} → {3}")
    @CsvSource(delimiter = '|', textBlock = """
            # populations  | before        | max | after         | left
            0 100 50 60 61 | 0 1 / 2 / 3 4 | 3   | 0 1 2 / 3 4   | -
            61 60 50 100 0 | 0 1 / 2 / 3 4 | 3   | 0 1 / 2 3 4   | -
            0 100 50 60 61 | 0 1 / 2 / 3 4 | 2   | 0 1 / 3 4     | G0002
            """)
    void anUndersizedClusterJoinsTheNeighbourWhereTheMergeAddsLeast(String populations, String before, int max,
                                                                   String after, String left) {
        assertEquals(after + " | " + left, repair(populations, before, new SizeBounds(2, max), false, 0));
    }

    /**
     * Under an exact count that is already met the undersized cluster does not join a neighbour (that would lose a
     * cluster) but borrows a village; above it, or without an exact count, it joins. Populations 0, 1, 2, 3:
     * 0 1 2 / 3 with sizes 2–4: 3 joins 0 1 2 (two clusters, target 1, or no exact count), or takes 2 (target 2).
     */
    @ParameterizedTest(name = "exact {0}, target {1} → {2}")
    @CsvSource(delimiter = '|', textBlock = """
            # exact | target | after
            false   | 2      | 0 1 2 3
            false   | 9      | 0 1 2 3
            true    | 1      | 0 1 2 3
            true    | 2      | 0 1 / 2 3
            true    | 3      | 0 1 / 2 3
            """)
    void anExactCountAlreadyMetBorrowsInsteadOfJoining(boolean exact, int target, String after) {
        assertEquals(after + " | -", repair("0 1 2 3", "0 1 2 / 3", new SizeBounds(2, 4), exact, target));
    }

    /**
     * With no neighbour to join (no room), the undersized cluster takes the cheapest village on its border from a
     * cluster above the minimum, which stays in one piece. 102 101 100 52 50 1 0 as 0 1 2 / 3 / 4 5 6, sizes 2–3:
     * taking 4 (50) changes the sums of squares by 2 + (0.5 − 1,634), taking 2 (100) by 1,152 + (0.5 − 2): 4 moves,
     * although 2 is met first.
     * Mirrored, 2 moves.
     */
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            # populations          | after
            102 101 100 52 50 1 0  | 0 1 2 / 3 4 / 5 6
            0 1 50 52 100 101 102  | 0 1 / 2 3 / 4 5 6
            """)
    void withoutRoomTheCheapestBorderVillageIsBorrowed(String populations, String after) {
        assertEquals(after + " | -", repair(populations, "0 1 2 / 3 / 4 5 6", new SizeBounds(2, 3), true, 3));
    }

    /**
     * Along a chain: no neighbour of the undersized cluster is above the minimum, so each cluster on the way takes
     * one village from the next until one above the minimum gives one. The row 0 1 2 / 3 4 / 5 (sizes 2–3, the
     * exact count of 3 met): 3 4 is at the minimum; 0 1 2 (cluster 0) gives 2 to it, and it gives 4 to 5. With
     * 1 + 2·k + 3 villages (populations 0, 1, 2, …: 0 1 2, then k
     * clusters of two, then the last village alone), the giver is
     * k + 1 clusters away: taken up to {@link Repair#MAX_CHAIN} (k = 7), not beyond (k = 8, then the cluster of one
     * is given up and its village listed).
     */
    @ParameterizedTest(name = "{0} clusters of two on the way → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            # pairs | borrowed
            1       | true
            6       | true
            7       | true
            8       | false
            """)
    void aVillageIsHandedOnAlongAChainOfAtMostEightClusters(int pairs, boolean borrowed) {
        int n = 3 + 2 * pairs + 1;
        StringBuilder before = new StringBuilder("0 1 2");
        StringBuilder after = new StringBuilder("0 1");
        for (int k = 0; k < pairs; k++) {
            int a = 3 + 2 * k;
            before.append(" / ").append(a).append(' ').append(a + 1);
            after.append(" / ").append(a - 1).append(' ').append(a);
        }
        before.append(" / ").append(n - 1);
        after.append(" / ").append(n - 2).append(' ').append(n - 1);
        String populations = java.util.stream.IntStream.range(0, n).mapToObj(String::valueOf).collect(Collectors.joining(" "));
        String expected = borrowed ? after + " | -" : before.substring(0, before.lastIndexOf(" / "))
                + " | " + String.format("G%04d", n - 1);
        assertEquals(expected, repair(populations, before.toString(), new SizeBounds(2, 3), true, pairs + 2));
    }

    /**
     * A chain is undone when a step would break a cluster apart. On the 3 × 3 grid (6 7 8 / 3 4 5 / 0 1 2, 3, 6 and
     * 7 in no cluster) 0 / 1 2 / 4 5 8, sizes 2–3, count 3 met: 1 2 is at the minimum; 4 5 8 can give 4 (5 8 stays
     * in one piece), which touches 1 but not 2; 1 2 4 then cannot give 1 to 0 (2 and 4 touch only at a corner), so 4
     * goes back, and 0 is given up with the reason naming it and the bounds.
     */
    @Test
    void aChainThatWouldBreakAClusterIsUndone() {
        Scorer scorer = ObjectiveFixture.scorer(ClusterType.RESOURCE_POOLING, List.of("population"), "all");
        Partition p = ObjectiveFixture.partition(scorer, "0 / 1 2 / 4 5 8");
        List<Suggestion.Unassigned> left = new ArrayList<>();
        Repair.undersized(p, new SizeBounds(2, 3), true, 3, left, ObjectiveFixture.VILLAGES);
        assertEquals("1 2 / 4 5 8", clusters(p));
        assertEquals(List.of("G0000"), left.stream().map(Suggestion.Unassigned::code).toList());
        assertEquals("cluster.suggest.reason.boundsBlocked", left.get(0).reason().key());
        assertEquals(List.of(List.of("村0"), 2, 3), left.get(0).reason().args());
    }

    /** Returns "clusters | codes given up" ("-" for none), the running figures checked against a fresh build. */
    private static String repair(String populations, String before, SizeBounds bounds, boolean exact, int target) {
        int[] population = ObjectiveFixture.numbers(populations).stream().mapToInt(Integer::intValue).toArray();
        double[] squares = new double[population.length];
        Arrays.fill(squares, 1000);
        List<Village> row = ObjectiveFixture.row(population, squares);
        Partition p = ObjectiveFixture.pooling(row, before);
        List<Suggestion.Unassigned> left = new ArrayList<>();
        Repair.undersized(p, bounds, exact, target, left, row);
        ObjectiveFixture.assertRunningCostAsIfBuiltAtOnce(p);
        String codes = left.stream().map(Suggestion.Unassigned::code).collect(Collectors.joining(" "));
        return clusters(p) + " | " + (codes.isEmpty() ? "-" : codes);
    }
}
