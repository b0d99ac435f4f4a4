package org.villageplanner.finance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.villageplanner.finance.Fixtures.*;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.villageplanner.domain.Agreement;
import org.villageplanner.domain.ClusterType;
import org.villageplanner.domain.Contribution;
import org.villageplanner.domain.DistributionBasis;
import org.villageplanner.domain.InvestmentProject;
import org.villageplanner.domain.ShareRule;

/** MODEL.md §2 line by line, against hand-computed figures. */
class WaterfallTest {

    private static ClusterResult run(Agreement ag, double taxRate, int years, InvestmentProject... projects) {
        return Simulator.simulate(scenario(years(years), cluster("c", ClusterType.COMPLEMENTARY, ag, taxRate,
                        List.of("a"), List.of(Contribution.cash("a", 1)), List.of(projects), List.of())),
                List.of(village("a", 2e6, 1e6))).clusters().get(0);
    }

    @ParameterizedTest(name = "year {0}")
    @CsvSource(textBlock = """
            # year, revenue, opex, depreciation, profitBeforeTax
            1, 500,  200, 150, 150
            2, 1100, 300, 150, 650
            3, 1210, 450, 0,   760
            """)
    void rampGrowsRevenueFromYearOneAndOpexGrowsWithExponentTMinusOne(int t, double revenue, double opex,
            double dep, double pbt) {
        ClusterResult c = run(Agreement.DEFAULTS, 0, 3, operated("p", 300, 1000, 200, 2, 0.10, 0.5, 2, 0));
        WaterfallYear y = c.waterfall().get(t - 1);
        assertEquals(revenue, y.revenue(), 1e-9);
        assertEquals(opex, y.opex(), 1e-9);
        assertEquals(dep, y.depreciation(), 1e-9);
        assertEquals(pbt, y.profitBeforeTax(), 1e-9);
    }

    @ParameterizedTest(name = "year {0}")
    @CsvSource(textBlock = """
            # year, pbt, taxable, lossCarried, tax, net, available, deficit, reserve, welfare, dividends, retained
            1, -100, 0,  100, 0,  -100, 0,  100, 0,   0,    0,     0
            2, 60,   0,  40,  0,  60,   0,  40,  0,   0,    0,     0
            3, 92,   52, 0,   13, 79,   39, 0,   3.9, 1.95, 26.52, 6.63
            """)
    void lossesCarryForwardForTaxAndDeficitsAreCoveredBeforeReservesAndDividends(int t, double pbt, double taxable,
            double loss, double tax, double net, double available, double deficit, double reserve, double welfare,
            double dividends, double retained) {
        Agreement ag = new Agreement(ShareRule.BY_CONTRIBUTION, DistributionBasis.PROFIT, Map.of(), 0, null, null,
                0.10, 0.05, 0.8);
        WaterfallYear y = run(ag, 0.25, 3, operated("p", 0, 100, 200, 0, 0, -0.8, 20, 0)).waterfall().get(t - 1);
        assertEquals(pbt, y.profitBeforeTax(), 1e-9);
        assertEquals(taxable, y.taxable(), 1e-9);
        assertEquals(loss, y.lossCarried(), 1e-9);
        assertEquals(tax, y.tax(), 1e-9);
        assertEquals(net, y.net(), 1e-9);
        assertEquals(available, y.available(), 1e-9);
        assertEquals(deficit, y.deficit(), 1e-9);
        assertEquals(reserve, y.reserve(), 1e-9);
        assertEquals(welfare, y.welfare(), 1e-9);
        assertEquals(dividends, y.dividends(), 0.005);
        assertEquals(retained, y.retained(), 1e-9);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(textBlock = """
            PROFIT, 225
            CASH,   325
            """)
    void cashBasisPaysOutDepreciationButDepreciationStillLowersTax(DistributionBasis basis, double net) {
        Agreement ag = new Agreement(ShareRule.BY_CONTRIBUTION, basis, Map.of(), 0, null, null, 0, 0, 1);
        WaterfallYear y = run(ag, 0.25, 1, operated("p", 1000, 500, 100, 0, 0, 0, 10, 0)).waterfall().get(0);
        assertEquals(75, y.tax(), 1e-9);
        assertEquals(net, y.net(), 1e-9);
        assertEquals(net, y.dividends(), 1e-9);
    }

    @Test
    void leasedGrowthAppliesToRentAndTurnoverButLeasedProjectsHaveNoOpexOrRamp() {
        ClusterResult c = run(Agreement.DEFAULTS, 0, 3, leased("厂房", 0, 1000, 0.03, 10_000, 0.10, 20, 0));
        assertEquals(1300, c.waterfall().get(0).revenue(), 1e-9);
        assertEquals(1300 * 1.1, c.waterfall().get(1).revenue(), 1e-9);
        assertEquals(1300 * 1.21, c.waterfall().get(2).revenue(), 1e-9);
        assertEquals(0, c.waterfall().get(2).opex());
    }

    @Test
    void cashFlowNpvAndPaybackFollowSectionFive() {
        ClusterResult c = run(Agreement.DEFAULTS, 0.25, 3, operated("p", 1000, 500, 100, 0, 0, 0, 10, 0));
        assertEquals(-1000, c.cashFlow()[0]);
        assertEquals(325, c.cashFlow()[1], 1e-9);
        assertEquals(-1000 + 325 / 1.06 + 325 / 1.06 / 1.06 + 325 / Math.pow(1.06, 3), c.npv(), 1e-9);
        assertEquals(null, c.paybackYear());
        assertEquals("finance.irr.noSignChange", run(Agreement.DEFAULTS, 0, 1, profit("p", 0, 0)).irrNote());
    }

    @org.junit.jupiter.api.Test
    void shownFiguresAddUpAsShownTheYear1ExampleOfIssue15() {
        // available 302.50 万, reserve 10% and welfare 5%: 30.25 + 15.125 + 257.125; rounded one by one they
        // show 30.25 + 15.12 + 257.12 = 302.49.
        WaterfallYear y = new WaterfallYear(1, 3_025_000, 0, 0, 3_025_000, 3_025_000, 0, 0, 3_025_000, 3_025_000, 0,
                302_500, 151_250, 2_571_250, 0, 0, 2_571_250, 0, 3_025_000);
        WaterfallYear shown = Waterfall.shown(y, 100);
        assertEquals(3_025_000, shown.available());
        assertEquals(3_025_000, shown.reserve() + shown.welfare() + shown.distributable(), 1e-6);
        assertEquals(302_500, shown.reserve());
        assertEquals(151_300, shown.welfare());
        assertEquals(2_571_200, shown.distributable());
        assertEquals(shown.distributable(), shown.guaranteed() + shown.dividends() + shown.retained(), 1e-6);
    }
}
