package org.villageplanner.finance;

import java.util.Arrays;

/**
 * The scenario indicators of MODEL.md §5 for each year, over all villages of the project (also those in no
 * cluster). Undefined values are NaN here and null in results: Gini and CV when the mean is not positive,
 * max/min when the minimum is not positive, per-capita figures when no village has a known population.
 *
 * <p>Layout of {@code out}: {@code out[indicator.ordinal() * (N+1) + t]} for each {@link Indicator}. Stateless.
 */
public final class Indicators {
    // Positions in the flat per-run arrays of the engine (out[indicator * (N+1) + t]); outside this package an
    // indicator is an {@link Indicator}, never a position.
    static final int BELOW_TOTAL_TARGET = Indicator.BELOW_TOTAL_TARGET.ordinal();
    static final int BELOW_OPERATING_TARGET = Indicator.BELOW_OPERATING_TARGET.ordinal();
    static final int GINI = Indicator.GINI.ordinal();
    static final int MAX_MIN_RATIO = Indicator.MAX_MIN_RATIO.ordinal();
    static final int CV = Indicator.CV.ordinal();
    static final int GINI_PER_CAPITA = Indicator.GINI_PER_CAPITA.ordinal();
    static final int MAX_MIN_RATIO_PER_CAPITA = Indicator.MAX_MIN_RATIO_PER_CAPITA.ordinal();
    static final int CV_PER_CAPITA = Indicator.CV_PER_CAPITA.ordinal();
    static final int COUNT = Indicator.values().length;

    private Indicators() {
    }

    static void compute(Model m, double[] operating, double[] total, double[] scratch, double[] out) {
        compute(m, operating, total, scratch, out, null);
    }

    /**
     * @param order null, or {@link #orders}: the villages of each year in a likely sorted order, so that an
     *              insertion sort finishes in near-linear time (Monte Carlo runs stay close to the deterministic
     *              ranking). The result is the same either way: the values are fully sorted before use.
     */
    static void compute(Model m, double[] operating, double[] total, double[] scratch, double[] out, int[] order) {
        compute(m, operating, total, scratch, out, order, null);
    }

    /**
     * @param reference null, or a finished pass ({@link Engine.Workspace} of the deterministic run, same model):
     *                  a year whose incomes equal the reference's bit for bit takes the reference's indicators
     *                  instead of sorting again (Monte Carlo draws nothing for year 0).
     */
    static void compute(Model m, double[] operating, double[] total, double[] scratch, double[] out, int[] order,
                        Engine.Workspace reference) {
        compute(m, operating, total, scratch, out, order, reference, order == null ? null : new NearSort(m.nV));
    }

    /** @param sorter sorts the hinted years (one per thread), null when {@code order} is null */
    static void compute(Model m, double[] operating, double[] total, double[] scratch, double[] out, int[] order,
                        Engine.Workspace reference, NearSort sorter) {
        int w = m.years + 1;
        int n = m.nV;
        for (int t = 0; t < w; t++) {
            if (reference != null && sameYear(operating, total, reference, n, w, t)) {
                for (int k = 0; k < COUNT; k++) {
                    out[k * w + t] = reference.indicators[k * w + t];
                }
                continue;
            }
            if (order == null) {
                unordered(m, operating, total, scratch, out, w, t);
            } else {
                ordered(m, operating, total, scratch, out, order, w, t, sorter);
            }
        }
    }

    private static boolean sameYear(double[] operating, double[] total, Engine.Workspace ref, int n, int w, int t) {
        for (int v = 0; v < n; v++) {
            int i = v * w + t;
            if (Double.doubleToRawLongBits(operating[i]) != Double.doubleToRawLongBits(ref.operating[i])
                    || Double.doubleToRawLongBits(total[i]) != Double.doubleToRawLongBits(ref.total[i])) {
                return false;
            }
        }
        return true;
    }

