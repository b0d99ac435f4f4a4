package org.villageplanner.domain;

/**
 * A village's economic strength class (MODEL.md §7): STRONG (强村) when its base-year operating income is at
 * least the strong threshold, WEAK (薄弱村) below the weak threshold, MEDIUM in between.
 */
public enum Strength {
    STRONG, MEDIUM, WEAK;

    /** Classifies a base-year operating income in yuan against thresholds in yuan. */
    public static Strength classify(double operatingIncome, double strongThreshold, double weakThreshold) {
        if (operatingIncome >= strongThreshold) {
            return STRONG;
        }
        return operatingIncome < weakThreshold ? WEAK : MEDIUM;
    }

    public String label() {
        return Messages.get("core.strength." + name());
    }

    /** The label in {@code language} (a plan exported in another language than the session's). */
    public String label(Language language) {
        return language.text("core.strength." + name());
    }
}
