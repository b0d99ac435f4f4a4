package org.villageplanner.finance;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.villageplanner.domain.Assumptions;

/**
 * The fast path (only the lever's clusters rerun) gives exactly the full recomputation's probability and village
 * shares, for every goal and several lever values, and the full recomputation equals simulate's pAllMeetByYear.
 */
class GoalKernelTest {
    private static final int RUNS = 300;

    @Test
    void closureRerunEqualsTheFullPassBitForBit() {
        SyntheticScenario county = SyntheticScenario.of(80, 12, RUNS, 3);
        var a = county.scenario().assumptions();
        // Higher thresholds and targets, so that the floor clusters have weak members with work to do.
        SyntheticScenario s = new SyntheticScenario(county.scenario().withAssumptions(new Assumptions(a.years(),
                a.baselineGrowth(), a.discountRate(), 1_000_000, 600_000, 4_000_000, 1_500_000, a.landYuanPerMu(),
                a.monteCarlo())), county.villages());
        // Without a cluster, the floor lever acts on every floor cluster with a weak member (a closure of several).
        Lever floors = Lever.of(Lever.Kind.FLOOR, s.scenario(), s.villages(), null, null, null);
        String floorCluster = floors.clusters().get(0);
        String project = s.scenario().clusters().stream().filter(c -> c.id().equals(floorCluster)).findFirst()
                .orElseThrow().projects().get(0).name();
        java.util.Set<Double> seen = new java.util.HashSet<>();
        for (GoalProbability.Goal goal : GoalProbability.Goal.values()) {
            GoalProbability.Spec spec = new GoalProbability.Spec(goal, 0.9, 9, RUNS, 17);
            for (Lever lever : List.of(floors, Lever.of(Lever.Kind.FLOOR, s.scenario(), s.villages(), floorCluster,
                    null, null),
                    Lever.of(Lever.Kind.REVENUE_FACTOR, s.scenario(), s.villages(), floorCluster, null, project))) {
                GoalKernel k = GoalKernel.prepare(s.scenario(), s.villages(), spec, lever.clusters(),
                        MonteCarlo.Listener.NONE);
                assertNotNull(k);
                for (double value : new double[] {0, 0.7, 1.3, 400_000, 1_200_000, 2_000_000}) {
                    var scenario = lever.apply(value);
                    GoalProbability.Outcome fast = k.evaluate(scenario, MonteCarlo.Listener.NONE);
                    GoalProbability.Outcome slow = GoalProbability.evaluate(scenario, s.villages(), spec,
                            MonteCarlo.Listener.NONE);
                    assertEquals(slow.probability(), fast.probability(), goal + " " + lever.kind() + " " + value);
                    assertArrayEquals(slow.villageShare(), fast.villageShare(), goal + " " + value);
                    seen.add(fast.probability());
                    for (double share : fast.villageShare()) {
                        seen.add(share);
                    }
                }
            }
        }
        // Not a comparison of zeros: the lever values give many different probabilities.
        assertTrue(seen.size() >= 10, seen.toString());
    }

    @Test
    void fullPassEqualsSimulatesProbabilityByYear() {
        SyntheticScenario s = SyntheticScenario.of(40, 8, RUNS, 5);
        var mc = Simulator.simulate(s.scenario(), s.villages()).monteCarlo();
        for (int t = 0; t <= 8; t++) {
            var op = GoalProbability.evaluate(s.scenario(), s.villages(), new GoalProbability.Spec(
                    GoalProbability.Goal.OPERATING, 1, t, RUNS, s.scenario().assumptions().monteCarlo().seed()),
                    MonteCarlo.Listener.NONE);
            var total = GoalProbability.evaluate(s.scenario(), s.villages(), new GoalProbability.Spec(
                    GoalProbability.Goal.TOTAL, 1, t, RUNS, s.scenario().assumptions().monteCarlo().seed()),
                    MonteCarlo.Listener.NONE);
            assertEquals(mc.pAllMeetByYear().operating()[t], op.probability(), "year " + t);
            assertEquals(mc.pAllMeetByYear().total()[t], total.probability(), "year " + t);
        }
    }

    @Test
    void aLeverOnEveryClusterTakesTheFullPathWhenTheClosureIsTooLarge() {
        SyntheticScenario s = SyntheticScenario.of(300, 20, 10_000, 1);
        Lever all = Lever.of(Lever.Kind.PAYOUT_RATIO, s.scenario(), s.villages(), null, null, null);
        assertNull(GoalKernel.prepare(s.scenario(), s.villages(), new GoalProbability.Spec(
                GoalProbability.Goal.OPERATING, 1, 15, 10_000, 1), all.clusters(), MonteCarlo.Listener.NONE));
    }
}
