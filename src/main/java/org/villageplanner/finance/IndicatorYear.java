package org.villageplanner.finance;

import org.villageplanner.domain.Units;

/**
 * The indicators of one year (MODEL.md §5); a null value is undefined (see {@link Indicators}). Village counts are
 * whole villages; Gini, max/min and CV are dimensionless ratios.
 */
public record IndicatorYear(int year, int belowTotalTarget, int belowOperatingTarget, @Units.Ratio Double gini,
        @Units.Ratio Double maxMinRatio, @Units.Ratio Double cv, @Units.Ratio Double giniPerCapita, @Units.Ratio Double maxMinRatioPerCapita, @Units.Ratio Double cvPerCapita) {

    /** The value of {@code indicator} in this year, or null when undefined. */
    public Double value(Indicator indicator) {
        return switch (indicator) {
            case BELOW_TOTAL_TARGET -> (double) belowTotalTarget;
            case BELOW_OPERATING_TARGET -> (double) belowOperatingTarget;
            case GINI -> gini;
            case MAX_MIN_RATIO -> maxMinRatio;
            case CV -> cv;
            case GINI_PER_CAPITA -> giniPerCapita;
            case MAX_MIN_RATIO_PER_CAPITA -> maxMinRatioPerCapita;
            case CV_PER_CAPITA -> cvPerCapita;
        };
    }
}
