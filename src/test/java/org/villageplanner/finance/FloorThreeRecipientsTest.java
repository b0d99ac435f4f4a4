package org.villageplanner.finance;

import static org.junit.jupiter.api.Assertions.assertEquals;
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

/**
 * MODEL.md §3 with two payers and three WEAK recipients, worked by hand: a STRONG and a MEDIUM member pay in proportion
 * to their payouts from the cluster (a MEDIUM member pays too: every member that is not WEAK), each WEAK member below
 * the floor receives its need, needs are scaled down alike when the payers cannot cover them, and the transfer table
 * (who paid whom, to the fen) adds up by payer and by recipient. Payers' and recipients' amounts are each rounded to
 * the fen by largest remainder, and the table by controlled rounding (see {@link FloorMatrixThreeByThreeTest}).
 */
class FloorThreeRecipientsTest {
    // Base-year operating income: s 3,000,000 (STRONG), m 1,000,000 (MEDIUM), w1/w2/w3 300,000/200,000/460,000 (WEAK).
    private static final List<Village> VILLAGES = List.of(village("s", 5e6, 3e6), village("m", 2e6, 1e6),
            village("w1", 8e5, 3e5), village("w2", 8e5, 2e5), village("w3", 8e5, 4.6e5));

    /** Shares by contribution: 6, 3, 0.4, 0.4 and 0.2 million of 10 = 60 %, 30 %, 4 %, 4 %, 2 %; floor 500,000. */
    private static ClusterResult run(double profit) {
        Agreement ag = new Agreement(ShareRule.WEAK_VILLAGE_FLOOR, DistributionBasis.PROFIT, Map.of(), 0, null,
                500_000.0, 0, 0, 1);
        SimulationResult r = Simulator.simulate(scenario(years(1), cluster("c", ClusterType.STRONG_HELPS_WEAK, ag,
                List.of("s", "m", "w1", "w2", "w3"), List.of(Contribution.cash("s", 6e6), Contribution.cash("m", 3e6),
                        Contribution.cash("w1", 4e5), Contribution.cash("w2", 4e5), Contribution.cash("w3", 2e5)),
                List.of(profit("p", profit, 0)))), VILLAGES);
        return r.clusters().get(0);
    }

    @Test
    void payersCoverEveryNeedInProportionToTheirPayouts() {
        // Profit 1,000,000: dividends s 600,000, m 300,000, w1 40,000, w2 40,000, w3 20,000. Incomes of the weak:
        // 340,000, 240,000, 480,000, so needs 160,000 + 260,000 + 20,000 = 440,000 yuan, less than the payers' 900,000.
        // Payers give 440,000 in the ratio 600:300: exact 29,333,333.33 and 14,666,666.67 fen; the missing fen goes to
        // the larger remainder, m: 29,333,333 and 14,666,667 fen.
        ClusterResult c = run(1_000_000);
        assertEquals(60_000_000 - 29_333_333, c.payout("s").fenByYear()[0]);
        assertEquals(30_000_000 - 14_666_667, c.payout("m").fenByYear()[0]);
        for (String w : List.of("w1", "w2", "w3")) {
            assertEquals(500_000, c.payout(w).yuan(1) + base(w), 1e-9, w + " is lifted exactly to the floor");
        }
        // Table: cell = row × column / 44,000,000 fen. Row s: 10,666,666.55, 17,333,333.14, 1,333,333.32; row m:
        // 5,333,333.45, 8,666,666.86, 666,666.68. Floors leave s one fen and m two, each column one. By remainder:
        // m→w2 (.86), m→w3 (.68, closing row m), then s→w1 (.55).
        assertEquals(List.of(new Transfer(1, "s", "w1", 10_666_667), new Transfer(1, "s", "w2", 17_333_333),
                new Transfer(1, "s", "w3", 1_333_333), new Transfer(1, "m", "w1", 5_333_333),
                new Transfer(1, "m", "w2", 8_666_667), new Transfer(1, "m", "w3", 666_667)), c.transfers());
    }

    @Test
    void needsBeyondThePayersPayoutsAreScaledDownAlike() {
        // Profit 300,000: dividends s 180,000, m 90,000, w1 12,000, w2 12,000, w3 6,000. Needs 188,000, 288,000 and
        // 34,000 = 510,000 yuan, but the payers have only 270,000: they give it all, and every need is scaled by
        // 270/510. Exact fen: 9,952,941.18, 15,247,058.82, 1,800,000; the missing fen goes to w2.
        ClusterResult c = run(300_000);
        assertEquals(0, c.payout("s").fenByYear()[0]);
        assertEquals(0, c.payout("m").fenByYear()[0]);
        assertEquals(1_200_000 + 9_952_941, c.payout("w1").fenByYear()[0]);
        assertEquals(1_200_000 + 15_247_059, c.payout("w2").fenByYear()[0]);
        assertEquals(600_000 + 1_800_000, c.payout("w3").fenByYear()[0]);
        // s pays two thirds of each recipient's amount and m one third, all whole fen.
        assertEquals(List.of(new Transfer(1, "s", "w1", 6_635_294), new Transfer(1, "s", "w2", 10_164_706),
                new Transfer(1, "s", "w3", 1_200_000), new Transfer(1, "m", "w1", 3_317_647),
                new Transfer(1, "m", "w2", 5_082_353), new Transfer(1, "m", "w3", 600_000)), c.transfers());
    }

    private static double base(String code) {
        return VILLAGES.stream().filter(v -> v.code().equals(code)).findFirst().orElseThrow().operatingIncome();
    }
}
