package org.villageplanner.finance;

/**
 * Percentiles by selection (no full sort): P_q = x_(h) interpolated linearly at h = (n − 1)·q over the sorted
 * values (the "type 7" definition of R and NumPy). Reorders the array it is given. Stateless.
 */
public final class Percentiles {
    private Percentiles() {
    }

    /**
     * Fills {@code out[i]} with the {@code qs[i]} percentile of {@code x[0..n)}; {@code qs} must ascend.
     * NaN values must have been removed; NaN results when n is 0.
     */
    public static void of(double[] x, int n, double[] qs, double[] out) {
        if (n == 0) {
            for (int i = 0; i < qs.length; i++) {
                out[i] = Double.NaN;
            }
            return;
        }
        int from = 0;
        for (int i = 0; i < qs.length; i++) {
            double h = (n - 1) * qs[i];
            int k = (int) Math.floor(h);
            select(x, from, n - 1, k);
            from = k;
            double lo = x[k];
            if (k + 1 < n && h > k) {
                double hi = Double.POSITIVE_INFINITY;
                for (int j = k + 1; j < n; j++) {
                    hi = Math.min(hi, x[j]);
                }
                out[i] = lo + (h - k) * (hi - lo);
            } else {
                out[i] = lo;
            }
        }
    }

    /**
     * Floyd–Rivest selection: afterwards x[k] holds the k-th smallest of x[left..right], with no larger value
     * left of it and no smaller value right of it. About n + min(k, n − k) comparisons on average: a small sample
     * first narrows the range around k, so large Monte Carlo arrays are read little more than once.
     */
    static void select(double[] x, int left, int right, int k) {
        while (right > left) {
            if (right - left > 600) {
                int n = right - left + 1;
                int i = k - left + 1;
                double z = Math.log(n);
                double s = 0.5 * Math.exp(2 * z / 3);
                double sd = 0.5 * Math.sqrt(z * s * (n - s) / n) * Math.signum(i - n / 2.0);
                int newLeft = (int) Math.max(left, Math.floor(k - i * s / n + sd));
                int newRight = (int) Math.min(right, Math.floor(k + (n - i) * s / n + sd));
                select(x, newLeft, newRight, k);
            }
            double t = x[k];
            int i = left;
            int j = right;
            swap(x, left, k);
            if (x[right] > t) {
                swap(x, right, left);
            }
            while (i < j) {
                swap(x, i, j);
                i++;
                j--;
                while (x[i] < t) {
                    i++;
                }
                while (x[j] > t) {
                    j--;
                }
            }
            if (x[left] == t) {
                swap(x, left, j);
            } else {
                j++;
                swap(x, j, right);
            }
            if (j <= k) {
                left = j + 1;
            }
            if (k <= j) {
                right = j - 1;
            }
        }
    }

    private static void swap(double[] x, int a, int b) {
        double t = x[a];
        x[a] = x[b];
        x[b] = t;
    }
}
