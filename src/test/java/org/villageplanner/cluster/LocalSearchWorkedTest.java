package org.villageplanner.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.villageplanner.cluster.ObjectiveFixture.clusters;
import static org.villageplanner.cluster.ObjectiveFixture.labels;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.villageplanner.domain.Assumptions;
import org.villageplanner.domain.ClusterType;
import org.villageplanner.domain.Village;

/**
 * {@link LocalSearch} on the 3 × 3 grid with the COMPLEMENTARY objective (minus the distinct tags of a cluster, plus
 * 3 below two), villages by number (0–8, row 0 at the bottom), those in no cluster taking no part. On
 * {@link RuleFixture}'s villages: tea 0 1 5, scenic 2, tidal_flat 4; strong 0 4, medium 2 6, weak 1 3 5 7 8.
 * Compactness weighs about 0.375 a border here and, in these cases, changes by less than 0.01.
 */
class LocalSearchWorkedTest {
    private static final boolean[] ALL = ObjectiveFixture.active("all");

    /**
     * Each row: the clusters before and after, the sizes allowed, the changes made and the passes begun.
     * <ul>
     * <li>0 1 / 2: 1 moving over (tea and scenic, −2, and tea alone, 2) lowers the cost from 4 to 0; nothing else
     *     can move (2 would leave an empty cluster, 0 does not touch 2), and no move or swap helps after it. When
     *     2's cluster is full (at most one village), nothing happens.</li>
     * <li>0 1 3 / 2 4 5, exactly three a cluster: only swaps; 1 for 4 is the only one after which both stay in one
     *     piece, and it lowers the cost from 2 − 3 = −1 to −2 − 2 = −4. One row up, 3 4 6 / 5 7 8 (0 in no
     *     cluster): 4 for 7 only, from 2 + 2 (tidal_flat; tea) to 3 − 2 (nothing; tidal_flat and tea).</li>
     * <li>0 3 / 1 2 4, at most three: 4 joining 0 3 (tea, tidal_flat: −2; 1 2 left with tea, scenic: −2) lowers the
     *     cost from 2 − 3 = −1 to −4; 1 joining instead would raise it to 2 − 2 = 0, and 0 3 4 is full after.</li>
     * <li>1 2 / 3 4 / 5, at most two: 4 (tidal_flat) has two neighbouring clusters, 1 2 (full) and, later in its
     *     neighbour order, 5 (tea, 2): joining 5 gives tidal_flat and tea (−2) and leaves 3 (3): 2 + 3 + 2 = 7 → 2 +
     *     3 − 2 = 3. Nothing else helps (2 joining 5 changes −2 + 2 into 2 − 2).</li>
     * </ul>
     */
    @ParameterizedTest(name = "{0}, sizes {1}–{2} → {3}")
    @CsvSource(delimiter = '|', textBlock = """
            # before      | min | max | after         | changes | passes
            0 1 / 2       | 1   | 3   | 0 / 1 2       | 1       | 0 1
            0 1 / 2       | 1   | 1   | 0 1 / 2       | 0       | 0
            0 1 3 / 2 4 5 | 3   | 3   | 0 3 4 / 1 2 5 | 1       | 0 1
            3 4 6 / 5 7 8 | 3   | 3   | 3 6 7 / 4 5 8 | 1       | 0 1
            0 3 / 1 2 4   | 1   | 3   | 0 3 4 / 1 2   | 1       | 0 1
            1 2 / 3 4 / 5 | 1   | 2   | 1 2 / 3 / 4 5 | 1       | 0 1
            """)
    void movesAndSwapsWorkedByHand(String before, int min, int max, String after, int changes, String passes) {
        Partition p = Partition.fromLabels(RuleFixture.GRAPH, scorer(RuleFixture.VILLAGES), labels(before));
        List<Integer> begun = new ArrayList<>();
        assertEquals(changes, LocalSearch.run(p, new SizeBounds(min, max), 1, begun::add));
        assertEquals(after, clusters(p));
        assertEquals(ObjectiveFixture.numbers(passes), begun);
    }

    /**
     * 0 1 3 / 2: moving 1 over lowers the cost from 4 to 0 (as above). With RuleFixture's strengths 0 3 stay a strong
     * and a weak village, a type, so 1 moves; with {@link ObjectiveFixture}'s (1 and 3 medium) 0 1 3 fits only
     * through the tea 0 and 1 share, and 0 3 would fit no type: the move is refused.
     */
    @Test
    void aMoveThatWouldLeaveAClusterWithoutATypeIsRefused() {
        SizeBounds bounds = new SizeBounds(1, 3);
        Partition typed = Partition.fromLabels(RuleFixture.GRAPH, scorer(RuleFixture.VILLAGES), labels("0 1 3 / 2"));
        assertEquals(1, LocalSearch.run(typed, bounds, 1, pass -> { }));
        assertEquals("0 3 / 1 2", clusters(typed));
        Partition untyped = Partition.fromLabels(RuleFixture.GRAPH, scorer(ObjectiveFixture.VILLAGES),
                labels("0 1 3 / 2"));
        assertEquals(0, LocalSearch.run(untyped, bounds, 1, pass -> { }));
        assertEquals("0 1 3 / 2", clusters(untyped));
    }

    /**
     * A move that only becomes possible after another: on a path 0–1–2–5–8 (at most two a cluster; all weak but
     * medium 2; tags d at 0 and 1, a at 5, b at 8), 0 1 / 2 5 / 8 costs 2 + 2 + 2. 5 joining 8 (tags a, b: −2) costs
     * 2 + 3 − 2 = 3; only then has 2's cluster room for 1, and 0 / 1 2 / 5 8 costs 2 + 2 − 2 = 2. For whatever order
     * the seed gives (for some of these seeds 1 is tried before 5, fails, and must be tried again), the result is
     * the same.
     */
    @Test
    void aVillageTriedInVainIsTriedAgainWhenANeighbouringClusterChanges() {
        List<Village> vs = new ArrayList<>();
        for (int i = 0; i < 9; i++) {
            Village g = RuleFixture.VILLAGES.get(i);
            Set<String> tags = switch (i) {
                case 0, 1 -> Set.of("d");
                case 5 -> Set.of("a");
                case 8 -> Set.of("b");
                default -> Set.of();
            };
            double operating = i == 2 ? 1_000_000 : 100_000;
            vs.add(new Village(g.code(), g.name(), "", g.geometry(), 1000, 300, operating * 1.8, operating, 0, 0, 0,
                    tags, false));
        }
        for (long seed = 1; seed <= 8; seed++) {
            Partition p = Partition.fromLabels(RuleFixture.GRAPH, scorer(vs), labels("0 1 / 2 5 / 8"));
            assertEquals(2, LocalSearch.run(p, new SizeBounds(1, 2), seed, pass -> { }), "seed " + seed);
            assertEquals("0 / 1 2 / 5 8", clusters(p), "seed " + seed);
            assertEquals(2, p.totalPrimary(), 1e-12);
        }
    }

    private static Scorer scorer(List<Village> villages) {
        return new Scorer(ClusterType.COMPLEMENTARY, villages, RuleFixture.GRAPH, Assumptions.DEFAULTS, null,
                Arrays.copyOf(ALL, ALL.length));
    }
}
