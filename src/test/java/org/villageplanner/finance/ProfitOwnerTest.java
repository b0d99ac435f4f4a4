package org.villageplanner.finance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.villageplanner.finance.Fixtures.*;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.villageplanner.domain.Agreement;
import org.villageplanner.domain.ClusterType;
import org.villageplanner.domain.PlannerException;

/**
 * MODEL.md §1: "Profit is never left without an owner." A cluster with a project but no member village and nothing
 * contributed has nobody to share its profit (EQUAL gives outside parties 0, and the fallback of the rules that divide
 * by Σ value is EQUAL): the simulation refuses it with a message naming the cluster and its rule. The same cluster
 * without a project has nothing to share and simulates.
 */
class ProfitOwnerTest {
    private static final List<org.villageplanner.domain.Village> VILLAGES = List.of(village("a", 1_000_000, 500_000));

    @Test
    void profitWithoutAnyMemberIsRefused() {
        var c = cluster("empty", ClusterType.COMPLEMENTARY, Agreement.DEFAULTS, List.of(), List.of(),
                List.of(profit("民宿", 100_000, 0)));
        PlannerException e = assertThrows(PlannerException.class,
                () -> Simulator.simulate(scenario(years(1), c), VILLAGES));
        assertEquals("finance.shares.noMembers", e.key());
        assertEquals(List.of("empty", "BY_CONTRIBUTION"), List.of(e.args()));
    }

    @Test
    void anEmptyClusterWithoutAProjectHasNothingToShare() {
        var c = cluster("empty", ClusterType.COMPLEMENTARY, Agreement.DEFAULTS, List.of(), List.of(), List.of());
        SimulationResult r = Simulator.simulate(scenario(years(1), c), VILLAGES);
        assertEquals(0, r.clusters().get(0).totalDividends(), 0.0);
        assertEquals(500_000, r.villages().get(0).operatingIncome()[1], 0.0);
    }
}
