package org.villageplanner.finance;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.villageplanner.domain.ClusterType;
import org.villageplanner.domain.DistributionBasis;
import org.villageplanner.domain.MonteCarloSettings;
import org.villageplanner.domain.ShareRule;

/**
 * MODEL.md §6's common factor, worked by hand. Two WEAK villages (operating 300,000, total 1,300,000), each the only
 * member of its own cluster, each cluster with one project of 200,000 a year drawn with σ = 0.5. A village meets the
 * operating target in year 1 exactly when 200,000·m ≥ 200,000, i.e. m = exp(σZ − σ²/2) ≥ 1, i.e. Z ≥ σ/2 = 0.25:
 * probability 1 − Φ(0.25) = 0.4013 (its total income is above 1,000,000 whatever the draw). With ρ = 1 both projects
 * draw the same Z, so both villages meet together: P(all meet) = 0.4013, and their income bands are equal. With
 * ρ = 0 the draws are independent: P(all meet) = 0.4013² = 0.1610.
 */
class MonteCarloCorrelationTest {
    private static final int RUNS = 4000;

    private static SimulationResult simulate(double rho) {
        var agreement = Fixtures.agreement(ShareRule.EQUAL, DistributionBasis.PROFIT);
        var a = Fixtures.cluster("a", ClusterType.STRONG_HELPS_WEAK, agreement, List.of("w1"), List.of(),
                List.of(Fixtures.operated("民宿", 0, 200_000, 0, 0, 0, 0, 20, 0.5)));
        var b = Fixtures.cluster("b", ClusterType.STRONG_HELPS_WEAK, agreement, List.of("w2"), List.of(),
                List.of(Fixtures.operated("茶园", 0, 200_000, 0, 0, 0, 0, 20, 0.5)));
        var assumptions = Fixtures.years(1).withMonteCarlo(new MonteCarloSettings(RUNS, 3, rho));
        return Simulator.simulate(Fixtures.scenario(assumptions, a, b),
                List.of(Fixtures.village("w1", 1_300_000, 300_000), Fixtures.village("w2", 1_300_000, 300_000)));
    }

    @Test
    void withFullCorrelationBothVillagesMeetTogether() {
        MonteCarloResult mc = simulate(1).monteCarlo();
        // Standard error √(0.4 × 0.6 / 4000) = 0.0077; ±0.035 is more than four of them.
        assertEquals(0.4013, mc.pAllMeetTargets(), 0.035);
        // Every run pays both villages the same, so their bands are equal to the yuan.
        assertArrayEquals(mc.operatingIncomeP10().get("w1"), mc.operatingIncomeP10().get("w2"), 1e-6);
        assertArrayEquals(mc.operatingIncomeP50().get("w1"), mc.operatingIncomeP50().get("w2"), 1e-6);
        assertArrayEquals(mc.operatingIncomeP90().get("w1"), mc.operatingIncomeP90().get("w2"), 1e-6);
        // The median multiplier is exp(−σ²/2) = exp(−0.125): year-1 P50 = 300,000 + 200,000 × 0.8825 = 476,499
        // (the sample median of Z is within ±0.02 of 0: ±2,000 yuan; ±8,000 allowed).
        assertEquals(300_000 + 200_000 * Math.exp(-0.125), mc.operatingIncomeP50().get("w1")[1], 8_000);
    }

    @Test
    void withoutCorrelationTheVillagesMeetIndependently() {
        // Standard error √(0.161 × 0.839 / 4000) = 0.0058; ±0.03 is five of them.
        assertEquals(0.4013 * 0.4013, simulate(0).monteCarlo().pAllMeetTargets(), 0.03);
    }
}
