package org.villageplanner.finance;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** {@link Fen#apportion} (the Monte Carlo's fast path) gives what {@link Fen#largestRemainder} gives, every case. */
class FenApportionTest {
    @Test
    void sameUnitsAsLargestRemainder() {
        SplittableRandom rnd = new SplittableRandom(11);
        for (int trial = 0; trial < 200_000; trial++) {
            int n = rnd.nextInt(1, 7);
            double[] exact = new double[n];
            double sum = 0;
            for (int i = 0; i < n; i++) {
                exact[i] = switch (trial % 4) {
                    case 0 -> rnd.nextDouble(0, 1e7);
                    case 1 -> rnd.nextInt(0, 4) + (rnd.nextBoolean() ? 0.5 : 0.25); // ties of remainders
                    case 2 -> rnd.nextDouble(-3, 10); // negatives count as zero
                    default -> rnd.nextInt(0, 100); // whole numbers
                };
                sum += Math.max(0, exact[i]);
            }
            // Targets around the sum: the usual case (0..n missing), more than n missing, and floors above it.
            long target = Math.round(sum) + rnd.nextInt(-2, 3) + (trial % 7 == 0 ? n + rnd.nextInt(0, 3 * n) : 0);
            target = Math.max(0, target);
            long[] want = new long[n];
            Fen.largestRemainder(exact.clone(), n, target, want, new boolean[n]);
            long[] got = new long[n];
            Fen.apportion(exact.clone(), n, target, got, new boolean[n]);
            assertArrayEquals(want, got, "trial " + trial);
        }
    }
}
