package org.villageplanner.finance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.villageplanner.finance.Fixtures.*;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.villageplanner.domain.Agreement;
import org.villageplanner.domain.ClusterType;
import org.villageplanner.domain.Contribution;
import org.villageplanner.domain.DistributionBasis;
import org.villageplanner.domain.ShareRule;

/**
 * MODEL.md §2 in a year with a guarantee and a payout ratio below 1: retained = distributable − min(distributable,
 * guaranteed) − dividends, worked by hand.
 */
class WaterfallRetainedTest {
    private static WaterfallYear year1(double profit) {
        // Guaranteed yield 5 % on 10,000,000 of contributions = 500,000 a year; 60 % of what is left is paid out.
        Agreement ag = new Agreement(ShareRule.GUARANTEED_PLUS_FLOATING, DistributionBasis.PROFIT, Map.of(), 0.05,
                "town", null, 0, 0, 0.6);
        return Simulator.simulate(scenario(years(1), cluster("c", ClusterType.COMPLEMENTARY, ag, List.of("a", "b"),
                List.of(Contribution.cash("a", 6e6), Contribution.cash("b", 4e6)), List.of(profit("p", profit, 0)))),
                List.of(village("a", 2e6, 1e6), village("b", 2e6, 1e6))).clusters().get(0).waterfall().get(0);
    }

    @Test
    void theGuaranteeAndTheDividendsComeOutOfTheDistributableAndTheRestIsRetained() {
        // Distributable 1,000,000; guaranteed 500,000; dividends (1,000,000 − 500,000) × 0.6 = 300,000;
        // retained 1,000,000 − 500,000 − 300,000 = 200,000.
        WaterfallYear y = year1(1_000_000);
        assertEquals(500_000, y.guaranteed(), 1e-6);
        assertEquals(300_000, y.dividends(), 1e-6);
        assertEquals(200_000, y.retained(), 1e-6);
        assertEquals(0, y.shortfall(), 1e-6);
    }

    @Test
    void aGuaranteeLargerThanTheDistributableLeavesNothingRetainedAndAShortfall() {
        // Distributable 400,000 < guaranteed 500,000: no dividends, retained 400,000 − 400,000 − 0 = 0, shortfall
        // 100,000 borne by the guarantor.
        WaterfallYear y = year1(400_000);
        assertEquals(0, y.dividends(), 1e-6);
        assertEquals(0, y.retained(), 1e-6);
        assertEquals(100_000, y.shortfall(), 1e-6);
    }
}
