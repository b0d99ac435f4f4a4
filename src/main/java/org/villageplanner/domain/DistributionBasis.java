package org.villageplanner.domain;

/**
 * What the payout is computed from (MODEL.md §2): PROFIT after depreciation (the default), or CASH
 * (revenue − opex − tax) for co-owned property and cooperatives that pay out their cash income.
 */
public enum DistributionBasis {
    PROFIT, CASH
}
