package org.villageplanner.finance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.villageplanner.finance.Fixtures.*;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.villageplanner.domain.Agreement;
import org.villageplanner.domain.ClusterType;
import org.villageplanner.domain.Contribution;
import org.villageplanner.domain.DistributionBasis;
import org.villageplanner.domain.ShareRule;
import org.villageplanner.domain.Village;

/** MODEL.md §3: strong helps weak up to the floor, pro rata, never more than needed or than the payers have. */
class FloorTransferTest {
    private static final List<Village> VILLAGES = List.of(village("s", 5e6, 3e6), village("w1", 8e5, 3e5),
            village("w2", 8e5, 4.5e5));

    private static SimulationResult run(double profit, Double floor) {
        Agreement ag = new Agreement(ShareRule.WEAK_VILLAGE_FLOOR, DistributionBasis.PROFIT, Map.of(), 0, null, floor,
                0, 0, 1);
        return Simulator.simulate(scenario(years(2), cluster("c", ClusterType.STRONG_HELPS_WEAK, ag,
                List.of("s", "w1", "w2"), List.of(Contribution.cash("s", 8e6), Contribution.cash("w1", 1e6),
                        Contribution.cash("w2", 1e6)), List.of(profit("p", profit, 0)))), VILLAGES);
    }

    @Test
    void weakMemberBelowTheFloorIsLiftedExactlyToItFromTheOthersInProportionToTheirDividends() {
        SimulationResult r = run(1_000_000, null);
        ClusterResult c = r.clusters().get(0);
        assertEquals(500_000, r.village("w1").orElseThrow().operatingIncome()[1], 1e-9);
        // w2 is WEAK too: above the floor it keeps its whole dividend (§3: a WEAK member never pays).
        assertEquals(550_000, r.village("w2").orElseThrow().operatingIncome()[1], 1e-9);
        List<Transfer> year1 = c.transfers().stream().filter(t -> t.year() == 1).toList();
        assertEquals(List.of(new Transfer(1, "s", "w1", 10_000_000)), year1);
        assertEquals(1_000_000_00L, c.payouts().stream().mapToLong(p -> p.fenByYear()[0]).sum());
    }

    @Test
    void needsAreScaledDownProRataWhenTheOthersCannotCoverThem() {
        ClusterResult c = run(100_000, null).clusters().get(0);
        assertEquals(0, c.payout("s").yuan(1));
        assertEquals(10_000 + 66_086.96, c.payout("w1").yuan(1), 0.011);
        assertEquals(10_000 + 13_913.04, c.payout("w2").yuan(1), 0.011);
        assertEquals(100_000, c.payout("s").yuan(1) + c.payout("w1").yuan(1) + c.payout("w2").yuan(1), 1e-9);
    }

    @Test
    void explicitFloorOverridesTheOperatingTargetAndNothingMovesWhenWeakVillagesAreAboveIt() {
        SimulationResult r = run(1_000_000, 350_000.0);
        assertTrue(r.clusters().get(0).transfers().isEmpty());
        assertEquals(400_000, r.village("w1").orElseThrow().operatingIncome()[1], 1e-9);
    }
}
