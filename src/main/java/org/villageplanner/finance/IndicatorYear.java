package org.villageplanner.finance;

/** The indicators of one year (MODEL.md §5); a null value is undefined (see {@link Indicators}). */
public record IndicatorYear(int year, int belowTotalTarget, int belowOperatingTarget, Double gini,
        Double maxMinRatio, Double cv, Double giniPerCapita, Double maxMinRatioPerCapita, Double cvPerCapita) {

    /** The indicator with index {@code k} of {@link Indicators#NAMES}, or null. */
    public Double value(int k) {
        return switch (k) {
            case Indicators.BELOW_TOTAL_TARGET -> (double) belowTotalTarget;
            case Indicators.BELOW_OPERATING_TARGET -> (double) belowOperatingTarget;
            case Indicators.GINI -> gini;
            case Indicators.MAX_MIN_RATIO -> maxMinRatio;
            case Indicators.CV -> cv;
            case Indicators.GINI_PER_CAPITA -> giniPerCapita;
            case Indicators.MAX_MIN_RATIO_PER_CAPITA -> maxMinRatioPerCapita;
            case Indicators.CV_PER_CAPITA -> cvPerCapita;
            default -> throw new IllegalArgumentException("indicator " + k);
        };
    }
}
