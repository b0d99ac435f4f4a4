package org.villageplanner.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.villageplanner.cluster.ObjectiveFixture.partition;
import static org.villageplanner.cluster.ObjectiveFixture.scorer;
import static org.villageplanner.cluster.ObjectiveFixture.stats;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.villageplanner.domain.Assumptions;
import org.villageplanner.domain.ClusterType;
import org.villageplanner.domain.Village;
import org.villageplanner.geo.AdjacencyGraph;
import org.villageplanner.geo.SyntheticVillages;

/** {@link Scorer}'s cost of a cluster, worked by hand on {@link ObjectiveFixture}'s grid. */
class ScorerWorkedTest {
    private static final List<String> POPULATION = List.of("population");

    /**
     * Each row: the primary cost of a cluster ("-": empty), villages 0 1 3 4 taking part.
     * <ul>
     * <li>STRONG_HELPS_WEAK: (Σz)² / n of the standardised incomes (√2, 0, 0, −√2), plus 2 per weak member with
     *     no strong or medium one, 0.3 per weak member with a medium but no strong one, 1 for two or more members
     *     with no weak one.</li>
     * <li>COMPLEMENTARY: minus the distinct tags, plus 3 below two (tea 0 1 5, scenic 2, tidal_flat 4).</li>
     * <li>RESOURCE_POOLING, population of 0 1 3 4 (z = −2, −1, 1, 2 over √2.5): the within-cluster sum of squares,
     *     (z₀ − z₁)² / 2 = 1 / 2.5 / 2 = 0.2, (z₀ − z₄)² / 2 = 16 / 2.5 / 2 = 3.2, all four Σz² = 4.</li>
     * </ul>
     */
    @ParameterizedTest(name = "{0} {1} → {2}")
    @CsvSource(delimiter = '|', textBlock = """
            # type            | members | primary
            STRONG_HELPS_WEAK | 0 1     | 2
            STRONG_HELPS_WEAK | 3 4     | 1.3
            STRONG_HELPS_WEAK | 0 4     | 0
            STRONG_HELPS_WEAK | 1 3     | 1
            STRONG_HELPS_WEAK | 1 3 4   | 0.9666666667
            STRONG_HELPS_WEAK | 4       | 4
            STRONG_HELPS_WEAK | 0       | 2
            STRONG_HELPS_WEAK | -       | 0
            COMPLEMENTARY     | 3 6     | 3
            COMPLEMENTARY     | 0 1     | 2
            COMPLEMENTARY     | 0 2     | -2
            COMPLEMENTARY     | 0 2 4   | -3
            COMPLEMENTARY     | 0 1 2 4 5 | -3
            COMPLEMENTARY     | -       | 0
            RESOURCE_POOLING  | 0 1     | 0.2
            RESOURCE_POOLING  | 0 4     | 3.2
            RESOURCE_POOLING  | 0 1 3 4 | 4
            RESOURCE_POOLING  | 3       | 0
            """)
    void primaryCostOfAClusterWorkedByHand(ClusterType type, String members, double expected) {
        Scorer s = scorer(type, POPULATION, "0 1 3 4");
        assertEquals(expected, s.primary(stats(s, members)), 1e-9);
    }

    /**
     * Each row: compactness weight μ × (villages taking part) / (border between them), the borders of the grid
     * being 1,000 m each (within 1.3 m): all nine share 12 borders; 0 1 2 3 4 share 5 (0–1, 1–2, 0–3, 1–4,
     * 3–4; not the 4 borders to villages left out); 0 and 8 share none, so nothing counts.
     */
    @ParameterizedTest(name = "{0} over {1} → {2}")
    @CsvSource(delimiter = '|', textBlock = """
            # type            | active    | weight
            RESOURCE_POOLING  | all       | 0.000015
            STRONG_HELPS_WEAK | 0 1 2 3 4 | 0.0003
            COMPLEMENTARY     | 0 1 2 3 4 | 0.0005
            COMPLEMENTARY     | 0 8       | 0
            """)
    void compactnessWeightSharesMuOverTheBordersOfTheVillagesTakingPart(ClusterType type, String active,
                                                                       double weight) {
        assertEquals(weight, scorer(type, null, active).compactWeight, weight * 2e-3);
    }

