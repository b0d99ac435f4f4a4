package org.villageplanner.finance;

import org.villageplanner.domain.Units;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Bracket-and-bisect goal seeking on one lever (CLI.md {@code solve}): the smallest lever value in [min, max], on
 * the grid min, min + tolerance, min + 2·tolerance, … (and max itself), whose probability is ≥ the asked one.
 *
 * <p>How: the probability is evaluated at min and max first. At min already enough → the answer is min. Not enough
 * at max → unreachable. Otherwise bisection on the grid keeps a failing lower and a succeeding upper point until
 * they are one step apart; the answer is the upper one and {@code valueBelow} = answer − tolerance, whose
 * probability is below (it is the lower point, or evaluated when the last step was shorter). Where the probability
 * is monotone in the lever (as for most levers under common random numbers) this is the smallest such value; where
 * it is not, it is still a value that reaches the goal with one that misses just below it. Every evaluation also
 * goes into the curve, with {@code curvePoints} evenly spaced grid points added.
 *
 * <p>Pure: the caller supplies the probability as a function; the result is the same for the same function.
 */
public final class GoalSeek {
    private GoalSeek() {
    }

    /** The probability at a lever value; may throw to cancel. */
    @FunctionalInterface
    public interface Probability {
        double at(double value);
    }

    public record Point(@Units.Given("the lever: yuan for floor and outsideCash, else a fraction or factor") double value, @Units.Fraction double probability) {
    }

    /**
     * @param value             the answer, or null when unreachable within [min, max]
     * @param valueBelow        value − tolerance, or null when unreachable or the answer is min
     * @param curve             every evaluated point, by increasing value
     */
    public record Answer(boolean reachable, @Units.Given("the lever: yuan for floor and outsideCash, else a fraction or factor") Double value, @Units.Fraction Double probabilityAtValue, @Units.Given("the lever: yuan for floor and outsideCash, else a fraction or factor") Double valueBelow,
            @Units.Fraction Double probabilityBelow, @Units.Given("the lever: yuan for floor and outsideCash, else a fraction or factor") double tolerance, List<Point> curve) {
    }

    /** How many probability evaluations {@link #seek} needs at most (for progress). */
    public static int evaluationsAtMost(double min, double max, double tolerance, int curvePoints) {
        long steps = steps(min, max, tolerance);
        int bisect = 64 - Long.numberOfLeadingZeros(Math.max(1, steps));
        return 2 + bisect + 1 + Math.max(0, curvePoints - 2);
    }

    public static Answer seek(Probability probability, double min, double max, double tolerance, double target,
            int curvePoints) {
        if (!(tolerance > 0) || !(max >= min) || Double.isInfinite(max) || Double.isNaN(min)) {
            throw new IllegalArgumentException("range [" + min + ", " + max + "], tolerance " + tolerance);
        }
        Map<Double, Double> memo = new TreeMap<>();
        long steps = steps(min, max, tolerance);
        // Grid index k = 0..steps is min + k·tolerance; index steps + 1 is max when max is off the grid.
        long last = grid(min, tolerance, steps) < max ? steps + 1 : steps;
        Eval eval = new Eval(probability, memo, min, max, tolerance, steps);
        Boolean reachable = null;
        Double value = null;
        Double below = null;
        double pLo = eval.at(0);
        if (pLo >= target) {
            value = min;
            reachable = true;
        } else if (eval.at(last) < target) {
            reachable = false;
        } else {
            long lo = 0;
            long hi = last;
            while (hi - lo > 1) {
                long mid = lo + (hi - lo) / 2;
                if (eval.at(mid) >= target) {
                    hi = mid;
                } else {
                    lo = mid;
                }
            }
            value = eval.value(hi);
            below = round(value - tolerance, tolerance);
            eval.atValue(below);
            reachable = true;
        }
        for (int i = 0; i < curvePoints; i++) {
            long k = curvePoints == 1 ? 0 : Math.round((double) i * last / (curvePoints - 1));
            eval.at(k);
        }
        List<Point> curve = new ArrayList<>();
        memo.forEach((v, p) -> curve.add(new Point(v, p)));
        return new Answer(reachable, value, value == null ? null : memo.get(value), below,
                below == null ? null : memo.get(below), tolerance, curve);
    }

    private static long steps(double min, double max, double tolerance) {
        return (long) Math.floor((max - min) / tolerance + 1e-9);
    }

    private static double grid(double min, double tolerance, long k) {
        return round(min + k * tolerance, tolerance);
    }

    /** Rounds away binary noise (0.30000000000000004) to well below the tolerance. */
    static double round(double v, double tolerance) {
        double digits = Math.floor(Math.log10(tolerance)) - 6;
        if (digits >= 0) {
            double unit = Math.pow(10, digits);
            return Math.round(v / unit) * unit;
        }
        double inverse = Math.pow(10, -digits);
        return Math.round(v * inverse) / inverse;
    }

    private record Eval(Probability probability, Map<Double, Double> memo, double min, double max, double tolerance,
            long steps) {
        double value(long k) {
            return k > steps ? max : grid(min, tolerance, k);
        }

        double at(long k) {
            return atValue(value(k));
        }

        double atValue(double v) {
            Double p = memo.get(v);
            if (p == null) {
                p = probability.at(v);
                memo.put(v, p);
            }
            return p;
        }
    }
}
