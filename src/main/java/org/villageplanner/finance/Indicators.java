package org.villageplanner.finance;

import java.util.Arrays;

/**
 * The scenario indicators of MODEL.md §5 for each year, over all villages of the project (also those in no
 * cluster). Undefined values are NaN here and null in results: Gini and CV when the mean is not positive,
 * max/min when the minimum is not positive, per-capita figures when no village has a known population.
 *
 * <p>Layout of {@code out}: {@code out[indicator * (N+1) + t]} for the constants below. Stateless.
 */
public final class Indicators {
    public static final int BELOW_TOTAL_TARGET = 0;
    public static final int BELOW_OPERATING_TARGET = 1;
    public static final int GINI = 2;
    public static final int MAX_MIN_RATIO = 3;
    public static final int CV = 4;
    public static final int GINI_PER_CAPITA = 5;
    public static final int MAX_MIN_RATIO_PER_CAPITA = 6;
    public static final int CV_PER_CAPITA = 7;
    public static final int COUNT = 8;
    /** JSON / CSV names of the indicators, by index. */
    public static final String[] NAMES = {"belowTotalTarget", "belowOperatingTarget", "gini", "maxMinRatio", "cv",
        "giniPerCapita", "maxMinRatioPerCapita", "cvPerCapita"};

    private Indicators() {
    }

    static void compute(Model m, double[] operating, double[] total, double[] scratch, double[] out) {
        int w = m.years + 1;
        int n = m.nV;
        for (int t = 0; t < w; t++) {
            int belowTotal = 0;
            int belowOperating = 0;
            for (int v = 0; v < n; v++) {
                if (total[v * w + t] < m.a.totalIncomeTarget()) {
                    belowTotal++;
                }
                if (operating[v * w + t] < m.a.operatingIncomeTarget()) {
                    belowOperating++;
                }
                scratch[v] = operating[v * w + t];
            }
            out[BELOW_TOTAL_TARGET * w + t] = belowTotal;
            out[BELOW_OPERATING_TARGET * w + t] = belowOperating;
            spread(scratch, n, out, GINI * w + t, MAX_MIN_RATIO * w + t, CV * w + t);
            int k = 0;
            for (int v = 0; v < n; v++) {
                if (m.population[v] > 0) {
                    scratch[k++] = operating[v * w + t] / m.population[v];
                }
            }
            spread(scratch, k, out, GINI_PER_CAPITA * w + t, MAX_MIN_RATIO_PER_CAPITA * w + t, CV_PER_CAPITA * w + t);
        }
    }

    /** Gini, max/min and CV of x[0..n) (sorts x in place). */
    private static void spread(double[] x, int n, double[] out, int gi, int mi, int ci) {
        out[gi] = Double.NaN;
        out[mi] = Double.NaN;
        out[ci] = Double.NaN;
        if (n == 0) {
            return;
        }
        Arrays.sort(x, 0, n);
        double sum = 0;
        double weighted = 0;
        for (int i = 0; i < n; i++) {
            sum += x[i];
            weighted += (2.0 * i - n + 1) * x[i];
        }
        double mean = sum / n;
        if (x[0] > 0) {
            out[mi] = x[n - 1] / x[0];
        }
        if (mean > 0) {
            // Σ_i Σ_j |x_i − x_j| = 2 Σ_i (2i − n + 1) x_(i) over the sorted values.
            out[gi] = weighted / ((double) n * n * mean);
            double ss = 0;
            for (int i = 0; i < n; i++) {
                double d = x[i] - mean;
                ss += d * d;
            }
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
