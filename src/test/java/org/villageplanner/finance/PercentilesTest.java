package org.villageplanner.finance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PercentilesTest {
    @ParameterizedTest(name = "n = {0}, distinct values = {1}")
    @CsvSource(textBlock = """
            1, 1
            2, 2
            7, 3
            601, 601
            5000, 5000
            10000, 17
            20001, 20001
            10000, 1
            10000, 2
            4096, 4096
            1024, 1024
            3000, 2999
            """)
    void selectionGivesTheSameQuantilesAsSorting(int n, int distinct) {
        SplittableRandom rnd = new SplittableRandom(n);
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = rnd.nextInt(distinct) * 1.5 + (distinct == n ? rnd.nextDouble() : 0);
        }
        double[] sorted = x.clone();
        Arrays.sort(sorted);
        check(x, sorted, new double[] {0.1, 0.5, 0.9});
        check(x, sorted, new double[] {0, 0.01, 0.25, 0.75, 0.999, 1});
    }

    @Test
    void heavyTailsAndHugeRangesStillGiveExactQuantiles() {
        SplittableRandom rnd = new SplittableRandom(3);
        double[] x = new double[5000];
        for (int i = 0; i < x.length; i++) {
            x[i] = Math.exp(rnd.nextGaussian() * 3);
        }
        x[17] = 1e300;
        x[18] = -1e300;
        double[] sorted = x.clone();
        Arrays.sort(sorted);
        check(x, sorted, new double[] {0.1, 0.5, 0.9});
        double[] extreme = {-Double.MAX_VALUE, Double.MAX_VALUE};
        double[] big = new double[2000];
        for (int i = 0; i < big.length; i++) {
            big[i] = extreme[i % 2] * rnd.nextDouble();
        }
        double[] bigSorted = big.clone();
        Arrays.sort(bigSorted);
        check(big, bigSorted, new double[] {0.1, 0.5, 0.9});
    }

    private static void check(double[] x, double[] sorted, double[] qs) {
        int n = x.length;
        double[] out = new double[qs.length];
        Percentiles.of(x.clone(), n, qs, out);
        for (int q = 0; q < qs.length; q++) {
            double h = (n - 1) * qs[q];
            int k = (int) Math.floor(h);
            double expected = k + 1 < n ? sorted[k] + (h - k) * (sorted[k + 1] - sorted[k]) : sorted[k];
            assertEquals(expected, out[q], 1e-9, "q " + qs[q]);
        }
    }
}
