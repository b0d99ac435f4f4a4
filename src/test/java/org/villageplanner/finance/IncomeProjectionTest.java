package org.villageplanner.finance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.villageplanner.finance.Fixtures.*;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.villageplanner.domain.Agreement;
import org.villageplanner.domain.ClusterType;
import org.villageplanner.domain.Contribution;
import org.villageplanner.domain.Village;

/** MODEL.md §4 and §5. */
class IncomeProjectionTest {
    @Test
    void baselineGrowsWithExponentTAndDividendsFromSeveralClustersAddUp() {
        var a = assumptions(2, 0.10, 0.06);
        var c1 = cluster("c1", ClusterType.COMPLEMENTARY, Agreement.DEFAULTS, List.of("x", "y"),
                List.of(Contribution.cash("x", 1), Contribution.cash("y", 1)), List.of(profit("p", 1000, 0)));
        var c2 = cluster("c2", ClusterType.ENCLAVE, Agreement.DEFAULTS, List.of("x"),
                List.of(Contribution.cash("x", 1)), List.of(profit("q", 300, 0)));
        List<Village> vs = List.of(village("x", 2000, 1000), village("y", 1000, 1000), village("z", 500, 100));
        SimulationResult r = Simulator.simulate(scenario(a, c1, c2), vs);
        VillageResult x = r.village("x").orElseThrow();
        assertEquals(1000, x.operatingIncome()[0]);
        assertEquals(1000 * 1.21 + 500 + 300, x.operatingIncome()[2], 1e-9);
        assertEquals(1000 * 1.21 + 800 + 1000 * 1.21, x.totalIncome()[2], 1e-9);
        assertEquals("c1", x.cluster());
        VillageResult z = r.village("z").orElseThrow();
        assertNull(z.cluster());
        assertEquals(121, z.operatingIncome()[2], 1e-9);
    }

    @Test
    void indicatorsFollowTheirDefinitions() {
        assertEquals(0, Indicators.gini(5, 5, 5), 1e-15);
        // Σ|xi−xj| over ordered pairs of (1, 2, 3) is 8; 8 / (2 · 9 · 2) = 2/9.
        assertEquals(2.0 / 9, Indicators.gini(1, 2, 3), 1e-15);
        assertEquals(3, Indicators.maxMinRatio(1, 2, 3), 1e-15);
        assertEquals(Math.sqrt(2.0 / 3) / 2, Indicators.cv(1, 2, 3), 1e-15);
        assertEquals(Double.NaN, Indicators.maxMinRatio(0, 2, 3));
        Village a = new Village("a", "a", "", null, 100, 0, 0, 1000, 0, 0, 0, null, false);
        Village b = new Village("b", "b", "", null, 400, 0, 0, 1000, 0, 0, 0, null, false);
        Village c = new Village("c", "c", "", null, 0, 0, 0, 0, 0, 0, 0, null, false);
        IndicatorYear y = Simulator.simulate(scenario(years(1)), List.of(a, b, c)).indicators().get(0);
        assertNull(y.maxMinRatio());
        assertEquals(Indicators.gini(1000, 1000, 0), y.gini(), 1e-15);
        assertEquals(4, y.maxMinRatioPerCapita(), 1e-12);
        assertEquals(3, y.belowTotalTarget());
        assertEquals(3, y.belowOperatingTarget());
    }

    @Test
    void memberReturnIsTheNpvOfPayoutsMinusTheContribution() {
        var a = assumptions(2, 0, 0.10);
        var c = cluster("c", ClusterType.COMPLEMENTARY, Agreement.DEFAULTS, List.of("x"),
                List.of(Contribution.cash("x", 1000)), List.of(profit("p", 1100, 0)));
        MemberReturn m = Simulator.simulate(scenario(a, c), List.of(village("x", 1, 1))).clusters().get(0)
                .memberReturns().get(0);
        assertEquals(1000 + 1100 / 1.21, m.payoutsNpv(), 1e-9);
        assertEquals(1100 / 1.21, m.netReturn(), 1e-9);
    }
}
