package org.villageplanner.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.villageplanner.cluster.ObjectiveFixture.clusters;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.villageplanner.domain.Village;

/**
 * {@link Resplit#withNeighbour} on a row of 1-km squares 0, 1, 2, … (west to east), RESOURCE_POOLING on population,
 * no resource tags: a cluster fits a type when it has a strong or medium village (S, M) and a weak one (W), or one
 * village. Every border is 1 km and each redrawing below keeps the number of borders inside clusters, so compactness
 * decides nothing.
 */
class ResplitWorkedTest {
    /**
     * Each row: populations, strengths, clusters before (the first, named by {@code c}'s first village, fits no
     * type), sizes allowed, whether it was fixed and the clusters after.
     * <ul>
     * <li>2 3 (W W) has two neighbours, 0 1 (S W) and 4 5 (W M). With 0 1 the only split where both fit is 0 1 2 | 3
     *     (populations 30 30 0 | 100: sums of squares 600 + 0, against 5,000 + 0 for 2 3 and 0 1 before: −4,400);
     *     with 4 5 it is 2 | 3 4 5 (0 | 100 0 200: 0 + 20,000, against 5,000 + 20,000: −5,000). The larger fall
     *     wins, although its clusters cost more; also when it is the first neighbour tried (the same row mirrored).</li>
     * <li>0 1 2 (W W W) next to 3 4 5 (M W W) only: no split of the six fits on both sides within 2–4, so 0 1 2 takes 3
     *     (0 1 2 3 fits, 4 5 does not) and 4 5 is fixed with 6 7 8 (M W M): 4 5 6 | 7 8. When 6 7 8 is M W W, 4 5 6 | 7 8
     *     leaves 7 8 without a type: nothing is fixed and 3 goes back.</li>
     * <li>2 3 (W W) next to 4 5 (W M), 0 and 1 in no cluster: 2 3 5 | 4 would cost nothing (populations 50 50 50 | 0)
     *     but 5 does not touch 2 3; the split taken is 2 | 3 4 5 (sum of squares 1,666.7).</li>
     * </ul>
     */
    @ParameterizedTest(name = "{2}, sizes {3}–{4} → {6}")
    @CsvSource(delimiter = '|', textBlock = """
            # populations          | strengths         | before                | min | max | fixed | after
            30 30 0 100 0 200      | S W W W W M       | 2 3 / 0 1 / 4 5       | 1   | 3   | true  | 0 1 / 2 / 3 4 5
            200 0 100 0 30 30      | M W W W W S       | 2 3 / 0 1 / 4 5       | 1   | 3   | true  | 0 1 2 / 3 / 4 5
            5 5 5 5 5 5 5 5 5      | W W W M W W M W M | 0 1 2 / 3 4 5 / 6 7 8 | 2   | 4   | true  | 0 1 2 3 / 4 5 6 / 7 8
            5 5 5 5 5 5 5 5 5      | W W W M W W M W W | 0 1 2 / 3 4 5 / 6 7 8 | 2   | 4   | false | 0 1 2 / 3 4 5 / 6 7 8
            50 50 50 50 0 50       | W W W W W M       | 2 3 / 4 5             | 1   | 3   | true  | 2 / 3 4 5
            """)
    void redrawsTheLineWithTheNeighbourWhoseSplitCostsLeast(String populations, String strengths, String before,
                                                            int min, int max, boolean fixed, String after) {
        Partition p = ObjectiveFixture.pooling(row(populations, strengths), before);
        int c = p.label[ObjectiveFixture.numbers(before.split("/")[0]).get(0)];
        assertEquals(fixed, Resplit.withNeighbour(p, new SizeBounds(min, max), c));
        assertEquals(after, clusters(p));
        ObjectiveFixture.assertRunningCostAsIfBuiltAtOnce(p);
    }

    /**
     * Two rows of three (0 1 2 below, 3 4 5 above), equal populations: only compactness counts. 0 3 (W W) fits no
     * type; its neighbour 1 2 4 5 (W W M S, 4 medium, 5 strong) does. Of the splits where both fit, 0 1 3 4 | 2 5
     * keeps five borders inside clusters, 0 3 4 | 1 2 5 and 0 1 2 5 | 3 4 four: the first is taken.
     */
    @Test
    void amongSplitsThatFitTheMostCompactIsTaken() {
        List<Village> vs = ObjectiveFixture.grid(2, 3, i -> i == 4 ? 1_000_000 : i == 5 ? 3_000_000 : 100_000);
        Partition p = ObjectiveFixture.pooling(vs, "0 3 / 1 2 4 5");
        assertEquals(true, Resplit.withNeighbour(p, new SizeBounds(2, 4), p.label[0]));
        assertEquals("0 1 3 4 / 2 5", clusters(p));
        ObjectiveFixture.assertRunningCostAsIfBuiltAtOnce(p);
    }

