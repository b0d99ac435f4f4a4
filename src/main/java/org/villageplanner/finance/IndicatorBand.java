package org.villageplanner.finance;

import org.villageplanner.domain.Units;

/**
 * P10/P50/P90 across Monte Carlo runs of one indicator, index t = 0..N; NaN where undefined in every run. Values are
 * in the indicator's {@link Indicator#unit() unit}.
 */
public record IndicatorBand(Indicator indicator, @Units.Given("Indicator.unit()") double[] p10, @Units.Given("Indicator.unit()") double[] p50, @Units.Given("Indicator.unit()") double[] p90) {
    /** The indicator's JSON and CSV name (shared/CLI.md). */
    public String name() {
        return indicator.jsonName();
    }
}
