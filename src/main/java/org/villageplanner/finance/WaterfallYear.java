package org.villageplanner.finance;

/**
 * One year t ≥ 1 of a cluster's waterfall (MODEL.md §2), yuan. {@code guaranteed} and {@code dividends} are
 * rounded to the fen, exactly what the payouts add up to; the rest are unrounded. {@code cashFlow} is CF_t (§5).
 */
public record WaterfallYear(int year, double revenue, double opex, double depreciation, double profitBeforeTax,
        double taxable, double lossCarried, double tax, double net, double available, double deficit, double reserve,
        double welfare, double distributable, double guaranteed, double shortfall, double dividends, double retained,
        double cashFlow) {
}
