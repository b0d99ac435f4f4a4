package org.villageplanner.finance;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class NearSortTest {
    @Test
    void sortsLikeArraysSortWhateverTheValues() {
        SplittableRandom rnd = new SplittableRandom(3);
        NearSort sorter = new NearSort(400);
        for (int trial = 0; trial < 3000; trial++) {
            int n = rnd.nextInt(0, 400);
            double[] x = new double[n];
            int kind = trial % 5;
            for (int i = 0; i < n; i++) {
                x[i] = switch (kind) {
                    case 0 -> Math.exp(rnd.nextDouble(Math.log(1e5), Math.log(2e7))); // incomes, log-spread
                    case 1 -> rnd.nextDouble(-1e6, 1e6); // negatives: the fallback
                    case 2 -> 1000 + rnd.nextInt(0, 5); // many ties
                    case 3 -> 42.0; // all equal
                    default -> i * 10.0 + rnd.nextDouble(-40, 40); // nearly sorted, as a hinted year
                };
            }
            if (kind == 0 && n > 1) {
                x[rnd.nextInt(n)] = Double.MIN_VALUE; // the smallest positive double widens the bit range
            }
            double[] want = x.clone();
            Arrays.sort(want);
            sorter.sort(x, n);
            assertArrayEquals(want, x, "trial " + trial);
        }
    }
}
