package org.villageplanner.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.villageplanner.domain.Assumptions;
import org.villageplanner.domain.Cluster;
import org.villageplanner.domain.ClusterType;
import org.villageplanner.domain.Village;

/**
 * {@link PlanEvaluator}'s figures worked by hand on {@link RuleFixture}'s grid (villages G0000–G0008 are written
 * by their number, 0–8; every border of the grid is 1,000 m give or take 1.3 m of projection). Operating incomes
 * (thousand yuan): 0: 3,000, 1: 300, 2: 1,000, 3: 200, 4: 2,500, 5: 100, 6: 900, 7: 400, 8: 250; population
 * 1,000 + number; total income 1.8 × operating; weak (below 500,000) 1, 3, 5, 7, 8.
 */
class PlanEvaluatorWorkedTest {
    private static final Assumptions A = Assumptions.DEFAULTS;

    /**
     * Each row: the objective of a plan over a universe ("all": null). Clusters are separated by "/"; villages of
     * the universe in no cluster are clusters of one.
     * <ul>
     * <li>income_spread over 0 1 3 4 (mean 1,500): clusters 0 1 and 3 4 average 1,650 and 1,350, so
     *     √(4 · 150² / 4) / 1,500 = 0.1; members outside the universe (2, 7 8) and a member already taken (1 in
     *     the second cluster) change nothing; with only 0 1 clustered, 3 and 4 stay on their own:
     *     √((2 · 150² + 1,300² + 1,000²) / 4) / 1,500 = √683,750 / 1,500; with none clustered
     *     √((1,500² + 1,200² + 1,300² + 1,000²) / 4) / 1,500 = √1,595,000 / 1,500.</li>
     * <li>ssd of population over 0 1 3 4 (1,000, 1,001, 1,003, 1,004: mean 1,002, variance 2.5, so z = d / √2.5
     *     for d = −2, −1, 1, 2): a pair whose deviations differ by 1 has (1² / 2) / 2.5 = 0.2, by 3 has
     *     (3² / 2) / 2.5 = 1.8; all four together Σz² = 4; villages on their own add 0.</li>
     * <li>resource categories per cluster (clusters of one not counted): 0 1 2 has tea and scenic (2), 3 4 has
     *     tidal_flat (1), 5 8 has tea (1).</li>
     * </ul>
     */
    @ParameterizedTest(name = "{0} over {1}: {2} → {3}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # type            | universe | clusters            | objective
            STRONG_HELPS_WEAK | 0 1 3 4  | 0 1 / 3 4           | 0.1
            STRONG_HELPS_WEAK | 0 1 3 4  | 0 1 2 / 1 3 4 / 7 8 | 0.1
            STRONG_HELPS_WEAK | 0 1 3 4  | 0 1                 | 0.5512611803
            STRONG_HELPS_WEAK | 0 1 3 4  | -                   | 0.8419553960
            STRONG_HELPS_WEAK | 0 1 3 4  | 0 1 3 4             | 0
            RESOURCE_POOLING  | 0 1 3 4  | 0 1 / 3 4           | 0.4
            RESOURCE_POOLING  | 0 1 3 4  | 0 1                 | 0.2
            RESOURCE_POOLING  | 0 1 3 4  | 0 3 / 1 4           | 3.6
            RESOURCE_POOLING  | 0 1 3 4  | 0 1 3 4             | 4
            RESOURCE_POOLING  | 0 1 3 4  | -                   | 0
            COMPLEMENTARY     | all      | 0 1 2 / 3 4         | 1.5
            COMPLEMENTARY     | all      | 0 1 2 / 3 4 / 5 8   | 1.3333333333
            COMPLEMENTARY     | all      | -                   | 0
            """)
    void objectiveOfAPlanWorkedByHand(ClusterType type, String universe, String clusters, double expected) {
        Evaluation e = evaluate(type, List.of("population"), plan(clusters), universe(universe));
        assertEquals(expected, e.objective().value(), 1e-9);
        assertEquals(type == ClusterType.COMPLEMENTARY, !e.objective().lowerIsBetter());
        String name = switch (type) {
            case STRONG_HELPS_WEAK -> "income_spread";
            case COMPLEMENTARY -> "resource_categories_per_cluster";
            default -> "ssd";
        };
        assertEquals(name, e.objective().name());
    }

    @Test
    void incomeSpreadIsZeroWhenNoVillageEarnsAnything() {
        List<Village> broke = RuleFixture.VILLAGES.stream().map(v -> v.withIncomes(0, 0)).toList();
        Evaluation e = PlanEvaluator.evaluate(ClusterType.STRONG_HELPS_WEAK, broke, RuleFixture.GRAPH, A, null,
                plan("0 1 / 3 4"), null);
        assertEquals(0.0, e.objective().value());
        Evaluation none = evaluate(ClusterType.STRONG_HELPS_WEAK, null, plan("0 1"), Set.of());
        assertEquals(0.0, none.objective().value());
        assertEquals(0, none.unassigned());
        assertTrue(none.figures().isEmpty());
    }

    /** Figures of each cluster: members, population, incomes and weak members summed; the border inside. */
    @Test
    void figuresOfEachClusterSumItsMembers() {
        Evaluation e = evaluate(ClusterType.RESOURCE_POOLING, null, plan("0 1 2 / 4 5"), null);
        assertEquals(2, e.figures().size());
        ClusterProfile row = e.figures().get(0);
        assertEquals("k1", row.id());
        assertEquals("片区1", row.name());
        assertEquals(3, row.villages());
        assertEquals(1000 + 1001 + 1002, row.population());
        assertEquals(4_300_000, row.operatingIncome(), 1e-6);
        assertEquals(7_740_000, row.totalIncome(), 1e-6);
        assertEquals(1, row.weakMembers(), "only 1 is weak; 0 is strong and 2 medium");
        assertEquals(2.0, row.sharedBorderKm(), 0.003, "borders 0–1 and 1–2");
        ClusterProfile second = e.figures().get(1);
        assertEquals(2, second.villages());
        assertEquals(1004 + 1005, second.population());
        assertEquals(2_600_000, second.operatingIncome(), 1e-6);
        assertEquals(1, second.weakMembers());
        assertEquals(1.0, second.sharedBorderKm(), 0.002);
        assertEquals(3.0, e.sharedBorderKm(), 0.005);
        assertEquals(4, e.unassigned(), "3, 6, 7 and 8");
    }

    /** Members outside the universe, and a member already counted in an earlier cluster, are left out. */
    @Test
    void figuresLeaveOutMembersOutsideTheUniverseAndRepeatedMembers() {
        Evaluation e = evaluate(ClusterType.STRONG_HELPS_WEAK, null, plan("0 1 2 / 1 3 4 / 7 8"),
                universe("0 1 3 4"));
        assertEquals(List.of("k1", "k2"), e.figures().stream().map(ClusterProfile::id).toList(),
                "7 8 lies wholly outside the universe");
        assertEquals(List.of(2, 2), e.figures().stream().map(ClusterProfile::villages).toList());
        assertEquals(List.of(2001L, 2007L), e.figures().stream().map(ClusterProfile::population).toList());
        assertEquals(3_300_000, e.figures().get(0).operatingIncome(), 1e-6);
        assertEquals(2_700_000, e.figures().get(1).operatingIncome(), 1e-6);
        assertEquals(1, e.figures().get(1).weakMembers(), "3 is weak, 4 strong");
        assertEquals(0, e.unassigned());
        assertEquals(4, evaluate(ClusterType.STRONG_HELPS_WEAK, null, plan("7 8"), universe("0 1 3 4"))
                .unassigned());
    }

    /**
     * The class Javadoc: "members outside the universe are ignored", the shared border too: cluster 0 1 2 judged over
     * 0 1 3 4 has one member pair in the universe (0–1, 1 km), not 2 km with 1–2 (it was, until the seventh session).
     * A suggestion with a scope compares its clusters with the planner's by this figure.
     */
    @Test
    void sharedBorderLeavesOutMembersOutsideTheUniverse() {
        Evaluation e = evaluate(ClusterType.STRONG_HELPS_WEAK, null, plan("0 1 2"), universe("0 1 3 4"));
        assertEquals(1.0, e.figures().get(0).sharedBorderKm(), 0.002);
        assertEquals(1.0, e.sharedBorderKm(), 0.002);
    }

    /** Each row: members (a code not on the map is skipped) and the number of 1-km borders among them. */
    @ParameterizedTest(name = "{0} → {1} borders")
    @CsvSource(delimiter = '|', textBlock = """
            G0000 G0001 G0002       | 2
            G0002 G0001 G0000       | 2
            G0000 G0004             | 0
            G0000 G0001 G0003 G0004 | 4
            G0004                   | 0
            G0001 X9999 G0000       | 1
            """)
    void internalBorderCountsEachPairOfNeighboursOnce(String members, int borders) {
        double metres = PlanEvaluator.internalBorderMeters(Arrays.asList(members.split(" ")), RuleFixture.GRAPH);
        assertEquals(borders * 1000.0, metres, 1.5 * borders);
        assertFalse(Double.isNaN(metres));
    }

    private static Evaluation evaluate(ClusterType type, List<String> attributes, List<Cluster> clusters,
                                       Set<String> universe) {
        return PlanEvaluator.evaluate(type, RuleFixture.VILLAGES, RuleFixture.GRAPH, A, attributes, clusters,
                universe);
    }

    /** "0 1 2 / 3 4" → clusters k1 = G0000 G0001 G0002 and k2 = G0003 G0004; null → none. */
    static List<Cluster> plan(String clusters) {
        List<Cluster> out = new ArrayList<>();
        if (clusters == null) {
            return out;
        }
        for (String group : clusters.split("/")) {
            List<String> codes = codes(group);
            int k = out.size() + 1;
            out.add(Cluster.of("k" + k, "片区" + k, ClusterType.STRONG_HELPS_WEAK, codes.get(0), codes));
        }
        return out;
    }

    /** "0 1 3" → G0000 G0001 G0003; "all" → null. */
    static Set<String> universe(String numbers) {
        return "all".equals(numbers) ? null : new HashSet<>(codes(numbers));
    }

    static List<String> codes(String numbers) {
        return Arrays.stream(numbers.trim().split("\\s+")).map(n -> String.format("G%04d", Integer.parseInt(n)))
                .toList();
    }
}
