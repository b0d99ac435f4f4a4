package org.villageplanner.finance;

import java.util.Locale;

/**
 * The scenario indicators of MODEL.md §5, each with its name in JSON and CSV (shared/CLI.md, a public contract: never
 * change it), the key of its label in the planner's language, its unit and the digits it is shown with. Code names
 * an indicator by this type, never by a position.
 */
public enum Indicator {
    /** Villages whose total income is below the total-income target. */
    BELOW_TOTAL_TARGET("belowTotalTarget", Measure.VILLAGES, 0),
    /** Villages whose operating income is below the operating-income target. */
    BELOW_OPERATING_TARGET("belowOperatingTarget", Measure.VILLAGES, 0),
    /** Gini coefficient of the villages' operating income, 0 (equal) to 1. */
    GINI("gini", Measure.RATIO, 3),
    /** Highest over lowest operating income. */
    MAX_MIN_RATIO("maxMinRatio", Measure.RATIO, 2),
    /** Population standard deviation over mean of operating income. */
    CV("cv", Measure.RATIO, 3),
    /** Gini of operating income per head (villages with a known population). */
    GINI_PER_CAPITA("giniPerCapita", Measure.RATIO, 3),
    /** Max/min of operating income per head. */
    MAX_MIN_RATIO_PER_CAPITA("maxMinRatioPerCapita", Measure.RATIO, 2),
    /** CV of operating income per head. */
    CV_PER_CAPITA("cvPerCapita", Measure.RATIO, 3);

    private final String jsonName;
    private final Measure unit;
    private final int digits;

    Indicator(String jsonName, Measure unit, int digits) {
        this.jsonName = jsonName;
        this.unit = unit;
        this.digits = digits;
    }

    /** The field or column name in {@code simulate --json}, the CSV and {@code compare} (shared/CLI.md). */
    public String jsonName() {
        return jsonName;
    }

    /** The key of the label in the planner's language (the {@code whatif} bundle). */
    public String labelKey() {
        return "whatif.indicator." + jsonName;
    }

    /** {@link Measure#VILLAGES} for the counts, {@link Measure#RATIO} for the others. */
    public Measure unit() {
        return unit;
    }

    /** Decimal places it is shown with (0 for village counts). */
    public int digits() {
        return digits;
    }

    /** The value as shown in tables ({@code digits} decimals, "—" when undefined), separators locale-independent. */
    public String format(Double value) {
        if (value == null || value.isNaN()) {
            return "—";
        }
        return unit == Measure.VILLAGES ? String.valueOf(Math.round(value))
                : String.format(Locale.ROOT, "%." + digits + "f", value);
    }

    /** The indicator named {@code jsonName} in JSON and CSV. */
    public static Indicator byJsonName(String jsonName) {
        for (Indicator i : values()) {
            if (i.jsonName.equals(jsonName)) {
                return i;
            }
        }
        throw new IllegalArgumentException("no indicator named " + jsonName);
    }
}
