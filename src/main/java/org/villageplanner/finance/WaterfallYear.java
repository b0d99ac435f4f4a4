package org.villageplanner.finance;

import org.villageplanner.domain.Units;

/**
 * One year t ≥ 1 of a cluster's waterfall (MODEL.md §2), yuan. {@code guaranteed} and {@code dividends} are
 * rounded to the fen, exactly what the payouts add up to; the rest are unrounded. {@code cashFlow} is CF_t (§5).
 */
public record WaterfallYear(int year, @Units.Yuan double revenue, @Units.Yuan double opex, @Units.Yuan double depreciation, @Units.Yuan double profitBeforeTax,
        @Units.Yuan double taxable, @Units.Yuan double lossCarried, @Units.Yuan double tax, @Units.Yuan double net, @Units.Yuan double available, @Units.Yuan double deficit, @Units.Yuan double reserve,
        @Units.Yuan double welfare, @Units.Yuan double distributable, @Units.Yuan double guaranteed, @Units.Yuan double shortfall, @Units.Yuan double dividends, @Units.Yuan double retained,
        @Units.Yuan double cashFlow) {
}
