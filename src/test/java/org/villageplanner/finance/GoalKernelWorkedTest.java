package org.villageplanner.finance;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.villageplanner.finance.Fixtures.agreement;
import static org.villageplanner.finance.Fixtures.cluster;
import static org.villageplanner.finance.Fixtures.operated;
import static org.villageplanner.finance.Fixtures.village;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.villageplanner.domain.Agreement;
import org.villageplanner.domain.Assumptions;
import org.villageplanner.domain.Cluster;
import org.villageplanner.domain.ClusterType;
import org.villageplanner.domain.Contribution;
import org.villageplanner.domain.DistributionBasis;
import org.villageplanner.domain.InvestmentProject;
import org.villageplanner.domain.MonteCarloSettings;
import org.villageplanner.domain.Saving;
import org.villageplanner.domain.Scenario;
import org.villageplanner.domain.ShareRule;
import org.villageplanner.domain.Village;

/**
 * The closure of a lever on cluster K, worked out by hand on a chain of clusters, and the fast path equal to the
 * full recomputation on it.
 *
 * <p>Villages V0..V8 (V0 first, index 0). Clusters in scenario order:
 * <ul>
 * <li>B (BY_CONTRIBUTION, V3 and V8, 1 project): not a floor cluster, stays out although it pays V3;</li>
 * <li>K (BY_CONTRIBUTION, V0 and V1 with outside party X, 7 projects, savings for V6): the lever's cluster, brings
 * V0, V1 and V6;</li>
 * <li>F1 (WEAK_VILLAGE_FLOOR, V0 and V2, 1 project): joins through V0 (index 0), brings V2;</li>
 * <li>F2 (WEAK_VILLAGE_FLOOR, V2 and V3, 1 project): joins in the second round through V2, brings V3;</li>
 * <li>F3 (WEAK_VILLAGE_FLOOR, V4 and V5, V3 contributes without being a member, 1 project): stays out, its floor
 * does not look at V3;</li>
 * <li>F4 (WEAK_VILLAGE_FLOOR, V6 and V7, 1 project): joins through K's savings village V6, brings V7.</li>
 * </ul>
 * Closure: K, F1, F2, F4 with 7 + 1 + 1 + 1 = 10 projects, and villages V0, V1, V2, V3, V6, V7: 6. So the base pass
 * keeps 16 figures per year and run; with {@code w} = years + 1 the shortcut is taken while 16 · w · runs ≤
 * {@link GoalKernel#LIMIT}.
 */
class GoalKernelWorkedTest {
    private static final int CLOSURE_FIGURES = 16;

    private static List<Village> villages() {
        List<Village> out = new ArrayList<>();
        for (int i = 0; i <= 8; i++) {
            // Around the targets (1,000,000 total, 500,000 operating), all weak (below 500,000 operating).
            out.add(village("V" + i, 985_000 + 2_000 * i, 480_000 + 2_000 * i));
        }
        return out;
    }

    private static InvestmentProject project(String name, double volatility) {
        return operated(name, 0, 90_000, 30_000, 0, 0, 0, 200, volatility);
    }

    private static Cluster floor(String id, List<String> members, List<Contribution> contributions, double vol) {
        return cluster(id, ClusterType.STRONG_HELPS_WEAK, agreement(ShareRule.WEAK_VILLAGE_FLOOR,
                DistributionBasis.PROFIT), 0, members, contributions, List.of(project(id + "p", vol)), List.of());
    }

    private static Scenario chain(int years, double vol, List<Saving> savingsOfB) {
        List<InvestmentProject> k = new ArrayList<>();
        for (int i = 1; i <= 7; i++) {
            k.add(project("k" + i, vol * i / 4));
        }
        Assumptions a = new Assumptions(years, 0, 0.06, 1_000_000, 500_000, 2_000_000, 500_000, 0,
                MonteCarloSettings.DEFAULTS);
        return Fixtures.scenario(a,
                cluster("B", ClusterType.COMPLEMENTARY, Agreement.DEFAULTS, 0, List.of("V3", "V8"),
                        List.of(Contribution.cash("V3", 100_000), Contribution.cash("V8", 300_000)),
                        List.of(project("bp", vol)), savingsOfB),
                cluster("K", ClusterType.COMPLEMENTARY, Agreement.DEFAULTS, 0, List.of("V0", "V1"),
                        List.of(Contribution.cash("V0", 100_000), Contribution.cash("V1", 200_000),
                                Contribution.cash("X", 300_000)), k, List.of(new Saving("V6", 5_000))),
                floor("F1", List.of("V0", "V2"), List.of(), vol),
                floor("F2", List.of("V2", "V3"), List.of(), vol),
                floor("F3", List.of("V4", "V5"), List.of(Contribution.cash("V3", 50_000)), vol),
                floor("F4", List.of("V6", "V7"), List.of(), vol));
    }

