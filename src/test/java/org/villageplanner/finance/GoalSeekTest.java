package org.villageplanner.finance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Bracket-and-bisect on known probability curves. */
class GoalSeekTest {
    /** A step at 123,456 yuan: the answer is the first grid point at or above it, to 1,000 yuan. */
    @Test
    void findsTheSmallestGridValueReachingTheProbability() {
        List<Double> asked = new ArrayList<>();
        GoalSeek.Answer a = GoalSeek.seek(v -> {
            asked.add(v);
            return v >= 123_456 ? 0.95 : 0.5;
        }, 0, 1_000_000, 1000, 0.9, 5);
        assertTrue(a.reachable());
        assertEquals(124_000, a.value());
        assertEquals(0.95, a.probabilityAtValue());
        assertEquals(123_000, a.valueBelow());
        assertEquals(0.5, a.probabilityBelow());
        assertTrue(asked.size() <= GoalSeek.evaluationsAtMost(0, 1_000_000, 1000, 5), asked.toString());
        for (int i = 1; i < a.curve().size(); i++) {
            assertTrue(a.curve().get(i).value() > a.curve().get(i - 1).value());
        }
    }

    @Test
    void ratiosLandOnTheThousandthWithoutBinaryNoise() {
        GoalSeek.Answer a = GoalSeek.seek(v -> v, 0, 1, 0.001, 0.3004, 3);
        assertEquals(0.301, a.value());
        assertEquals(0.3, a.valueBelow());
        assertTrue(a.probabilityBelow() < 0.3004);
    }

    @Test
    void unreachableWithinTheRangeHasNoValue() {
        GoalSeek.Answer a = GoalSeek.seek(v -> v / 10, 0, 2, 0.001, 0.5, 3);
        assertFalse(a.reachable());
        assertNull(a.value());
        assertNull(a.valueBelow());
        assertEquals(2, a.curve().get(a.curve().size() - 1).value());
    }

    @Test
    void alreadyEnoughAtTheMinimumAnswersTheMinimum() {
        GoalSeek.Answer a = GoalSeek.seek(v -> 1, 5000, 9000, 1000, 0.8, 2);
        assertEquals(5000, a.value());
        assertNull(a.valueBelow());
    }

    /** max off the grid: the last step is shorter, and the value below is still one tolerance below. */
    @Test
    void maximumOffTheGrid() {
        GoalSeek.Answer a = GoalSeek.seek(v -> v >= 2500 ? 1 : 0, 0, 2500, 1000, 0.9, 0);
        assertEquals(2500, a.value());
        assertEquals(1500, a.valueBelow());
        assertEquals(0, a.probabilityBelow());
    }
}