    private static void unordered(Model m, double[] operating, double[] total, double[] scratch, double[] out,
                                  int w, int t) {
        int n = m.nV;
        int belowTotal = 0;
        int belowOperating = 0;
        for (int v = 0; v < n; v++) {
            belowTotal += total[v * w + t] < m.a.totalIncomeTarget() ? 1 : 0;
            belowOperating += operating[v * w + t] < m.a.operatingIncomeTarget() ? 1 : 0;
            scratch[v] = operating[v * w + t];
        }
        out[BELOW_TOTAL_TARGET * w + t] = belowTotal;
        out[BELOW_OPERATING_TARGET * w + t] = belowOperating;
        spread(scratch, n, out, GINI * w + t, MAX_MIN_RATIO * w + t, CV * w + t, true);
        int k = 0;
        for (int v = 0; v < n; v++) {
            if (m.population[v] > 0) {
                scratch[k++] = operating[v * w + t] / m.population[v];
            }
        }
        spread(scratch, k, out, GINI_PER_CAPITA * w + t, MAX_MIN_RATIO_PER_CAPITA * w + t, CV_PER_CAPITA * w + t,
                true);
    }

    /** One year in the hinted order: one gather pass counts the villages below target and fills the scratch. */
    private static void ordered(Model m, double[] operating, double[] total, double[] scratch, double[] out,
                                int[] order, int w, int t, NearSort sorter) {
        int n = m.nV;
        double totalTarget = m.a.totalIncomeTarget();
        double operatingTarget = m.a.operatingIncomeTarget();
        int belowTotal = 0;
        int belowOperating = 0;
        int base = 2 * t * n;
        long lo = Long.MAX_VALUE;
        long hi = Long.MIN_VALUE;
        for (int k = 0; k < n; k++) {
            int i = order[base + k] * w + t;
            double x = operating[i];
            belowTotal += total[i] < totalTarget ? 1 : 0;
            belowOperating += x < operatingTarget ? 1 : 0;
            scratch[k] = x;
            long bits = Double.doubleToRawLongBits(x);
            lo = Math.min(lo, bits);
            hi = Math.max(hi, bits);
        }
        out[BELOW_TOTAL_TARGET * w + t] = belowTotal;
        out[BELOW_OPERATING_TARGET * w + t] = belowOperating;
        sorter.sort(scratch, n, lo, hi);
        double[] perHead = sorter.spare;
        int k = 0;
        base = (2 * t + 1) * n;
        lo = Long.MAX_VALUE;
        hi = Long.MIN_VALUE;
        while (k < n && order[base + k] >= 0) {
            int v = order[base + k];
            double x = operating[v * w + t] / m.population[v];
            perHead[k++] = x;
            long bits = Double.doubleToRawLongBits(x);
            lo = Math.min(lo, bits);
            hi = Math.max(hi, bits);
        }
        sorter.sort(perHead, k, lo, hi);
        spreadPair(scratch, n, perHead, k, out, w, GINI * w + t, GINI_PER_CAPITA * w + t);
    }

    /**
     * Per year t: at [2t·n ..] the villages by ascending operating income, at [(2t+1)·n ..] the villages with a
     * known population by ascending income per head, padded with −1.
     */
    static int[] orders(Model m, double[] operating) {
        int w = m.years + 1;
        int n = m.nV;
        int[] order = new int[2 * w * n];
        for (int t = 0; t < w; t++) {
            final int year = t;
            Integer[] all = new Integer[n];
            for (int v = 0; v < n; v++) {
                all[v] = v;
            }
            java.util.Arrays.sort(all, java.util.Comparator.comparingDouble(v -> operating[v * w + year]));
            Integer[] perHead = java.util.Arrays.stream(all).filter(v -> m.population[v] > 0).toArray(Integer[]::new);
            java.util.Arrays.sort(perHead, java.util.Comparator.comparingDouble(
                    v -> operating[v * w + year] / m.population[v]));
            for (int k = 0; k < n; k++) {
                order[2 * t * n + k] = all[k];
                order[(2 * t + 1) * n + k] = k < perHead.length ? perHead[k] : -1;
            }
        }
        return order;
    }

    /** Gini, max/min and CV of x[0..n) (sorts x in place unless already sorted). */
    private static void spread(double[] x, int n, double[] out, int gi, int mi, int ci) {
        spread(x, n, out, gi, mi, ci, true);
    }

    private static void spread(double[] x, int n, double[] out, int gi, int mi, int ci, boolean sort) {
        out[gi] = Double.NaN;
        out[mi] = Double.NaN;
        out[ci] = Double.NaN;
        if (n == 0) {
            return;
        }
        if (sort) {
            Arrays.sort(x, 0, n);
        }
        double sum = 0;
        double weighted = 0;
        for (int i = 0; i < n; i++) {
            sum += x[i];
            weighted += (2.0 * i - n + 1) * x[i];
        }
        double mean = sum / n;
        double ss = 0;
        if (mean > 0) {
            for (int i = 0; i < n; i++) {
                double d = x[i] - mean;
                ss += d * d;
            }
        }
        finish(x, n, weighted, mean, ss, out, gi, mi, ci);
    }