    private static GoalKernel prepare(Scenario s, int runs, int year) {
        return GoalKernel.prepare(s, villages(), new GoalProbability.Spec(GoalProbability.Goal.OPERATING, 1, year,
                runs, 3), List.of("K"), MonteCarlo.Listener.NONE);
    }

    /** 16 · 50 · 10,000 = LIMIT exactly: taken. One run more: not taken (before any run is made). */
    @Test
    void theClosureHoldsTenProjectsAndSixVillages() {
        int years = 49;
        long runs = GoalKernel.LIMIT / (CLOSURE_FIGURES * (years + 1));
        assertEquals(GoalKernel.LIMIT, runs * CLOSURE_FIGURES * (years + 1));
        Scenario s = chain(years, 0, List.of());
        assertNull(prepare(s, (int) runs + 1, 3));
        assertNotNull(prepare(s, (int) runs, 3));
    }

    /** Another cluster (B) puts savings into a closure village (V2): the shortcut is not taken. */
    @Test
    void savingsFromOutsideTheClosureIntoItTakeTheFullPath() {
        assertNull(prepare(chain(5, 0.3, List.of(new Saving("V2", 1_000))), 50, 3));
        // Savings into a village outside the closure (V8, its own member) keep the shortcut.
        assertNotNull(prepare(chain(5, 0.3, List.of(new Saving("V8", 1_000))), 50, 3));
    }

    /**
     * With volatile projects and villages near their targets, the fast path equals the full recomputation for
     * payout ratios and floors on K, per village as well as overall, and the figures are not all 0 or 1.
     */
    @ParameterizedTest
    @EnumSource(GoalProbability.Goal.class)
    void theChainRerunEqualsTheFullPass(GoalProbability.Goal goal) {
        Scenario s = chain(6, 0.6, List.of());
        List<Village> villages = villages();
        GoalProbability.Spec spec = new GoalProbability.Spec(goal, 0.5, 4, 200, 11);
        Lever payout = Lever.of(Lever.Kind.PAYOUT_RATIO, s, villages, "K", null, null);
        Lever cash = Lever.of(Lever.Kind.OUTSIDE_CASH, s, villages, "K", "X", null);
        assertEquals(List.of("K"), payout.clusters());
        GoalKernel k = GoalKernel.prepare(s, villages, spec, List.of("K"), MonteCarlo.Listener.NONE);
        assertNotNull(k);
        Set<Double> seen = new HashSet<>();
        for (Lever lever : List.of(payout, cash)) {
            for (double value : new double[] {0, 0.35, 1, 2_000_000}) {
                if (lever == payout && value > 1) {
                    continue;
                }
                Scenario moved = lever.apply(value);
                GoalProbability.Outcome fast = k.evaluate(moved, MonteCarlo.Listener.NONE);
                GoalProbability.Outcome slow = GoalProbability.evaluate(moved, villages, spec,
                        MonteCarlo.Listener.NONE);
                assertEquals(slow.probability(), fast.probability(), goal + " " + lever.kind() + " " + value);
                assertArrayEquals(slow.villageShare(), fast.villageShare(), goal + " " + lever.kind() + " " + value);
                for (double share : fast.villageShare()) {
                    seen.add(share);
                }
                seen.add(fast.probability());
            }
        }
        // Shares strictly between 0 and 1 occur, so a wrong draw or a wrong payment would show.
        assertTrue(seen.stream().filter(p -> p > 0 && p < 1).count() >= 5, seen.toString());
    }

    /** A listener that has cancelled: no kernel from prepare, no outcome from evaluate. */
    @Test
    void cancellingGivesNothing() {
        MonteCarlo.Listener stop = MonteCarlo.Listener.of((done, total) -> {
        }, () -> true);
        Scenario s = chain(5, 0.3, List.of());
        GoalProbability.Spec spec = new GoalProbability.Spec(GoalProbability.Goal.TOTAL, 1, 3, 100, 5);
        assertNull(GoalKernel.prepare(s, villages(), spec, List.of("K"), stop));
        GoalKernel k = GoalKernel.prepare(s, villages(), spec, List.of("K"), MonteCarlo.Listener.NONE);
        assertNotNull(k.evaluate(s, MonteCarlo.Listener.NONE));
        assertNull(k.evaluate(s, stop));
    }
}
