package org.villageplanner.finance;

/**
 * Percentiles by selection (no full sort): P_q = x_(h) interpolated linearly at h = (n − 1)·q over the sorted
 * values (the "type 7" definition of R and NumPy). Reorders the array it is given. Stateless.
 */
public final class Percentiles {
    private Percentiles() {
    }

    /** From this many values on, {@link #of} buckets the values first (two counting passes, no full copy). */
    static final int BUCKETED_FROM = 1024;
    private static final int BUCKETS = 4096;

    /**
     * Fills {@code out[i]} with the {@code qs[i]} percentile of {@code x[0..n)}; {@code qs} must ascend.
     * NaN values must have been removed; NaN results when n is 0. Exact on every path.
     */
    public static void of(double[] x, int n, double[] qs, double[] out) {
        of(x, n, qs, out, new Scratch(n));
    }

    /** Reusable buffers for {@link #of(double[], int, double[], double[], Scratch)}; one per thread. */
    public static final class Scratch {
        final int[] count = new int[BUCKETS];
        /** For a bucket holding a wanted rank: its first rank overall, and where its values go in {@link #grouped}. */
        final int[] start = new int[BUCKETS];
        final int[] fill = new int[BUCKETS];
        final boolean[] wanted = new boolean[BUCKETS];
        final int[] ranks = new int[16];
        final int[] rankBucket = new int[16];
        final double[] grouped;

        public Scratch(int capacity) {
            grouped = new double[capacity];
        }
    }

    /** As {@link #of(double[], int, double[], double[])}, reusing {@code s} (capacity at least n). */
    public static void of(double[] x, int n, double[] qs, double[] out, Scratch s) {
        if (n < BUCKETED_FROM || 2 * qs.length > s.ranks.length || !bucketed(x, n, qs, out, s)) {
            exact(x, n, qs, out);
        }
    }

    /**
     * Buckets by value between min and max (any monotone bucket function keeps the sorted order: bucket b holds
     * only values below those of bucket b + 1) and counts each bucket; the counts tell which few buckets hold the
     * wanted order statistics, and a second pass copies out only the values of those buckets, among which each
     * order statistic is selected exactly. Returns false, changing nothing, when the range cannot be scaled.
     */
    private static boolean bucketed(double[] x, int n, double[] qs, double[] out, Scratch s) {
        double min = x[0];
        double max = x[0];
        for (int i = 1; i < n; i++) {
            double v = x[i];
            min = v < min ? v : min;
            max = v > max ? v : max;
        }
        if (min == max) {
            java.util.Arrays.fill(out, 0, qs.length, min);
            return true;
        }
        // About eight values a bucket: fewer buckets to clear and to add up, small buckets to select in.
        int buckets = Math.max(256, Math.min(BUCKETS, Integer.highestOneBit(n / 8)));
        double scale = buckets / (max - min);
        if (!Double.isFinite(scale) || !Double.isFinite(max - min)) {
            return false;
        }
        int[] count = s.count;
        java.util.Arrays.fill(count, 0, buckets, 0);
        for (int i = 0; i < n; i++) {
            count[bucket(x[i], min, scale, buckets)]++;
        }
        // The ranks wanted, ascending (qs ascend): k = ⌊h⌋ and, when interpolating, k + 1.
        int nr = 0;
        for (double q : qs) {
            double h = (n - 1) * q;
            int k = (int) Math.floor(h);
            s.ranks[nr++] = k;
            if (k + 1 < n && h > k) {
                s.ranks[nr++] = k + 1;
            }
        }
        int b = 0;
        int before = 0;
        int grouped = 0;
        for (int r = 0; r < nr; r++) {
            while (before + count[b] <= s.ranks[r]) {
                before += count[b++];
            }
            if (!s.wanted[b]) {
                s.wanted[b] = true;
                s.start[b] = before;
                s.fill[b] = grouped;
                grouped += count[b];
            }
            s.rankBucket[r] = b;
        }
        for (int i = 0; i < n; i++) {
            double v = x[i];
            int k = bucket(v, min, scale, buckets);
            if (s.wanted[k]) {
                s.grouped[s.fill[k]++] = v;
            }
        }
        // fill[b] now ends bucket b's values in grouped; they begin count[b] before it.
        int r = 0;
        for (int q = 0; q < qs.length; q++) {
            double h = (n - 1) * qs[q];
            int k = (int) Math.floor(h);
            double lo = rank(s, count, s.rankBucket[r++], k);
            if (k + 1 < n && h > k) {
                out[q] = lo + (h - k) * (rank(s, count, s.rankBucket[r++], k + 1) - lo);
            } else {
                out[q] = lo;
            }
        }
        for (int i = 0; i < nr; i++) {
            s.wanted[s.rankBucket[i]] = false;
        }
        return true;
    }

    private static int bucket(double v, double min, double scale, int buckets) {
        return Math.min(buckets - 1, (int) ((v - min) * scale));
    }

    /** The k-th smallest value overall, selected among the values of bucket b (which holds rank k). */
    private static double rank(Scratch s, int[] count, int b, int k) {
        int end = s.fill[b];
        int from = end - count[b];
        int at = from + (k - s.start[b]);
        select(s.grouped, from, end - 1, at);
        return s.grouped[at];
    }

    private static void exact(double[] x, int n, double[] qs, double[] out) {
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
