package org.villageplanner.finance;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.villageplanner.finance.Fixtures.*;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.villageplanner.domain.Village;
import org.villageplanner.finance.GoalProbability.Goal;
import org.villageplanner.finance.GoalProbability.Spec;

/**
 * The goal probability of CLI.md {@code solve} at the edges of its rules, worked by hand. Without volatility every run
 * equals the deterministic result (MODEL.md §6), so each probability is exactly 0 or 1. Village a sits exactly on both
 * targets (500,000 operating, 1,000,000 total: it meets them), b meets only the operating target, c only the total.
 */
class GoalProbabilityEdgeTest {
    private static final List<Village> VILLAGES = List.of(village("a", 1_000_000, 500_000),
            village("b", 900_000, 600_000), village("c", 2_000_000, 300_000));

    private static GoalProbability.Outcome evaluate(Goal goal, double share, int year) {
        return GoalProbability.evaluate(scenario(years(2)), VILLAGES, new Spec(goal, share, year, 50, 1),
                MonteCarlo.Listener.NONE);
    }

    @Test
    void eachGoalCountsTheVillagesThatMeetItsTargets() {
        GoalProbability.Outcome op = evaluate(Goal.OPERATING, 1, 2);
        assertEquals(0, op.probability(), 0.0, "c is below the operating target");
        assertArrayEquals(new double[] {1, 1, 0}, op.villageShare(), 0.0);
        GoalProbability.Outcome total = evaluate(Goal.TOTAL, 1, 2);
        assertEquals(0, total.probability(), 0.0, "b is below the total target");
        assertArrayEquals(new double[] {1, 0, 1}, total.villageShare(), 0.0);
        // Both targets: only a.
        assertArrayEquals(new double[] {1, 0, 0}, evaluate(Goal.SHARE, 1, 2).villageShare(), 0.0);
    }

    @Test
    void aShareOfVillagesIsMetWhenEnoughVillagesMeetBothTargets() {
        // One village of three meets both: a share of 1/3 needs ⌈3 × 1/3⌉ = 1 village (met), a half needs 2 (not).
        assertEquals(1, evaluate(Goal.SHARE, 1.0 / 3, 2).probability(), 0.0);
        assertEquals(0, evaluate(Goal.SHARE, 0.5, 2).probability(), 0.0);
        assertEquals(0, evaluate(Goal.SHARE, 1, 2).probability(), 0.0);
    }

    @Test
    void theYearMustBeOneOfTheScenariosYears() {
        assertEquals(0, evaluate(Goal.OPERATING, 1, 0).probability(), 0.0, "year 0 is a year");
        assertThrows(IllegalArgumentException.class, () -> evaluate(Goal.OPERATING, 1, 3));
        assertThrows(IllegalArgumentException.class, () -> evaluate(Goal.OPERATING, 1, -1));
        assertThrows(IllegalArgumentException.class, () -> GoalProbability.evaluate(scenario(years(2)), VILLAGES,
                new Spec(Goal.OPERATING, 1, 1, 0, 1), MonteCarlo.Listener.NONE));
    }
}
