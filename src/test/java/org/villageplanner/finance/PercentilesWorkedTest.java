package org.villageplanner.finance;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The P10/P50/P90 of MODEL.md §6 ("type 7": P_q = x_(h) interpolated at h = (n − 1)·q over the sorted values) worked
 * by hand on shuffled arithmetic series, so that every figure is known without sorting: for the values 1..n,
 * P_q = 1 + (n − 1)·q. The Monte Carlo keeps one {@link Percentiles.Scratch} per thread and reuses it for every
 * village and indicator; the cases below reuse one too, on arrays of different sizes, signs and ranges.
 */
class PercentilesWorkedTest {
    private static final double[] BANDS = {0.1, 0.5, 0.9};

    /** a + step·i for i = 0..n−1, shuffled with a fixed seed. */
    private static double[] series(int n, double a, double step, long seed) {
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = a + step * i;
        }
        SplittableRandom rnd = new SplittableRandom(seed);
        for (int i = n - 1; i > 0; i--) {
            int j = rnd.nextInt(i + 1);
            double t = x[i];
            x[i] = x[j];
            x[j] = t;
        }
        return x;
    }

    private static double[] percentiles(double[] x, double[] qs, Percentiles.Scratch s) {
        double[] out = new double[qs.length];
        Percentiles.of(x, x.length, qs, out, s);
        return out;
    }

    @Test
    void oneScratchServesArraysOfEverySizeAndSign() {
        Percentiles.Scratch s = new Percentiles.Scratch(5000);
        // 1..2000: h = 1999·q → P10 = 200.9, P50 = 1000.5, P90 = 1800.1.
        assertArrayEquals(new double[] {200.9, 1000.5, 1800.1}, percentiles(series(2000, 1, 1, 1), BANDS, s), 1e-9);
        // Other percentiles, fewer ranks: 1..2001, h = 2000·q falls on a value → P10 = 201, P20 = 401, P30 = 601.
        assertArrayEquals(new double[] {201, 401, 601}, percentiles(series(2001, 1, 1, 7), new double[] {0.1, 0.2, 0.3},
                s), 1e-9);
        // −2000..−1 (e.g. a loss in every run): P_q = −2000 + 1999·q → −1800.1, −1000.5, −200.9.
        assertArrayEquals(new double[] {-1800.1, -1000.5, -200.9}, percentiles(series(2000, -2000, 1, 2), BANDS, s),
                1e-9);
        // 5,000 incomes 300,000 + 100·i: h = 4999·q → 349,990, 549,950 and 749,910 yuan.
        assertArrayEquals(new double[] {349_990, 549_950, 749_910},
                percentiles(series(5000, 300_000, 100, 3), BANDS, s), 1e-6);
        // 1,024 values −511.5, −510.5, …, 511.5 around zero: h = 1023·q → −409.2, 0 and 409.2.
        assertArrayEquals(new double[] {-409.2, 0, 409.2}, percentiles(series(1024, -511.5, 1, 4), BANDS, s), 1e-9);
        // Every run gives the same figure: every percentile is that figure.
        double[] same = new double[3000];
        java.util.Arrays.fill(same, 123_456.78);
        assertArrayEquals(new double[] {123_456.78, 123_456.78, 123_456.78}, percentiles(same, BANDS, s), 0.0);
        // And the first array once more, after all the others.
        assertArrayEquals(new double[] {200.9, 1000.5, 1800.1}, percentiles(series(2000, 1, 1, 5), BANDS, s), 1e-9);
    }

    @Test
    void manyPercentilesAtOnce() {
        // Eleven at once, nine of them between two values (20 ranks, more than the bucketed path's sixteen hold):
        // 1..2000, h = 1999·q → 1 + 1999·q.
        double[] qs = {0, 0.05, 0.1, 0.2, 0.3, 0.5, 0.7, 0.8, 0.9, 0.95, 1};
        double[] expected = new double[qs.length];
        for (int i = 0; i < qs.length; i++) {
            expected[i] = 1 + 1999 * qs[i];
        }
        assertArrayEquals(expected, percentiles(series(2000, 1, 1, 6), qs, new Percentiles.Scratch(2000)), 1e-9);
    }

    @Test
    void withNoValuesEveryPercentileIsUndefined() {
        double[] out = {1, 2, 3};
        Percentiles.of(new double[0], 0, BANDS, out);
        for (double v : out) {
            assertTrue(Double.isNaN(v), "NaN, not " + v);
        }
    }
}
