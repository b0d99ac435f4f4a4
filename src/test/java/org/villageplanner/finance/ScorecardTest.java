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
    /**
     * The axes the case above does not pin: year-3 and total-income shares, the per-head axes, P(all meet) with
     * Monte Carlo runs, "year 3" on a two-year horizon, and every score inside 0–100.
     */
    @Test
    void remainingAxesAndTheirScaling() {
        var base = CaseScenarios.xufu();
        var a = base.assumptions();
        var withRuns = base.withAssumptions(a.withMonteCarlo(a.monteCarlo().withRuns(200)));
        // With populations, so that the per-head axes are defined (3,000, 1,500 and 1,200 people).
        int[] people = {3000, 1500, 1200};
        List<org.villageplanner.domain.Village> vs = new java.util.ArrayList<>();
        for (int i = 0; i < 3; i++) {
            var v = CaseScenarios.xufuVillages().get(i);
            vs.add(new org.villageplanner.domain.Village(v.code(), v.name(), v.town(), v.geometry(), people[i],
                    v.households(), v.totalIncome(), v.operatingIncome(), v.assets(), v.idleLandMu(),
                    v.idleHouses(), v.resources(), v.mountain()));
        }
        SimulationResult r = Simulator.simulate(withRuns, vs);
        Scorecard s = Scorecard.of(r);
        int n = r.years();
        int villages = r.villages().size();
        for (String[] axis : new String[][] {{"meetOperatingYear3", "op", "3"}, {"meetTotalNow", "tot", "0"},
                {"meetTotalYear3", "tot", "3"}, {"meetTotalEnd", "tot", String.valueOf(n)}}) {
            int t = Integer.parseInt(axis[2]);
            long meet = r.villages().stream().filter(v -> axis[1].equals("op")
                    ? v.operatingIncome()[t] >= a.operatingIncomeTarget()
                    : v.totalIncome()[t] >= a.totalIncomeTarget()).count();
            assertEquals((double) meet / villages, s.axis(axis[0]).raw(), 1e-12, axis[0]);
            assertEquals(100.0 * meet / villages, s.axis(axis[0]).score(), 1e-9, axis[0]);
        }
        IndicatorYear end = r.indicators().get(n);
        assertEquals(end.giniPerCapita(), s.axis("giniPerHead").raw());
        assertEquals(100 * (1 - end.giniPerCapita()), s.axis("giniPerHead").score(), 1e-9);
        assertEquals(end.maxMinRatioPerCapita(), s.axis("maxMinPerHead").raw());
        assertEquals(100 / end.maxMinRatioPerCapita(), s.axis("maxMinPerHead").score(), 1e-9);
        double p = r.monteCarlo().pAllMeetTargets();
        assertEquals(p, s.axis("pAllMeet").raw());
        assertEquals(100 * p, s.axis("pAllMeet").score(), 1e-9);
        for (Scorecard.Axis x : s.axes()) {
            org.junit.jupiter.api.Assertions.assertTrue(x.score() >= 0 && x.score() <= 100, x.toString());
        }

        // Two years: "year 3" is the last year, so the year-3 and end shares agree.
        var shortA = new org.villageplanner.domain.Assumptions(2, a.baselineGrowth(), a.discountRate(),
                a.totalIncomeTarget(), a.operatingIncomeTarget(), a.strongThreshold(), a.weakThreshold(),
                a.landYuanPerMu(), a.monteCarlo());
        Scorecard two = Scorecard.of(Simulator.simulate(base.withAssumptions(shortA), vs));
        assertEquals(two.axis("meetOperatingEnd"), new Scorecard.Axis("meetOperatingEnd",
                two.axis("meetOperatingYear3").raw(), two.axis("meetOperatingYear3").score()));
        assertEquals(Scorecard.AXES, two.axes().stream().map(Scorecard.Axis::name).toList());
        // Without populations the per-head axes are undefined: null raw and score (drawn at 0 on the radar).
        Scorecard noPeople = Scorecard.of(Simulator.simulate(base, CaseScenarios.xufuVillages()));
        assertNull(noPeople.axis("giniPerHead").score());
        assertNull(noPeople.axis("maxMinPerHead").raw());
    }
}
