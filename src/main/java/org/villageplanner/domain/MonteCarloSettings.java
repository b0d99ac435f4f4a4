package org.villageplanner.domain;

/**
 * Monte Carlo settings (MODEL.md §6): number of runs (0 = deterministic only), the seed that fixes every
 * draw, and the correlation ρ ∈ [0, 1] of the common factor shared by all projects.
 */
public record MonteCarloSettings(int runs, long seed, double correlation) {
    public static final MonteCarloSettings DEFAULTS = new MonteCarloSettings(0, 1, 0.0);

    public MonteCarloSettings {
        Check.nonNegative(runs, "monteCarlo", "runs");
        Check.fraction(correlation, "monteCarlo", "correlation");
    }

    public MonteCarloSettings withRuns(int r) {
        return new MonteCarloSettings(r, seed, correlation);
    }

    public MonteCarloSettings withSeed(long s) {
        return new MonteCarloSettings(runs, s, correlation);
    }
}
