package org.villageplanner.finance;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * {@link Fen#apportion} (the Monte Carlo's fast path, and through {@link Fen#largestRemainder} every other rounding
 * of money) against largest remainder written out plainly: floors, then the missing units one each in order of
 * remainder (largest first, earlier index on a tie), round after round; floors above the target give units back
 * from the largest amounts.
 */
class FenApportionTest {
    @Test
    void sameUnitsAsLargestRemainderWrittenOut() {
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
            long[] want = writtenOut(exact, target);
            long[] got = new long[n];
            Fen.apportion(exact.clone(), n, target, got, new boolean[n]);
            assertArrayEquals(want, got, "trial " + trial);
            double[] kept = exact.clone();
            assertArrayEquals(want, Fen.largestRemainder(exact, target), "trial " + trial);
            assertArrayEquals(kept, exact, "largestRemainder leaves its input as it was");
        }
    }

    @Test
    void floorsAboveTheTargetGiveBackFromTheLargestAmountFirstEarlierOnATie() {
        assertArrayEquals(new long[] {4, 2, 5}, Fen.largestRemainder(new double[] {5, 2, 5}, 11));
        assertArrayEquals(new long[] {3, 2, 4}, Fen.largestRemainder(new double[] {5, 2, 5}, 9));
        assertArrayEquals(new long[] {0, 0}, Fen.largestRemainder(new double[] {0, 0}, -1), "nothing to take back");
    }

    @Test
    void moreUnitsMissingThanSlotsGoRoundAgainInTheSameOrder() {
        // remainders 0.2, 0.7, 0.5: the order is 1, 2, 0; 7 missing = two full rounds and slot 1 once more.
        assertArrayEquals(new long[] {2, 3, 2}, Fen.largestRemainder(new double[] {0.2, 0.7, 0.5}, 8 - 1));
        long[] out = Fen.largestRemainder(new double[] {0.2, 0.7, 0.5}, 1);
        assertArrayEquals(new long[] {0, 1, 0}, out);
        assertEquals(1, out[0] + out[1] + out[2]);
    }

    @Test
    void theScratchOfAnEarlierCallDoesNotChangeTheResult() {
        // 7 missing over 3 slots takes the round-robin path, which marks slots in `used`; the Monte Carlo hands the
        // same scratch to every call, so a call must start from a clean slate.
        boolean[] dirty = {true, true, false};
        long[] out = new long[3];
        Fen.apportion(new double[] {0.2, 0.7, 0.5}, 3, 7, out, dirty);
        assertArrayEquals(new long[] {2, 3, 2}, out);
    }

    @Test
    void withNoSlotsThereIsNothingToHandOut() {
        // A cluster without parties: the units have nowhere to go, and the rounding must still end.
        assertArrayEquals(new long[0], Fen.largestRemainder(new double[0], 5));
        long[] out = new long[0];
        Fen.apportion(new double[0], 0, 3, out, new boolean[0]);
        assertEquals(0, out.length);
    }

    /** Largest remainder as MODEL.md describes it, with no shortcut. */
    private static long[] writtenOut(double[] exact, long target) {
        int n = exact.length;
        long[] out = new long[n];
        long sum = 0;
        for (int i = 0; i < n; i++) {
            out[i] = (long) Math.floor(Math.max(0, exact[i]));
            sum += out[i];
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            order.add(i);
        }
        order.sort((a, b) -> Double.compare(rem(exact[b]), rem(exact[a]))); // stable: earlier index on a tie
        for (int k = 0; sum < target; k = (k + 1) % n) {
            out[order.get(k)]++;
            sum++;
        }
        while (sum > target) {
            int largest = -1;
            for (int i = 0; i < n; i++) {
                if (out[i] > 0 && (largest < 0 || out[i] > out[largest])) {
                    largest = i;
                }
            }
            if (largest < 0) {
                break;
            }
            out[largest]--;
            sum--;
        }
        return out;
    }

    private static double rem(double e) {
        double x = Math.max(0, e);
        return x - Math.floor(x);
    }
}
