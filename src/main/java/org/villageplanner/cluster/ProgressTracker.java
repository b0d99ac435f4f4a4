package org.villageplanner.cluster;

/**
 * Counts the phases of one suggestion run for {@link SuggestProgress}: {@link #PHASES} per start, and one
 * more for writing the result. Mutable, owned by one run.
 */
final class ProgressTracker {
    static final int PHASES = 5;
    private final SuggestProgress progress;
    private final int starts;
    private final double total;

    ProgressTracker(SuggestProgress progress, int starts) {
        this.progress = progress;
        this.starts = starts;
        this.total = starts * PHASES + 1.0;
    }

    /** Phase {@code phase} (0-based; key {@code cluster.suggest.progress.PHASE}) of start {@code start} begins. */
    void phase(int start, int phase, String key) {
        progress.checkCancelled();
        progress.update(start * PHASES + phase, total, LocalizedText.of("cluster.suggest.progress.start",
                start + 1, starts, LocalizedText.of("cluster.suggest.progress." + key)));
    }

    /** Improvement pass {@code pass} (0-based) of phase {@code phase} of start {@code start} begins. */
    void pass(int start, int phase, int pass) {
        progress.checkCancelled();
        progress.update(start * PHASES + phase + (double) pass / LocalSearch.MAX_PASSES, total,
                LocalizedText.of("cluster.suggest.progress.start", start + 1, starts,
                        LocalizedText.of("cluster.suggest.progress.pass", pass + 1)));
    }

    /** The last unit: the clusters, types and reasons are written. */
    void output() {
        progress.checkCancelled();
        progress.update(total - 1, total, LocalizedText.of("cluster.suggest.progress.output"));
    }

    void done() {
        progress.update(total, total, LocalizedText.of("cluster.suggest.progress.output"));
    }
}
