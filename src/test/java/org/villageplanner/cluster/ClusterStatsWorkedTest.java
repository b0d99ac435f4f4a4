package org.villageplanner.cluster;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.villageplanner.cluster.ObjectiveFixture.scorer;
import static org.villageplanner.cluster.ObjectiveFixture.stats;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.villageplanner.domain.ClusterType;

/**
 * {@link ClusterStats}' running sums on {@link ObjectiveFixture}'s grid: strengths S 0, M 1 2 3 6, W 4 5 7 8;
 * tags tea 0 1 5 (index 0), scenic 2 (1), tidal_flat 4 (2).
 */
class ClusterStatsWorkedTest {
    private static final Scorer TAGS = scorer(ClusterType.COMPLEMENTARY, null, "all");

    /**
     * Each row: villages added (+) and removed (−) in turn, then size, strong / medium / weak members, the count
     * of each tag and the distinct tags.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # changes           | size | strong | medium | weak | tea scenic tidal | distinct
            +0                  | 1    | 1      | 0      | 0    | 1 0 0            | 1
            +0 +1 +2            | 3    | 1      | 2      | 0    | 2 1 0            | 2
            +0 +1 +2 +4         | 4    | 1      | 2      | 1    | 2 1 1            | 3
            +0 +1 +2 +4 -0      | 3    | 0      | 2      | 1    | 1 1 1            | 3
            +0 +1 +2 +4 -0 -1   | 2    | 0      | 1      | 1    | 0 1 1            | 2
            +0 +1 +2 +4 -0 -1 -2 | 1   | 0      | 0      | 1    | 0 0 1            | 1
            +4 +7 +8 +5         | 4    | 0      | 0      | 4    | 1 0 1            | 2
            +3 +6 -3            | 1    | 0      | 1      | 0    | 0 0 0            | 0
            """)
    void addAndRemoveKeepTheCountsOfStrengthsAndTags(String changes, int size, int strong, int medium, int weak,
                                                     String tagCounts, int distinct) {
        ClusterStats s = TAGS.empty();
        for (String c : changes.trim().split("\\s+")) {
            int v = Integer.parseInt(c.substring(1));
            if (c.charAt(0) == '+') {
                s.add(TAGS, v);
            } else {
                s.remove(TAGS, v);
            }
        }
        assertEquals(size, s.size);
        assertEquals(List.of(strong, medium, weak), List.of(s.strong, s.medium, s.weak), "strong, medium, weak");
        assertArrayEquals(ints(tagCounts), s.tagCount);
        assertEquals(distinct, s.distinctTags);
    }

    /**
     * Population of 0 1 3 4 standardised: z = −2, −1, 1, 2 over √2.5. Villages 0 and 1: Σz = −3/√2.5,
     * Σz² = 5/2.5 = 2, sum of squares 2 − (9/2.5)/2 = 0.2; without 0: z = −1/√2.5 alone, Σz² = 0.4, none.
     */
    @Test
    void featureSumsGiveTheWithinClusterSumOfSquares() {
        Scorer s = scorer(ClusterType.RESOURCE_POOLING, List.of("population"), "0 1 3 4");
        ClusterStats two = stats(s, "0 1");
        assertEquals(-3 / Math.sqrt(2.5), two.sum[0], 1e-12);
        assertEquals(2.0, two.sumSq, 1e-12);
        assertEquals(0.2, two.ssd(), 1e-12);
        two.remove(s, 0);
        assertEquals(1, two.size);
        assertEquals(-1 / Math.sqrt(2.5), two.sum[0], 1e-12);
        assertEquals(0.4, two.sumSq, 1e-12);
        assertEquals(0.0, two.ssd(), 1e-12);
    }

    /** 0 1 (strong, medium; tea twice) merged with 2 5 (medium, weak; scenic, tea): tea 3, scenic 1, tidal_flat 0. */
    @Test
    void mergingAddsEveryFigureAndCountsOnlyNewTags() {
        ClusterStats merged = stats(TAGS, "0 1");
        merged.internalContact = 1_000;
        merged.addAll(stats(TAGS, "2 5"));
        assertEquals(4, merged.size);
        assertEquals(List.of(1, 2, 1), List.of(merged.strong, merged.medium, merged.weak));
        assertArrayEquals(new int[] {3, 1, 0}, merged.tagCount);
        assertEquals(2, merged.distinctTags, "scenic is new, tea is not, tidal_flat is in neither");
        assertEquals(1_000, merged.internalContact, 0.0, "contact is the caller's to add");
        assertSameFigures(stats(TAGS, "0 1 2 5"), merged);
        ClusterStats other = stats(TAGS, "2 5");
        other.addAll(stats(TAGS, "0 1"));
        assertEquals(List.of(1, 2, 1), List.of(other.strong, other.medium, other.weak), "the other way round");
        assertEquals(2, other.distinctTags, "tea is not new this way either");
        assertSameFigures(merged, other);
        Scorer s = scorer(ClusterType.RESOURCE_POOLING, List.of("population"), "0 1 3 4");
        ClusterStats pair = stats(s, "0 1");
        pair.addAll(stats(s, "3 4"));
        assertEquals(4.0, pair.ssd(), 1e-12, "all four: Σz² = 4");
    }

    @Test
    void copiesCarryEveryFigureAndAreIndependent() {
        ClusterStats original = stats(TAGS, "0 1 2 4");
        original.internalContact = 3_000;
        ClusterStats copy = original.copy();
        assertSameFigures(original, copy);
        assertEquals(3_000, copy.internalContact, 0.0);
        ClusterStats scratch = TAGS.empty().copyScoredFrom(TAGS, original);
        assertSameFigures(original, scratch);
        copy.remove(TAGS, 0);
        assertEquals(4, original.size);
        assertArrayEquals(new int[] {2, 1, 1}, original.tagCount);
        assertArrayEquals(new int[] {1, 1, 1}, copy.tagCount);
        // a scratch copy for a COMPLEMENTARY candidate counts tags exactly as the cluster would
        scratch.scoredChange(TAGS, 1, -1);
        scratch.scoredChange(TAGS, 0, -1);
        assertEquals(2, scratch.distinctTags, "scenic and tidal_flat left");
        assertEquals(-2, TAGS.primary(scratch), 1e-12);
    }

    private static void assertSameFigures(ClusterStats want, ClusterStats got) {
        assertEquals(want.size, got.size);
        assertArrayEquals(want.sum, got.sum, 1e-12);
        assertEquals(want.sumSq, got.sumSq, 1e-12);
        assertEquals(List.of(want.strong, want.medium, want.weak), List.of(got.strong, got.medium, got.weak));
        assertArrayEquals(want.tagCount, got.tagCount);
        assertEquals(want.distinctTags, got.distinctTags);
    }

    private static int[] ints(String text) {
        return ObjectiveFixture.numbers(text).stream().mapToInt(Integer::intValue).toArray();
    }
}
