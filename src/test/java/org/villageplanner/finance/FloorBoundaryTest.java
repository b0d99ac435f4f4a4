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

/** MODEL.md §3 at its edge: a WEAK village exactly on the floor is not below it, so nothing moves, not even a fen. */
class FloorBoundaryTest {
    private static final List<Village> VILLAGES = List.of(village("s", 5e6, 3e6), village("w", 8e5, 3e5));

    private static SimulationResult run(double floor) {
        Agreement ag = new Agreement(ShareRule.WEAK_VILLAGE_FLOOR, DistributionBasis.PROFIT, Map.of(), 0, null, floor,
                0, 0, 1);
        return Simulator.simulate(scenario(years(2), cluster("c", ClusterType.STRONG_HELPS_WEAK, ag,
                List.of("s", "w"), List.of(Contribution.cash("s", 9e6), Contribution.cash("w", 1e6)),
                List.of(profit("p", 1_000_000, 0)))), VILLAGES);
    }

    @Test
    void aWeakVillageExactlyOnTheFloorReceivesNothing() {
        // w: 300,000 of its own + 10 % of 1,000,000 in dividends = 400,000, exactly the floor.
        SimulationResult r = run(400_000);
        assertEquals(400_000, r.village("w").orElseThrow().operatingIncome()[1], 0.0);
        assertTrue(r.clusters().get(0).transfers().isEmpty(), r.clusters().get(0).transfers().toString());
        assertEquals(10_000_000, r.clusters().get(0).payout("w").fenByYear()[0]);
    }

    @Test
    void oneFenBelowTheFloorIsLiftedByExactlyOneFen() {
        SimulationResult r = run(400_000.01);
        assertEquals(List.of(new Transfer(1, "s", "w", 1), new Transfer(2, "s", "w", 1)),
                r.clusters().get(0).transfers());
        assertEquals(400_000.01, r.village("w").orElseThrow().operatingIncome()[1], 1e-9);
    }
}