    /**
     * {@link #spread} of two sorted arrays at once (a year's incomes and incomes per head), out[at + k·w]
     * for Gini, max/min and CV (k = 0, 1, 2; the layout of {@link Indicator}). Each array's sums are added in the
     * same order as {@link #spread} adds them, so the figures are equal bit for bit; the two arrays' chains of
     * additions are interleaved in one loop, so they overlap instead of each waiting on its own adder latency.
     */
    private static void spreadPair(double[] a, int na, double[] b, int nb, double[] out, int w, int atA, int atB) {
        if (na == 0 || nb == 0) {
            spread(a, na, out, atA, atA + (MAX_MIN_RATIO - GINI) * w, atA + (CV - GINI) * w, false);
            spread(b, nb, out, atB, atB + (MAX_MIN_RATIO - GINI) * w, atB + (CV - GINI) * w, false);
            return;
        }
        double sumA = 0;
        double weightedA = 0;
        double sumB = 0;
        double weightedB = 0;
        int common = Math.min(na, nb);
        for (int i = 0; i < common; i++) {
            double x = a[i];
            double y = b[i];
            sumA += x;
            weightedA += (2.0 * i - na + 1) * x;
            sumB += y;
            weightedB += (2.0 * i - nb + 1) * y;
        }
        for (int i = common; i < na; i++) {
            sumA += a[i];
            weightedA += (2.0 * i - na + 1) * a[i];
        }
        for (int i = common; i < nb; i++) {
            sumB += b[i];
            weightedB += (2.0 * i - nb + 1) * b[i];
        }
        double meanA = sumA / na;
        double meanB = sumB / nb;
        double ssA = 0;
        double ssB = 0;
        int both = meanA > 0 && meanB > 0 ? common : 0;
        for (int i = 0; i < both; i++) {
            double d = a[i] - meanA;
            double e = b[i] - meanB;
            ssA += d * d;
            ssB += e * e;
        }
        if (meanA > 0) {
            for (int i = both; i < na; i++) {
                double d = a[i] - meanA;
                ssA += d * d;
            }
        }
        if (meanB > 0) {
            for (int i = both; i < nb; i++) {
                double e = b[i] - meanB;
                ssB += e * e;
            }
        }
        finish(a, na, weightedA, meanA, ssA, out, atA, atA + (MAX_MIN_RATIO - GINI) * w, atA + (CV - GINI) * w);
        finish(b, nb, weightedB, meanB, ssB, out, atB, atB + (MAX_MIN_RATIO - GINI) * w, atB + (CV - GINI) * w);
    }

    /** Gini, max/min and CV of sorted x[0..n), n > 0, from its sums (ss counts only when the mean is positive). */
    private static void finish(double[] x, int n, double weighted, double mean, double ss, double[] out, int gi,
                               int mi, int ci) {
        out[gi] = Double.NaN;
        out[mi] = Double.NaN;
        out[ci] = Double.NaN;
        if (x[0] > 0) {
            out[mi] = x[n - 1] / x[0];
        }
        if (mean > 0) {
            // Σ_i Σ_j |x_i − x_j| = 2 Σ_i (2i − n + 1) x_(i) over the sorted values.
            out[gi] = weighted / ((double) n * n * mean);
            out[ci] = Math.sqrt(ss / n) / mean;
        }
    }

    /** Gini of {@code values} by MODEL.md §5, NaN when the mean is not positive; for tests and callers. */
    public static double gini(double... values) {
        double[] x = values.clone();
        double[] out = new double[3];
        spread(x, x.length, out, 0, 1, 2);
        return out[0];
    }

    /** Max / min, NaN when the minimum is not positive. */
    public static double maxMinRatio(double... values) {
        double[] out = new double[3];
        spread(values.clone(), values.length, out, 0, 1, 2);
        return out[1];
    }

    /** Population standard deviation / mean, NaN when the mean is not positive. */
    public static double cv(double... values) {
        double[] out = new double[3];
        spread(values.clone(), values.length, out, 0, 1, 2);
        return out[2];
    }
}
