package org.villageplanner.finance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.villageplanner.finance.Fixtures.*;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.villageplanner.domain.Agreement;
import org.villageplanner.domain.ClusterType;
import org.villageplanner.domain.Contribution;
import org.villageplanner.domain.DistributionBasis;
import org.villageplanner.domain.MonteCarloSettings;
import org.villageplanner.domain.ShareRule;
import org.villageplanner.domain.Village;

/**
 * The scorecard's cluster axes (docs/SCORECARD.md, from MODEL.md §4–§6 figures) over several clusters, worked by hand:
 * a cluster with an outside party among its payees, a cluster of exactly two members, a cluster without WEAK members,
 * and one with WEAK members but nothing to pay out. The single-cluster 徐福 case of {@link ScorecardTest} cannot tell
 * these apart.
 */
class ScorecardClustersTest {
    // Operating / total income in yuan; strength by §7's default thresholds (2,000,000 and 500,000).
    private static final List<Village> VILLAGES = List.of(
            village("s1", 4_000_000, 2_500_000),  // STRONG
            village("w1", 600_000, 200_000),      // WEAK
            village("w2", 800_000, 300_000),      // WEAK
            village("m1", 1_500_000, 800_000),    // MEDIUM
            village("m2", 2_000_000, 1_000_000),  // MEDIUM
            village("w3", 0, 0),                  // WEAK, nothing at all
            village("w4", 0, 0),                  // WEAK
            village("x", 1_200_000, 600_000));    // in no cluster

    private static Scorecard scorecard() {
        // a: BY_CONTRIBUTION, 4 + 2 + 2 million from the villages and 2 million from the town (an outside party):
        //    fractions 0.4, 0.2, 0.2 and 0.2 of a profit of 1,000,000 a year.
        var a = cluster("a", ClusterType.STRONG_HELPS_WEAK, Agreement.DEFAULTS, List.of("s1", "w1", "w2"),
                List.of(Contribution.cash("s1", 4e6), Contribution.cash("w1", 2e6), Contribution.cash("w2", 2e6),
                        Contribution.cash("town", 2e6)),
                List.of(profit("康养基地", 1_000_000, 0)));
        // b: EQUAL between two MEDIUM villages, 200,000 a year: 100,000 each.
        var b = cluster("b", ClusterType.COMPLEMENTARY, agreement(ShareRule.EQUAL, DistributionBasis.PROFIT),
                List.of("m1", "m2"), List.of(), List.of(profit("净菜超市", 200_000, 0)));
        // c: two WEAK villages and no project: nothing is paid out.
        var c = cluster("c", ClusterType.COMPLEMENTARY, Agreement.DEFAULTS, List.of("w3", "w4"), List.of(), List.of());
        return Scorecard.of(Simulator.simulate(scenario(years(2), a, b, c), VILLAGES));
    }

    @Test
    void eachClustersGapAndWeakShareAreItsOwnFigures() {
        // Year 2 operating income: s1 2,500,000 + 400,000; w1 200,000 + 200,000; w2 300,000 + 200,000;
        // m1 800,000 + 100,000; m2 1,000,000 + 100,000; w3 and w4 0.
        List<Scorecard.ClusterEquity> cs = scorecard().clusters();
        assertEquals(3, cs.size());

        Scorecard.ClusterEquity a = cs.get(0);
        assertEquals("s1", a.strongest());
        assertEquals("w1", a.weakest());
        assertEquals(2_500_000, a.gap(), 1e-6);
        assertEquals(400_000.0 / 2_900_000, a.ratio(), 1e-12);
        // Payouts over years 1–2: w1 and w2 400,000 each of 2,000,000 paid in all (the town's 400,000 included).
        assertEquals(0.4, a.weakShare(), 1e-12);

        Scorecard.ClusterEquity b = cs.get(1);
        assertEquals("m2", b.strongest());
        assertEquals("m1", b.weakest());
        assertEquals(200_000, b.gap(), 1e-6);
        assertEquals(900_000.0 / 1_100_000, b.ratio(), 1e-12, "two members are enough for a gap ratio");
        assertEquals(0.0, b.weakShare(), 0.0, "paid out, but to no WEAK member");

        Scorecard.ClusterEquity c = cs.get(2);
        assertEquals(0, c.gap(), 0.0);
        assertNull(c.ratio(), "the strongest member has no income: no ratio");
        assertNull(c.weakShare(), "nothing paid out: no share");
    }

    @Test
    void clusterAxesAverageTheGapsAndCompareWeakPayoutsWithAnEqualShare() {
        Scorecard s = scorecard();
        // Mean of the defined ratios, a's 4/29 and b's 9/11 (c has none).
        double gap = (400_000.0 / 2_900_000 + 900_000.0 / 1_100_000) / 2;
        assertEquals(gap, s.axis("clusterGap").raw(), 1e-12);
        assertEquals(100 * gap, s.axis("clusterGap").score(), 1e-9);
        // Only a has a WEAK member and payouts: 800,000 of 2,000,000 to its 2 WEAK of 3 members.
        // b (no WEAK member) and c (nothing paid) are left out of both the share and the members counted.
        assertEquals(0.4, s.axis("weakShareOfProfit").raw(), 1e-12);
        assertEquals(100 * 0.4 / (2.0 / 3), s.axis("weakShareOfProfit").score(), 1e-9);
        // Year 0 operating income ≥ 500,000: s1, m1, m2, x (4 of 8); year 2: w2 reaches exactly 500,000 too.
        assertEquals(0.5, s.axis("meetOperatingNow").raw(), 1e-12);
        assertEquals(5.0 / 8, s.axis("meetOperatingEnd").raw(), 1e-12);
    }

    @Test
    void probabilityThatAllMeetTheTargetsIsScoredAsAPercentage() {
        // One WEAK village w (operating 300,000, total 1,300,000) and one STRONG s share 400,000 a year equally; the
        // project's revenue is drawn with σ = 0.5 (MODEL.md §6: m = exp(σZ − σ²/2)). w meets the operating target in
        // year 2 exactly when 200,000·m ≥ 200,000, i.e. Z ≥ σ/2: probability 1 − Φ(0.25) = 0.401. Its total income
        // stays above 1,000,000 and s meets both targets whatever the draw.
        var c = cluster("a", ClusterType.STRONG_HELPS_WEAK, agreement(ShareRule.EQUAL, DistributionBasis.PROFIT),
                List.of("s", "w"), List.of(), List.of(operated("民宿", 0, 400_000, 0, 0, 0, 0, 20, 0.5)));
        var a = years(2).withMonteCarlo(new MonteCarloSettings(2000, 5, 0));
        Scorecard s = Scorecard.of(Simulator.simulate(scenario(a, c),
                List.of(village("s", 3_000_000, 2_500_000), village("w", 1_300_000, 300_000))));
        double p = s.axis("pAllMeet").raw();
        // 2,000 runs: standard error √(0.4 × 0.6 / 2000) = 0.011; ±0.05 is more than four of them.
        assertTrue(Math.abs(p - 0.401) < 0.05, "P(all meet) " + p);
        assertEquals(100 * p, s.axis("pAllMeet").score(), 1e-9);
    }
}
