package org.villageplanner.finance;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.villageplanner.domain.MonteCarloSettings;
import org.villageplanner.domain.Scenario;

/** Properties that hold for any scenario, checked on a few hundred seeded random ones. */
class SimulationPropertiesTest {
    static LongStream seeds() {
        return LongStream.range(1, 301);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void payoutsReconcileToTheFenSharesToOneHundredPercentAndNothingIsNegative(long seed) {
        RandomScenarios rs = new RandomScenarios(seed, 12, 8, 0, 0);
        SimulationResult r = Simulator.simulate(rs.scenario, rs.villages);
        for (ClusterResult c : r.clusters()) {
            assertEquals(10_000, c.shares().stream().mapToLong(PartyShare::basisPoints).sum(), c.id());
            for (WaterfallYear y : c.waterfall()) {
                long paid = 0;
                for (Payout p : c.payouts()) {
                    long fen = p.fenByYear()[y.year() - 1];
                    assertTrue(fen >= 0, c.id() + " " + p.party() + " year " + y.year() + ": " + fen);
                    paid += fen;
                }
                assertEquals(Fen.of(y.dividends()) + Fen.of(y.guaranteed()), paid, c.id() + " year " + y.year());
                assertTrue(y.dividends() >= 0);
                assertTrue(y.retained() >= -1e-6, "retained " + y.retained());
                assertTrue(y.available() >= 0);
            }
        }
    }

    static LongStream fewSeeds() {
        return LongStream.range(1, 41);
    }

    @ParameterizedTest
    @MethodSource("fewSeeds")
    void zeroVolatilityRunsEqualTheDeterministicResultBitForBit(long seed) {
        RandomScenarios rs = new RandomScenarios(seed, 10, 6, 0, 0);
        Model m = new Model(rs.scenario, rs.villages);
        Engine.Workspace det = new Engine.Workspace(m);
        Engine.run(m, det, null);
        Engine.Workspace run = new Engine.Workspace(m);
        MonteCarlo.draw(m, 0.3, new java.util.SplittableRandom(seed), run.mult);
        Engine.run(m, run, null);
        assertArrayEquals(det.operating, run.operating);
        assertArrayEquals(det.indicators, run.indicators);
    }

    @Test
    void zeroVolatilityBandsCollapseOntoTheDeterministicIncomes() {
        RandomScenarios rs = new RandomScenarios(7, 20, 5, 300, 0);
        SimulationResult r = Simulator.simulate(rs.scenario, rs.villages);
        assertEquals(300, r.monteCarlo().runs());
        for (VillageResult v : r.villages()) {
            assertArrayEquals(v.operatingIncome(), r.monteCarlo().operatingIncomeP10().get(v.code()));
            assertArrayEquals(v.operatingIncome(), r.monteCarlo().operatingIncomeP90().get(v.code()));
        }
    }

    @Test
    void theSameSeedGivesTheSameBandsAndAnotherSeedOtherBandsButTheSameDeterministicFigures() {
        RandomScenarios rs = new RandomScenarios(11, 30, 6, 700, 0.3);
        Scenario s = rs.scenario;
        Scenario other = s.withAssumptions(s.assumptions().withMonteCarlo(
                new MonteCarloSettings(700, 12345, s.assumptions().monteCarlo().correlation())));
        SimulationResult a = Simulator.simulate(s, rs.villages);
        SimulationResult b = Simulator.simulate(s, rs.villages);
        SimulationResult c = Simulator.simulate(other, rs.villages);
        String code = rs.scenario.clusters().get(0).members().get(0);
        assertArrayEquals(a.monteCarlo().operatingIncomeP50().get(code), b.monteCarlo().operatingIncomeP50().get(code));
        assertEquals(a.monteCarlo().pAllMeetTargets(), b.monteCarlo().pAllMeetTargets());
        assertTrue(a.monteCarlo().operatingIncomeP50().get(code)[3] != c.monteCarlo().operatingIncomeP50().get(code)[3]);
        for (int i = 0; i < a.villages().size(); i++) {
            assertArrayEquals(a.villages().get(i).operatingIncome(), c.villages().get(i).operatingIncome());
        }
        assertEquals(a.indicators(), c.indicators());
        double[] p10 = a.monteCarlo().operatingIncomeP10().get(code);
        double[] p90 = a.monteCarlo().operatingIncomeP90().get(code);
        for (int t = 0; t < p10.length; t++) {
            assertTrue(p10[t] <= a.monteCarlo().operatingIncomeP50().get(code)[t] && p10[t] <= p90[t]);
        }
    }

    @Test
    void percentilesInterpolateBetweenOrderStatistics() {
        double[] out = new double[3];
        Percentiles.of(new double[] {5, 1, 4, 2, 3}, 5, new double[] {0.1, 0.5, 0.9}, out);
        assertArrayEquals(new double[] {1.4, 3, 4.6}, out, 1e-12);
    }
}