    /**
     * Two rows of seven, 14 villages: as many as a redrawing enumerates. The row above (all weak) fits no type; the row
     * below has a strong village at one end and a medium one at the other. Some split of the 14 fits on both sides
     * (for instance the row above with 0, and 1–6), and one is made: two clusters that both fit.
     */
    @Test
    void fourteenVillagesAreStillRedrawn() {
        List<Village> vs = ObjectiveFixture.grid(2, 7, i -> i == 0 ? 3_000_000 : i == 6 ? 1_000_000 : 100_000);
        Partition p = ObjectiveFixture.pooling(vs, "7 8 9 10 11 12 13 / 0 1 2 3 4 5 6");
        assertEquals(true, Resplit.withNeighbour(p, new SizeBounds(2, 12), p.label[7]));
        assertEquals(2, p.liveCount());
        for (int c : p.clusters()) {
            assertEquals(true, TypeRepair.fits(p.stats.get(c)), "cluster " + p.members.get(c));
        }
    }

    /**
     * Under an exact count: 5 6 (W W) can only join 7 (M) to fit, which would lose a cluster, so another cluster is
     * split in two that fit. 4 and 8 are in no cluster, so 0 1 2 3 and 9 10 11 12 do not touch 5 6; each splits only
     * into halves (S W | M W, and M W | S W). Populations 0 0 10 10 fall from 100 to 0 + 0, populations 0 0 1 1 from
     * 1 to 0 + 0: the larger fall is taken, whichever cluster comes first, and its second half carries on under the
     * number of the cluster that joined.
     */
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            # populations             | after
            0 0 10 10 5 5 5 5 5 0 0 1 1 | 0 1 / 2 3 / 5 6 7 / 9 10 11 12
            0 0 1 1 5 5 5 5 5 0 0 10 10 | 0 1 2 3 / 5 6 7 / 9 10 / 11 12
            """)
    void aJoinUnderAnExactCountIsMadeUpByTheSplitThatLowersTheCostMost(String populations, String after) {
        List<Village> row = row(populations, "S W M W W W W M W M W S W");
        Partition p = ObjectiveFixture.pooling(row, "5 6 / 7 / 0 1 2 3 / 9 10 11 12");
        assertEquals(true, Resplit.joinAndSplitElsewhere(p, new SizeBounds(2, 4), p.label[5]));
        assertEquals(after, clusters(p));
        assertEquals(4, p.liveCount());
    }

    /**
     * The cluster joined is not the one split: 5 6 (W W) has one neighbour, 7 8 9 10 (M W S W, populations 0 0 10 10),
     * whose split would lower the cost most, but 5 6 must join it; 0 1 2 3 (S W M W, 0 0 1 1) is split instead.
     */
    @Test
    void theOnlyNeighbourIsJoinedNotSplit() {
        List<Village> row = row("0 0 1 1 5 5 5 0 0 10 10", "S W M W W W W M W S W");
        Partition p = ObjectiveFixture.pooling(row, "5 6 / 0 1 2 3 / 7 8 9 10");
        assertEquals(true, Resplit.joinAndSplitElsewhere(p, new SizeBounds(2, 6), p.label[5]));
        assertEquals("0 1 / 2 3 / 5 6 7 8 9 10", clusters(p));
    }

    /** A row of 1-km squares with these populations and strengths (S, M, W), no resource tags. */
    private static List<Village> row(String populations, String strengths) {
        int[] population = ObjectiveFixture.numbers(populations).stream().mapToInt(Integer::intValue).toArray();
        double[] squares = new double[population.length];
        Arrays.fill(squares, 1000);
        String[] strength = strengths.trim().split("\\s+");
        List<Village> out = new ArrayList<>();
        List<Village> plain = ObjectiveFixture.row(population, squares);
        for (int i = 0; i < plain.size(); i++) {
            double operating = switch (strength[i]) {
                case "S" -> 3_000_000;
                case "M" -> 1_000_000;
                default -> 100_000;
            };
            out.add(plain.get(i).withIncomes(operating * 1.8, operating));
        }
        return out;
    }
}
