package org.villageplanner.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.villageplanner.cluster.ObjectiveFixture.clusters;
import static org.villageplanner.cluster.ObjectiveFixture.partition;
import static org.villageplanner.cluster.ObjectiveFixture.scorer;
import static org.villageplanner.cluster.ObjectiveFixture.stats;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.villageplanner.domain.Assumptions;
import org.villageplanner.domain.ClusterType;
import org.villageplanner.domain.Village;
import org.villageplanner.geo.AdjacencyGraph;
import org.villageplanner.geo.SyntheticVillages;

/**
 * {@link TypeRepair} on {@link ObjectiveFixture}'s grid (numbers 0–8, row 0 at the bottom; strong 0, medium 1 2 3
 * 6, weak 4 5 7 8; tea 0 1 5, scenic 2, tidal_flat 4). Villages in no cluster take no part.
 */
class TypeRepairWorkedTest {
    private static final Scorer SHW = scorer(ClusterType.STRONG_HELPS_WEAK, null, "all");

    /** Each row: whether a cluster meets some type's rule (a strong or medium with a weak, two tags, a shared tag). */
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            # members | fits  | because
            -         | true  | nothing to check
            7         | true  | one village: no type rule applies
            7 8       | false | two weak, no tag
            3 6       | false | two medium, no weak, no tag
            6 7       | true  | a medium helps a weak
            0 7       | true  | a strong helps a weak
            0 2       | true  | tea and scenic
            0 1       | true  | tea shared
            0 3       | false | one tea, no weak
            4 5       | true  | two weak, but tidal_flat and tea
            5 8       | false | two weak, one tea
            """)
    void fitsWhenSomeTypesRuleIsMet(String members, boolean fits, String because) {
        assertEquals(fits, TypeRepair.fits(stats(SHW, members)), because);
    }

    @Test
    void resourcePoolingRequestsCountEveryClusterAsTyped() {
        Partition pooling = partition(scorer(ClusterType.RESOURCE_POOLING, null, "all"), "7 8");
        assertTrue(TypeRepair.fits(pooling, 0));
        assertEquals(false, TypeRepair.fits(partition(SHW, "7 8"), 0));
        assertEquals(false, TypeRepair.applies(pooling));
    }

    /**
     * Each row (clusters 0 1 / 3 6 / 4 7; a cluster named by its first member): whether it fits after {@code out}
     * leaves and {@code in} joins (−1: none). The partition's own figures are not touched.
     */
    @ParameterizedTest(name = "{0} − {1} + {2} → {3}")
    @CsvSource(delimiter = '|', textBlock = """
            # cluster | out | in | fits | then
            0         | 0   | 3  | false | 1 3: two medium, one tea
            0         | -1  | 3  | true  | 0 1 3: tea shared
            0         | 1   | -1 | true  | 0 alone
            3         | 6   | 4  | true  | 3 4: a medium helps a weak
            3         | -1  | -1 | false | 3 6 as it is
            4         | -1  | 0  | true  | 0 4 7: a strong helps
            4         | 4   | 8  | false | 7 8: two weak, no tag
            """)
    void fitsAfterAChangeOfMembers(int first, int out, int in, boolean fits, String then) {
        Partition p = partition(SHW, "0 1 / 3 6 / 4 7");
        int c = p.label[first];
        int sizeBefore = p.stats.get(c).size;
        assertEquals(fits, TypeRepair.fitsAfter(p, c, out, in), then);
        assertEquals(sizeBefore, p.stats.get(c).size);
        assertEquals(2, p.members.get(c).size());
    }

    /** Clusters 0 1 / 2 5 / 3 4; 6 7 8 in none. */
    @Test
    void borderListsTheVillagesOfOtherClustersNextToOne() {
        Partition p = partition(SHW, "0 1 / 2 5 / 3 4");
        assertEquals(Set.of(2, 3, 4), TypeRepair.border(p, 0));
        assertEquals(Set.of(0, 1, 5), TypeRepair.border(p, 2), "6 and 7 are in no cluster");
        assertEquals(Set.of(1, 4), TypeRepair.border(p, 1));
    }

    @Test
    void clustersThatFitAreLeftAlone() {
        Partition p = partition(SHW, "0 1 / 3 4 / 6 7 / 2 5 / 8");
        assertEquals(0, TypeRepair.run(p, new SizeBounds(1, 5), false));
        assertEquals("0 1 / 2 5 / 3 4 / 6 7 / 8", clusters(p));
    }

    /** 7 8 (two weak, no tag) with no other cluster around: nothing can be done, with or without an exact count. */
    @Test
    void aClusterWithNoNeighbourStaysUnfitAndIsCounted() {
        for (boolean exact : new boolean[] {false, true}) {
            Partition p = partition(SHW, "7 8");
            assertEquals(1, TypeRepair.run(p, new SizeBounds(2, 5), exact));
            assertEquals("7 8", clusters(p));
        }
    }

    /**
     * 7 8 (unfit) next to 6 alone. With clusters of one allowed, the line is redrawn: 6 7 (a medium helps a
     * weak) and 8 alone is the only split of 6 7 8 into two contiguous parts where both fit.
     */
    @Test
    void redrawingTheLineWithANeighbourComesFirst() {
        Partition p = partition(SHW, "7 8 / 6");
        assertEquals(0, TypeRepair.run(p, new SizeBounds(1, 5), false));
        assertEquals("6 7 / 8", clusters(p));
    }

    /**
     * With at least two villages a cluster, 6 7 8 cannot be split; no village can be taken from 6 (it would be
     * empty) nor traded (7 for 6 leaves 6 8 apart). Without an exact count 7 8 joins 6: one cluster that fits;
     * with one, joining would lose a cluster and no other cluster can be split to make up for it.
     */
    @Test
    void joiningANeighbourOnlyWithoutAnExactCount() {
        Partition p = partition(SHW, "7 8 / 6");
        assertEquals(0, TypeRepair.run(p, new SizeBounds(2, 5), false));
        assertEquals("6 7 8", clusters(p));
        assertEquals(1, p.liveCount());
        Partition exact = partition(SHW, "7 8 / 6");
        assertEquals(1, TypeRepair.run(exact, new SizeBounds(2, 5), true));
        assertEquals("6 / 7 8", clusters(exact));
    }

    /**
     * On RuleFixture's villages (weak 1 3 5 7 8, medium 2 6, strong 0 4): 7 8 fits no type, borders only 6 (alone), and
     * 4 and 5 are in no cluster. 6 7 8 cannot be split into two of two or more, 6 cannot give a village away, and a
     * trade of 7 for 6 leaves 6 and 8 apart. Without an exact count 7 8 joins 6; with one, it joins 6 and 0 1 2 3
     * (not next to 7 8) is split into 0 3 (strong, weak) and 1 2 (weak, medium), its only split into two
     * contiguous pairs, so that there are three clusters still.
     */
    @ParameterizedTest(name = "exact count {0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            # exact | clusters after
            false   | 0 1 2 3 / 6 7 8
            true    | 0 3 / 1 2 / 6 7 8
            """)
    void withAnExactCountAJoinIsMadeUpBySplittingAnotherCluster(boolean exact, String after) {
        Scorer s = new Scorer(ClusterType.STRONG_HELPS_WEAK, RuleFixture.VILLAGES, RuleFixture.GRAPH,
                Assumptions.DEFAULTS, null, ObjectiveFixture.active("all"));
        Partition p = Partition.fromLabels(RuleFixture.GRAPH, s, ObjectiveFixture.labels("7 8 / 6 / 0 1 2 3"));
        assertEquals(0, TypeRepair.run(p, new SizeBounds(2, 5), exact));
        assertEquals(after, clusters(p));
    }

    /**
     * A 4 × 4 grid of weak villages (number = 4 × row + column, row 0 at the bottom): A = columns 0–1 and 2, fitting
     * no type (only 0 scenic); B = the other seven, tea at 6, 11 and 15 (tea shared). Together they are 16
     * villages, more than {@link Resplit} splits, so the repair takes a village in or trades one. Only tea can make
     * A fit, and of B's tea villages only 6 borders A; B stays in one piece without it. With room in A and to spare
     * in B, A takes 6 in; when A is full, or B cannot shrink, A trades 2 for 6, the only swap after which both
     * clusters are still in one piece (6 touches 5 of A, 2 touches 3 of B). The villages are listed with
     * {@code first} first (the algorithms address villages by their place in the list).
     */
    @ParameterizedTest(name = "sizes {0}–{1}, {2} listed first: {3}")
    @CsvSource(delimiter = '|', textBlock = """
            # min | max | first | clusters after
            2     | 10  | 0     | 0 1 2 4 5 6 8 9 12 13 / 3 7 10 11 14 15
            7     | 10  | 0     | 0 1 4 5 6 8 9 12 13 / 2 3 7 10 11 14 15
            2     | 9   | 0     | 0 1 4 5 6 8 9 12 13 / 2 3 7 10 11 14 15
            2     | 9   | 6     | 0 1 4 5 6 8 9 12 13 / 2 3 7 10 11 14 15
            2     | 9   | 2     | 0 1 4 5 6 8 9 12 13 / 2 3 7 10 11 14 15
            """)
    void largeClustersTakeInOrTradeAVillage(int min, int max, int first, String after) {
        List<Village> grid = SyntheticVillages.grid(4, 4, 1000, 1);
        List<Village> vs = new ArrayList<>();
        for (int i = 0; i < grid.size(); i++) {
            Village g = grid.get(i);
            Set<String> tags = i == 0 ? Set.of("scenic") : i == 6 || i == 11 || i == 15 ? Set.of("tea") : Set.of();
            vs.add(new Village(g.code(), "村" + i, "", g.geometry(), 1000, 300, 180_000, 100_000, 0, 0, 0, tags,
                    false));
        }
        vs.add(0, vs.remove(first));
        AdjacencyGraph graph = AdjacencyGraph.of(vs);
        boolean[] all = new boolean[vs.size()];
        java.util.Arrays.fill(all, true);
        Scorer s = new Scorer(ClusterType.COMPLEMENTARY, vs, graph, Assumptions.DEFAULTS, null, all);
        int[] labels = new int[vs.size()];
        for (int i = 0; i < labels.length; i++) {
            int n = number(graph, i);
            labels[i] = n % 4 < 2 || n == 2 ? 0 : 1;
        }
        Partition p = Partition.fromLabels(graph, s, labels);
        assertEquals(0, TypeRepair.run(p, new SizeBounds(min, max), false));
        assertEquals(after, byNumber(p));
    }

    /** The village at place i of the graph by its number in the grid (G0006 → 6). */
    private static int number(AdjacencyGraph g, int i) {
        return Integer.parseInt(g.code(i).substring(1));
    }

    /** As {@link ObjectiveFixture#clusters}, villages written by their number in the grid, not their place. */
    private static String byNumber(Partition p) {
        return p.clusters().stream().map(c -> p.members.get(c).stream().map(i -> number(p.graph, i)).sorted().toList())
                .sorted(java.util.Comparator.comparing(m -> m.get(0)))
                .map(m -> String.join(" ", m.stream().map(String::valueOf).toList()))
                .collect(java.util.stream.Collectors.joining(" / "));
    }
}
