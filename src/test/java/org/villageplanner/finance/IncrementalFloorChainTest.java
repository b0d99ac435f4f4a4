package org.villageplanner.finance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.villageplanner.finance.Fixtures.*;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.villageplanner.domain.Agreement;
import org.villageplanner.domain.Cluster;
import org.villageplanner.domain.ClusterType;
import org.villageplanner.domain.Contribution;
import org.villageplanner.domain.DistributionBasis;
import org.villageplanner.domain.Scenario;
import org.villageplanner.domain.ShareRule;
import org.villageplanner.domain.Village;

/**
 * An edit of one cluster changes what a floor cluster it never names must transfer (MODEL.md §3 reads the incomes
 * of the floor cluster's WEAK members, paid by every cluster): the incremental simulation must run that floor cluster
 * again. Worked by hand. WEAK w (operating 200,000) is in k1 with MEDIUM m (EQUAL) and in the floor cluster k2 with
 * STRONG s (contributions 9:1, profit 2,000,000: s 1,800,000, w 200,000). Three more one-village clusters keep the
 * share of clusters run again at two of five.
 */
class IncrementalFloorChainTest {
    private static final List<Village> VILLAGES = List.of(village("s", 4_000_000, 3_000_000),
            village("w", 600_000, 200_000), village("m", 2_000_000, 1_000_000), village("x1", 2_000_000, 900_000),
            village("x2", 2_000_000, 900_000), village("x3", 2_000_000, 900_000));

    private static Cluster k1(double revenue) {
        return cluster("k1", ClusterType.COMPLEMENTARY, agreement(ShareRule.EQUAL, DistributionBasis.PROFIT),
                List.of("w", "m"), List.of(), List.of(profit("净菜超市", revenue, 0)));
    }

    @Test
    void aFloorClusterSharingAWeakVillageWithTheEditedClusterIsRunAgain() {
        Cluster k2 = cluster("k2", ClusterType.STRONG_HELPS_WEAK, Agreement.of(ShareRule.WEAK_VILLAGE_FLOOR),
                List.of("s", "w"), List.of(Contribution.cash("s", 9e6), Contribution.cash("w", 1e6)),
                List.of(profit("康养基地", 2_000_000, 0)));
        List<Cluster> others = List.of("x1", "x2", "x3").stream().map(x -> cluster("k" + x, ClusterType.COMPLEMENTARY,
                Agreement.DEFAULTS, List.of(x), List.of(), List.of(profit("茶园" + x, 50_000, 0)))).toList();
        Scenario before = scenario(years(2), k1(100_000), k2, others.get(0), others.get(1), others.get(2));
        Scenario now = scenario(years(2), k1(300_000), k2, others.get(0), others.get(1), others.get(2));
        SimulationResult previous = Simulator.deterministic(before, VILLAGES);

        // Before: w has 200,000 + 50,000 (k1) + 200,000 (k2) = 450,000 < 500,000, so s hands over 50,000 a year.
        assertEquals(500_000, income(previous, "w"), 1e-6);
        assertEquals(3_000_000 + 1_800_000 - 50_000, income(previous, "s"), 1e-6);

        // After k1 earns 300,000: w has 200,000 + 150,000 + 200,000 = 550,000, above the floor: no transfer.
        SimulationResult derived = IncrementalSimulator.after(before, previous, now, VILLAGES);
        assertNotNull(derived, "two clusters of five to run again");
        assertEquals(550_000, income(derived, "w"), 1e-6);
        assertEquals(3_000_000 + 1_800_000, income(derived, "s"), 1e-6);
        assertEquals(List.of(), derived.clusters().get(1).transfers());
        // And so the whole run says.
        SimulationResult whole = Simulator.deterministic(now, VILLAGES);
        for (String code : List.of("s", "w", "m", "x1")) {
            assertEquals(income(whole, code), income(derived, code), 0.0, code);
        }
    }

    private static double income(SimulationResult r, String code) {
        return r.village(code).orElseThrow().operatingIncome()[2];
    }
}
