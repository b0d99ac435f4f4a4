package org.villageplanner.finance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link Waterfall#shown} at 0.01 万元 (100 yuan): the lines that must add up are split by largest remainder, every
 * other line is rounded to the unit on its own; an uncovered guarantee is shown as it is (figures worked by hand).
 */
class WaterfallShownTest {
    private static final double UNIT = 100;

    @Test
    void aCoveredYearRoundsEachLineToTheUnitAndSplitsWhatMustAddUp() {
        // available 591,650.925: reserve 10 %, welfare 5 %, guaranteed 100,000, payout 80 %.
        WaterfallYear y = new WaterfallYear(2, 1_234_567.89, 345_649.99, 100_050, 788_867.9, 788_867.9, 0,
                197_216.975, 591_650.925, 591_650.925, 12_345, 59_165.0925, 29_582.54625, 502_903.28625, 100_000, 0,
                322_322.629, 80_580.65725, 691_700.925);
        WaterfallYear s = Waterfall.shown(y, UNIT);
        assertEquals(2, s.year());
        // One by one: 12,345.6789 → 12,346 units; 3,456.4999 → 3,456; 1,000.5 → 1,001 (half up); …
        assertEquals(List.of(1_234_600.0, 345_600.0, 100_100.0, 788_900.0, 788_900.0, 0.0, 197_200.0, 591_700.0,
                12_300.0, 0.0, 691_700.0), List.of(s.revenue(), s.opex(), s.depreciation(), s.profitBeforeTax(),
                s.taxable(), s.lossCarried(), s.tax(), s.net(), s.deficit(), s.shortfall(), s.cashFlow()));
        // 5,917 units of available: floors 591 + 295 + 5,029 = 5,915; the two missing go to welfare (.825) and
        // reserve (.651), not to distributable (.033).
        assertEquals(591_700, s.available(), 1e-9);
        assertEquals(List.of(59_200.0, 29_600.0, 502_900.0), List.of(s.reserve(), s.welfare(), s.distributable()));
        // 5,029 units of distributable: floors 1,000 + 3,223 + 805 = 5,028; the missing one goes to retained (.807).
        assertEquals(List.of(100_000.0, 322_300.0, 80_600.0), List.of(s.guaranteed(), s.dividends(), s.retained()));
    }

    @Test
    void aGuaranteeThatTakesExactlyTheDistributableIsStillSplitWithIt() {
        // Same available as below, the guarantee equal to the distributable to the yuan: it is covered, so the
        // guarantee shows as the distributable shows (50,100), not rounded on its own (50,000).
        WaterfallYear y = new WaterfallYear(1, 60_000, 1_117.66, 0, 58_882.34, 58_882.34, 0, 0, 58_882.34,
                58_882.34, 0, 5_888.234, 2_944.117, 50_049.989, 50_049.989, 0, 0, 0, 58_882.34);
        WaterfallYear s = Waterfall.shown(y, UNIT);
        assertEquals(List.of(50_100.0, 50_100.0, 0.0, 0.0),
                List.of(s.distributable(), s.guaranteed(), s.dividends(), s.retained()));
    }

    @Test
    void anUncoveredGuaranteeIsShownAsItIsAndItsShortfallRoundedOnItsOwn() {
        WaterfallYear y = new WaterfallYear(1, 60_000, 1_117.66, 0, 58_882.34, 58_882.34, 0, 0, 58_882.34,
                58_882.34, 0, 5_888.234, 2_944.117, 50_049.989, 80_000, 29_950.011, 0, 0, 58_882.34);
        WaterfallYear s = Waterfall.shown(y, UNIT);
        // 589 units of available: floors 58 + 29 + 500 = 587; reserve (.882) and distributable (.500) take one each.
        assertEquals(List.of(58_900.0, 5_900.0, 2_900.0, 50_100.0),
                List.of(s.available(), s.reserve(), s.welfare(), s.distributable()));
        assertEquals(List.of(80_000.0, 30_000.0, 0.0, 0.0),
                List.of(s.guaranteed(), s.shortfall(), s.dividends(), s.retained()));
        assertEquals(List.of(60_000.0, 1_100.0, 58_900.0), List.of(s.revenue(), s.opex(), s.cashFlow()));
    }
}
