package org.villageplanner.cluster;

/**
 * The figure a suggestion optimises, for showing and comparing plans.
 *
 * @param name          {@code ssd} (within-cluster sum of squared deviations of standardised attributes;
 *                      RESOURCE_POOLING), {@code income_spread} (coefficient of variation across villages of
 *                      their cluster's average operating income; STRONG_HELPS_WEAK), or
 *                      {@code resource_categories_per_cluster} (COMPLEMENTARY)
 * @param lowerIsBetter true for ssd and income_spread
 */
public record ObjectiveValue(String name, double value, boolean lowerIsBetter) {
    /** True when this value is at least as good as {@code other}'s (same objective). */
    public boolean atLeastAsGoodAs(ObjectiveValue other) {
        return lowerIsBetter ? value <= other.value + 1e-9 : value >= other.value - 1e-9;
    }
}
