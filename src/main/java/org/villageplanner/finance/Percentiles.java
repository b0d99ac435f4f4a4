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

    /** Quickselect: afterwards x[k] holds the k-th smallest of x[left..right], smaller ones left of it. */
    static void select(double[] x, int left, int right, int k) {
        while (right > left) {
            int mid = (left + right) >>> 1;
            // Median of three as pivot keeps sorted or constant input from going quadratic.
            if (x[mid] < x[left]) {
                swap(x, mid, left);
            }
            if (x[right] < x[left]) {
                swap(x, right, left);
            }
            if (x[right] < x[mid]) {
                swap(x, right, mid);
            }
            double pivot = x[mid];
            int i = left;
            int j = right;
            while (i <= j) {
                while (x[i] < pivot) {
                    i++;
                }
                while (x[j] > pivot) {
                    j--;
                }
                if (i <= j) {
                    swap(x, i, j);
                    i++;
                    j--;
                }
            }
            if (k <= j) {
                right = j;
            } else if (k >= i) {
                left = i;
            } else {
                return;
            }
        }
    }

    private static void swap(double[] x, int a, int b) {
        double t = x[a];
        x[a] = x[b];
        x[b] = t;
    }
}