    @Test
    void costIsThePrimaryCostLessTheWeightedBorderInside() {
        Scorer s = scorer(ClusterType.STRONG_HELPS_WEAK, null, "0 1 3 4");
        ClusterStats two = stats(s, "0 1");
        two.internalContact = 2_000;
        assertEquals(2 - 2_000 * s.compactWeight, s.cost(two), 1e-12);
        assertEquals(0.3 * 4 / 4_000, s.compactWeight, 1e-6, "four borders among 0 1 3 4");
    }

    /** Polygons: the contact of an edge is its border; points: 10⁶ / distance, so 1 km apart weighs 1,000 m. */
    @Test
    void contactIsTheBorderForPolygonsAndTheInverseDistanceForPoints() {
        AdjacencyGraph g = RuleFixture.GRAPH;
        Scorer polygons = scorer(ClusterType.COMPLEMENTARY, null, "all");
        for (int i = 0; i < g.size(); i++) {
            for (int k = 0; k < g.degree(i); k++) {
                assertEquals(g.borderMeters(i, k), polygons.contact(i, k), 0.0);
            }
        }
        List<Village> points = SyntheticVillages.asPoints(RuleFixture.VILLAGES);
        AdjacencyGraph pg = AdjacencyGraph.of(points);
        boolean[] all = ObjectiveFixture.active("all");
        Scorer s = new Scorer(ClusterType.COMPLEMENTARY, points, pg, Assumptions.DEFAULTS, null, all);
        int v0 = pg.indexOf("G0000");
        for (int k = 0; k < pg.degree(v0); k++) {
            String other = pg.code(pg.neighbour(v0, k));
            double expected = other.equals("G0004") ? 1e6 / (1000 * Math.sqrt(2)) : 1000;
            assertEquals(expected, s.contact(v0, k), 2.0, "G0000–" + other);
        }
    }

    /**
     * A candidate move is scored on scratch figures that carry only what the objective reads: tags for
     * COMPLEMENTARY, strengths for STRONG_HELPS_WEAK. Here they must be carried.
     */
    @Test
    void moveAndSwapDeltasCountTheTagsOfComplementaryClusters() {
        Scorer s = scorer(ClusterType.COMPLEMENTARY, null, "all");
        Partition p = partition(s, "0 1 4 / 2 5");
        // 0 1 4: tea, tidal_flat (−2); 2 5: scenic, tea (−2). 4 moves: 0 1 tea only (2); 2 5 4 three tags (−3).
        double move = p.moveDelta(4, p.label[2]);
        assertEquals(3, p.lastPrimaryDelta, 1e-12);
        assertEquals(3, move, 1e-3, "compactness: 1.2 m of border more, times 3.75e-4");
        // 1 (tea) for 2 (scenic): 0 2 4 has three tags (−3), 1 5 tea only (2).
        p.swapDelta(1, 2);
        assertEquals(3, p.lastPrimaryDelta, 1e-12);
    }

    @Test
    void moveDeltaCountsTheStrengthsOfStrongHelpsWeakClusters() {
        Scorer s = scorer(ClusterType.STRONG_HELPS_WEAK, null, "0 1 3 4");
        Partition p = partition(s, "0 1 / 3 4");
        // before 0 1 costs 2 and 3 4 costs 1.3; 4 joins 0 1: Σz = 0, strong and weak (0); 3 alone (0).
        p.moveDelta(4, p.label[0]);
        assertEquals(-3.3, p.lastPrimaryDelta, 1e-12);
        assertEquals(3.3, p.totalPrimary(), 1e-12);
    }
}
