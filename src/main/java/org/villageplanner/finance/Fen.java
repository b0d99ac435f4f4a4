package org.villageplanner.finance;

/**
 * Money in fen (0.01 yuan) and largest-remainder rounding, so that plan tables reconcile exactly.
 *
 * <p>All methods are allocation-free apart from {@link #largestRemainder(double[], long)}; the Monte Carlo
 * inner loop uses the in-place variant, {@link #apportion}, with caller-owned scratch arrays (one implementation
 * of the rounding: the first calls the second on a copy). Thread-safe (stateless).
 */
public final class Fen {
    private Fen() {
    }

    /** Yuan to whole fen, rounded half away from zero. */
    public static long of(double yuan) {
        return Math.round(yuan * 100.0);
    }

    public static double yuan(long fen) {
        return fen / 100.0;
    }

    /**
     * Rounds {@code exact} (already in target units) to whole numbers that add up to {@code target}, by largest
     * remainder: each gets ⌊exact[i]⌋ (a negative amount counts as 0), then the units still missing go one each to
     * the largest fractional parts (earlier index wins a tie), round after round. When the floors already exceed the
     * target (only possible through floating-point noise) units are taken back from the largest amounts, so no
     * result turns negative while any amount is positive. {@code exact} is left as it was.
     */
    public static long[] largestRemainder(double[] exact, long target) {
        long[] out = new long[exact.length];
        apportion(exact.clone(), exact.length, target, out, new boolean[exact.length]);
        return out;
    }

    /**
     * {@link #largestRemainder(double[], long)} in place, for the Monte Carlo inner loop: allocation-free with
     * caller-owned scratch ({@code used}: at least {@code n} booleans); each remainder is computed once (kept in
     * {@code exact}, which is overwritten), a target the floors already meet returns at once, and up to n missing
     * units (the usual case) go out in one branch-free pass.
     */
    static void apportion(double[] exact, int n, long target, long[] out, boolean[] used) {
        long sum = 0;
        for (int i = 0; i < n; i++) {
            double e = Math.max(0, exact[i]);
            double f = Math.floor(e);
            out[i] = (long) f;
            sum += out[i];
            exact[i] = e - f;
        }
        long missing = target - sum;
        if (missing == 0) {
            return;
        }
        if (missing < 0) {
            takeBack(out, n, missing);
            return;
        }
        if (missing <= n && n <= 8) {
            // As the loop below, each pair compared once: of slots i < j, j comes first only with a strictly larger
            // remainder. Eight bits per slot count the slots before it (at most 7).
            long before = 0;
            for (int i = 0; i < n; i++) {
                double r = exact[i];
                for (int j = i + 1; j < n; j++) {
                    long c = exact[j] > r ? 1 : 0;
                    before += (c << (8 * i)) + ((1 - c) << (8 * j));
                }
            }
            for (int i = 0; i < n; i++) {
                out[i] += ((before >>> (8 * i)) & 0xFF) < missing ? 1 : 0;
            }
            return;
        }
        if (missing <= n) {
            // One round hands out the units: slot i takes one when fewer than `missing` slots come before it
            // (a larger remainder, or an equal one at an earlier index) — the order the loop below would pick in,
            // without its data-dependent branches.
            for (int i = 0; i < n; i++) {
                double r = exact[i];
                int before = 0;
                for (int j = 0; j < n; j++) {
                    double q = exact[j];
                    before += q > r || (q == r && j < i) ? 1 : 0;
                }
                out[i] += before < missing ? 1 : 0;
            }
            return;
        }
        for (int i = 0; i < n; i++) {
            used[i] = false;
        }
        while (missing > 0 && n > 0) {
            int best = -1;
            double bestRem = -1;
            for (int i = 0; i < n; i++) {
                if (!used[i] && exact[i] > bestRem) {
                    bestRem = exact[i];
                    best = i;
                }
            }
            if (best < 0) { // every slot took one: start another round
                for (int i = 0; i < n; i++) {
                    used[i] = false;
                }
                continue;
            }
            used[best] = true;
            out[best]++;
            missing--;
        }
    }

    /** Takes −missing units back from the largest amounts (floors above the target through rounding noise). */
    private static void takeBack(long[] out, int n, long missing) {
        while (missing < 0) {
            int best = -1;
            for (int i = 0; i < n; i++) {
                if (out[i] > 0 && (best < 0 || out[i] > out[best])) {
                    best = i;
                }
            }
            if (best < 0) {
                break;
            }
            out[best]--;
            missing++;
        }
    }
}
