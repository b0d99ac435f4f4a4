package org.villageplanner.finance;

/** P10/P50/P90 across Monte Carlo runs of one indicator, index t = 0..N; NaN where undefined in every run. */
public record IndicatorBand(String name, double[] p10, double[] p50, double[] p90) {
}
