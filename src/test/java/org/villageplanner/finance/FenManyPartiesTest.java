package org.villageplanner.finance;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;

/**
 * Largest remainder (MODEL.md §1 and §2: shares and payouts rounded so that they add up exactly) for more than eight
 * parties, as a cluster with many members and outside parties has: {@code Fen} takes another path there than for eight
 * or fewer. Worked by hand: floors, then one unit each to the largest fractional parts, an earlier party winning a tie.
 */
class FenManyPartiesTest {
    @Test
    void tenPartiesInTheRatioOneToTenShareOneHundredFen() {
        // Exact: 100 × i / 55 for i = 1..10 = 1.818, 3.636, 5.455, 7.273, 9.091, 10.909, 12.727, 14.545, 16.364,
        // 18.182. Floors add to 95, so 5 fen are missing; the five largest fractions are .909 (party 6), .818 (1),
        // .727 (7), .636 (2) and .545 (8).
        double[] exact = new double[10];
        for (int i = 0; i < 10; i++) {
            exact[i] = 100.0 * (i + 1) / 55;
        }
        assertArrayEquals(new long[] {2, 4, 5, 7, 9, 11, 13, 15, 16, 18}, Fen.largestRemainder(exact, 100));
    }

    @Test
    void sevenFenAmongTenEqualPartiesGoToTheFirstSeven() {
        double[] exact = new double[10];
        java.util.Arrays.fill(exact, 0.7);
        assertArrayEquals(new long[] {1, 1, 1, 1, 1, 1, 1, 0, 0, 0}, Fen.largestRemainder(exact, 7));
    }

    @Test
    void twelvePartiesWithEveryFenMissingEachTakeOne() {
        // 12 fen among 12 parties of 0.5, 1.5, 0.5, 1.5, …: the floors 0, 1, 0, 1, … add to 6. Every remainder is a
        // half, so the 6 missing fen go to the first six parties, in order.
        double[] exact = new double[12];
        for (int i = 0; i < 12; i++) {
            exact[i] = i % 2 == 0 ? 0.5 : 1.5;
        }
        assertArrayEquals(new long[] {1, 2, 1, 2, 1, 2, 0, 1, 0, 1, 0, 1}, Fen.largestRemainder(exact, 12));
    }
}
