package org.villageplanner.service;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.villageplanner.Main;
import org.villageplanner.finance.ClusterResult;
import org.villageplanner.finance.Payout;
import org.villageplanner.finance.SimulationResult;

/** DOMAIN_CASES row 1 on the bundled sample: 徐福村, 田央村 and 筋竹村 together gain more than 400万 in a year. */
class LongshanPlanSimulationTest {
    @Test
    void xufuClusterVillagesGainMoreThanFourMillionInYearTwo() {
        Services services = Main.services();
        SimulationResult r = services.simulation().simulate(Path.of("samples/longshan.gpkg"), "方案A",
                new SimulationService.Overrides(null, 0, null), Progress.NONE);
        ClusterResult xufu = r.cluster("xufu").orElseThrow();
        Set<String> villages = Set.of("330282123215", "330282123211", "330282123217");
        long fen = 0;
        for (Payout p : xufu.payouts()) {
            if (villages.contains(p.party())) {
                fen += p.fenByYear()[1];
            }
        }
        assertTrue(fen > 400_000_000L, "year-2 payouts to the three villages, fen: " + fen);
    }
}
