package org.villageplanner.finance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Bracket-and-bisect worked step by step: which lever values are asked, in which order, and what the answer and
 * curve are. Each probability curve is a step: {@code low} below {@code step}, {@code high} from it on.
 */
class GoalSeekWorkedTest {
    /** A probability curve that records the values asked, in order. */
    private record Step(double step, double low, double high, List<Double> asked) implements GoalSeek.Probability {
        Step(double step, double low, double high) {
            this(step, low, high, new ArrayList<>());
        }

        @Override
        public double at(double value) {
            asked.add(value);
            return value >= step ? high : low;
        }
    }

    private static List<Double> values(String spaced) {
        List<Double> out = new ArrayList<>();
        for (String s : spaced.trim().split(" +")) {
            out.add(Double.parseDouble(s));
        }
        return out;
    }

    private static List<Double> curve(GoalSeek.Answer a) {
        return a.curve().stream().map(GoalSeek.Point::value).toList();
    }

    /**
     * Steps = ⌊(max − min) / tolerance + 1e-9⌋; bisection needs its bit length; plus the two ends, the value below
     * and the curve points beyond the two ends. 0.4 / 0.1 is 4 steps (not 3), 5,000..9,000 is 4 (not 14).
     */
    @ParameterizedTest(name = "[{0}, {1}] by {2}, {3} curve points → {4}")
    @CsvSource(textBlock = """
            0,    1000000, 1000, 5, 16
            0,    1000000, 1000, 1, 13
            0,    1000000, 1000, 0, 13
            5000, 9000,    1000, 0, 6
            0,    0.4,     0.1,  2, 6
            0,    0,       1000, 0, 4
            0,    3000,    1000, 4, 7
            """)
    void theEvaluationBoundCountsStepsBisectionAndCurvePoints(double min, double max, double tolerance, int curvePoints, int expected) {
        assertEquals(expected, GoalSeek.evaluationsAtMost(min, max, tolerance, curvePoints));
    }

    /**
     * [0, 4000] by 1000, probability 0.9 asked. {@code step} 0: enough at min, answer 0. {@code step} 4000: the
     * maximum gives exactly 0.9, which is enough; 2000 and 3000 are asked. {@code step} 3000: exactly 0.9 at 3000
     * is enough, so the answer is 3000, not 4000. {@code step} 5000: unreachable.
     */
    @ParameterizedTest(name = "step at {0} → {1}")
    @CsvSource(textBlock = """
            0,    0,    ,     0,
            4000, 4000, 3000, 0 4000 2000 3000
            3000, 3000, 2000, 0 4000 2000 3000
            1000, 1000, 0,    0 4000 2000 1000
            """)
    void aProbabilityEqualToTheAskedOneIsEnough(double step, double value, Double below, String asked) {
        Step p = new Step(step, 0.5, 0.9);
        GoalSeek.Answer a = GoalSeek.seek(p, 0, 4000, 1000, 0.9, 0);
        assertTrue(a.reachable());
        assertEquals(value, a.value());
        assertEquals(0.9, a.probabilityAtValue());
        assertEquals(below, a.valueBelow());
        assertEquals(below == null ? null : 0.5, a.probabilityBelow());
        assertEquals(values(asked), p.asked());
    }

    @Test
    void unreachableWhenTheMaximumGivesLessAndOnlyTheEndsAreAsked() {
        Step p = new Step(5000, 0.5, 0.9);
        GoalSeek.Answer a = GoalSeek.seek(p, 0, 4000, 1000, 0.9, 0);
        assertFalse(a.reachable());
        assertNull(a.value());
        assertNull(a.probabilityAtValue());
        assertEquals(values("0 4000"), p.asked());
    }

    /** Curve points evenly spaced on the grid: k = round(i · last / (points − 1)); one point is min alone. */
    @ParameterizedTest(name = "{0} points → {1}")
    @CsvSource(textBlock = """
            5, 0 250000 500000 750000 1000000
            2, 0 1000000
            1, 0
            0, 0
            """)
    void curvePointsAreEvenlySpacedOnTheGrid(int points, String expected) {
        GoalSeek.Answer a = GoalSeek.seek(new Step(0, 0.5, 0.95), 0, 1_000_000, 1000, 0.9, points);
        assertEquals(values(expected), curve(a));
    }

    /**
     * Probability 0 below {@code step}, 1 from it on, 0.9 asked. Max on the grid (4 steps, no extra point): 3 curve
     * points are 0, 2000, 4000, not 0, 3000, 4000. Max off the grid (2,500 by 1,000): grid points 0, 1000, 2000, then
     * 2500; bisection asks 1000 and 2000 (both fail), the answer is 2500 and 1500 is asked for the value below. A range
     * from 5000: nothing outside 5000..9000 is asked. A range of one value. A tolerance of ten million yuan lands on
     * its grid exactly.
     */
    @ParameterizedTest(name = "step {0} in [{1}, {2}] by {3} → {5}")
    @CsvSource(textBlock = """
            0,        0,    4000,     1000,     3, 0,        ,         0 2000 4000,                 0 2000 4000
            2500,     0,    2500,     1000,     0, 2500,     1500,     0 2500 1000 2000 1500,       0 1000 1500 2000 2500
            7000,     5000, 9000,     1000,     3, 7000,     6000,     5000 9000 7000 6000,         5000 6000 7000 9000
            0,        7000, 7000,     1000,     2, 7000,     ,         7000,                        7000
            25000000, 0,    40000000, 10000000, 0, 30000000, 20000000, 0 40000000 20000000 30000000, 0 20000000 30000000 40000000
            """)
    void bisectionOnTheGridAsksTheseValues(double step, double min, double max, double tolerance, int points,
            double value, Double below, String asked, String curve) {
        Step p = new Step(step, 0, 1);
        GoalSeek.Answer a = GoalSeek.seek(p, min, max, tolerance, 0.9, points);
        assertEquals(value, a.value());
        assertEquals(below, a.valueBelow());
        assertEquals(values(asked), p.asked());
        assertEquals(values(curve), curve(a));
    }

    @ParameterizedTest(name = "[{0}, {1}] by {2}")
    @CsvSource(textBlock = """
            0,   10,       0
            0,   10,       -1
            0,   10,       NaN
            10,  9,        1
            NaN, 10,       1
            0,   Infinity, 1
            """)
    void badRangesAndTolerancesAreRefused(double min, double max, double tolerance) {
        assertThrows(IllegalArgumentException.class,
                () -> GoalSeek.seek(new Step(0, 1, 1), min, max, tolerance, 0.5, 0));
    }

    /** Rounds to 6 digits below the tolerance: to 10 yuan for 10,000,000, to 1 yuan for 1,000,000. */
    @ParameterizedTest(name = "{0} to {1} → {2}")
    @CsvSource(textBlock = """
            1234567.4,           10000000, 1234570
            1234567.4,           1000000,  1234567
            1234567.6,           1000,     1234567.6
            0.30000000000000004, 0.001,    0.3
            0.1234567891,        0.001,    0.123456789
            """)
    void roundingKeepsSixDigitsBelowTheTolerance(double v, double tolerance, double expected) {
        assertEquals(expected, GoalSeek.round(v, tolerance));
    }
}
