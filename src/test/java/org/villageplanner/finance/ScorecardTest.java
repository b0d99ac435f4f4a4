package org.villageplanner.finance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The equity scorecard of the 徐福片区 case, each axis recomputed by hand from the simulation's figures. */
class ScorecardTest {
    @Test
    void axesFollowTheirDefinitions() {
        SimulationResult r = Simulator.simulate(CaseScenarios.xufu(), CaseScenarios.xufuVillages());
        Scorecard s = Scorecard.of(r);
        assertEquals(Scorecard.AXES, s.axes().stream().map(Scorecard.Axis::name).toList());
        int n = r.years();
        // Year 0: only 徐福 (3.1 million operating) meets the 500,000 operating target; 田央 and 筋竹 do not.
        assertEquals(1.0 / 3, s.axis("meetOperatingNow").raw(), 1e-12);
        assertEquals(100.0 / 3, s.axis("meetOperatingNow").score(), 1e-9);
        double[] end = r.villages().stream().mapToDouble(v -> v.operatingIncome()[n]).toArray();
        long meetEnd = r.villages().stream().filter(v -> v.operatingIncome()[n] >= 500_000).count();
        assertEquals(meetEnd / 3.0, s.axis("meetOperatingEnd").raw(), 1e-12);
        assertEquals(100 * (1 - Indicators.gini(end)), s.axis("giniVillage").score(), 1e-9);
        double max = java.util.Arrays.stream(end).max().orElseThrow();
        double min = java.util.Arrays.stream(end).min().orElseThrow();
        assertEquals(100 * min / max, s.axis("maxMinVillage").score(), 1e-9);
        assertEquals(min / max, s.axis("clusterGap").raw(), 1e-12);
        assertNull(s.axis("pAllMeet").raw(), "no Monte Carlo runs");
        // 田央 and 筋竹 are WEAK: their payouts over all payouts; fair share 2 of 3 members.
        ClusterResult c = r.clusters().get(0);
        long all = c.payouts().stream().mapToLong(Payout::totalFen).sum();
        long weak = c.payouts().stream().filter(p -> List.of(CaseScenarios.TIANYANG, CaseScenarios.JINZHU)
                .contains(p.party())).mapToLong(Payout::totalFen).sum();
        assertEquals((double) weak / all, s.axis("weakShareOfProfit").raw(), 1e-12);
        assertEquals(100 * Math.min(1, ((double) weak / all) / (2.0 / 3)), s.axis("weakShareOfProfit").score(), 1e-9);
        Scorecard.ClusterEquity e = s.clusters().get(0);
        assertEquals(CaseScenarios.XUFU, e.strongest());
        assertEquals(max - min, e.gap(), 1e-6);
    }
}
