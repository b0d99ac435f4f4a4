package org.villageplanner.cluster;

/**
 * Running sums of one (candidate) cluster, enough to score it in O(dimensions + tags) and to update it when a
 * village joins or leaves. Mutable, not thread-safe: owned by one suggestion run.
 */
final class ClusterStats {
    int size;
    final double[] sum;
    double sumSq;
    int strong;
    int medium;
    int weak;
    final int[] tagCount;
    int distinctTags;
    /** Contact (shared border, or its stand-in for points) between members, in metres. */
    double internalContact;

    ClusterStats(int dimensions, int tags) {
        sum = new double[dimensions];
        tagCount = new int[tags];
    }

    ClusterStats copy() {
        return new ClusterStats(sum.length, tagCount.length).copyFrom(this);
    }

    /**
     * Makes this a copy of {@code o} (same dimensions and tags) without allocating: the scratch figures of the
     * move and swap deltas. Gives the same values as {@link #copy()}, so every cost compares as before.
     */
    ClusterStats copyFrom(ClusterStats o) {
        return copy(o, true);
    }

    /**
     * As {@link #copyFrom}, but only the figures {@code s}'s objective reads ({@link Scorer#primary}): for the
     * scratch figures of a candidate move, which are only scored. The tag counts are left stale when unused.
     */
    ClusterStats copyScoredFrom(Scorer s, ClusterStats o) {
        return copy(o, s.usesTags);
    }

    private ClusterStats copy(ClusterStats o, boolean tags) {
        size = o.size;
        System.arraycopy(o.sum, 0, sum, 0, sum.length);
        sumSq = o.sumSq;
        strong = o.strong;
        medium = o.medium;
        weak = o.weak;
        if (tags) {
            System.arraycopy(o.tagCount, 0, tagCount, 0, tagCount.length);
        }
        distinctTags = o.distinctTags;
        internalContact = o.internalContact;
        return this;
    }

    /**
     * As {@link #add} ({@code sign} 1) or {@link #remove} (−1) on figures filled by {@link #copyScoredFrom}: the
     * same arithmetic on what the objective reads, nothing else, so the candidate's cost is the same to the bit.
     */
    void scoredChange(Scorer s, int v, int sign) {
        change(s, v, sign, s.usesStrength, s.usesTags);
    }

    /** Adds village {@code v}'s figures (not its contact: callers know the borders). */
    void add(Scorer s, int v) {
        change(s, v, 1);
    }

    void remove(Scorer s, int v) {
        change(s, v, -1);
    }

    private void change(Scorer s, int v, int sign) {
        change(s, v, sign, true, true);
    }

    private void change(Scorer s, int v, int sign, boolean strength, boolean tags) {
        size += sign;
        double[] x = s.features(v);
        for (int a = 0; a < x.length; a++) {
            sum[a] += sign * x[a];
            sumSq += sign * x[a] * x[a];
        }
        if (strength) {
            switch (s.strength(v)) {
                case 0 -> strong += sign;
                case 1 -> medium += sign;
                default -> weak += sign;
            }
        }
        if (tags) {
            for (int t : s.tags(v)) {
                int before = tagCount[t];
                tagCount[t] += sign;
                if (before == 0 && tagCount[t] > 0) {
                    distinctTags++;
                } else if (before > 0 && tagCount[t] == 0) {
                    distinctTags--;
                }
            }
        }
    }

    /** Merges {@code o}'s figures in (contact excluded). */
    void addAll(ClusterStats o) {
        size += o.size;
        for (int a = 0; a < sum.length; a++) {
            sum[a] += o.sum[a];
        }
        sumSq += o.sumSq;
        strong += o.strong;
        medium += o.medium;
        weak += o.weak;
        for (int t = 0; t < tagCount.length; t++) {
            if (tagCount[t] == 0 && o.tagCount[t] > 0) {
                distinctTags++;
            }
            tagCount[t] += o.tagCount[t];
        }
    }

    /** Within-cluster sum of squared deviations of the features. */
    double ssd() {
        if (size == 0) {
            return 0;
        }
        double sq = 0;
        for (double s : sum) {
            sq += s * s;
        }
        return Math.max(0, sumSq - sq / size);
    }
}
