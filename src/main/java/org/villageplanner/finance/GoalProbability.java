package org.villageplanner.finance;

import org.villageplanner.domain.Units;

import java.util.List;
import java.util.SplittableRandom;
import org.villageplanner.domain.Scenario;
import org.villageplanner.domain.Village;

/**
 * The Monte Carlo probability that a goal is met in one year (CLI.md {@code solve}): the share of runs in which
 * every village's operating income is ≥ operatingIncomeTarget ({@link Goal#OPERATING}), every total income ≥
 * totalIncomeTarget ({@link Goal#TOTAL}), or at least a given share of the villages meets both ({@link Goal#SHARE}).
 *
 * <p>The runs draw exactly what {@link MonteCarlo} draws for the same scenario, runs and seed (the same blocks,
 * block seeds and order of draws), so the probability equals {@code simulate}'s
 * {@code monteCarlo.pAllMeetByYear.<goal>[year]}, and every lever value sees the same draws (common random numbers)
 * as long as the lever does not change the projects' volatilities. Each run stops at the villages' incomes (no
 * indicators). Integer counts are summed over threads, so the result does not depend on their number.
 */
public final class GoalProbability {
    private GoalProbability() {
    }

    /** What is asked for. */
    public enum Goal {
        OPERATING, TOTAL, SHARE
    }

    /**
     * @param share for {@link Goal#SHARE}: the share of villages that must meet both targets, in (0, 1]
     * @param year  the year t (0..N) in which the goal is judged
     */
    public record Spec(Goal goal, @Units.Fraction double share, int year, int runs, long seed) {
    }

    /**
     * @param probability  share of runs meeting the goal
     * @param villageShare per village (project order), the share of runs in which it meets its target(s) of the
     *                     goal in that year (both targets for {@link Goal#SHARE})
     */
    public record Outcome(@Units.Fraction double probability, @Units.Fraction double[] villageShare) {
    }

    /** The probability for {@code scenario}; null when {@code listener} cancelled. */
    public static Outcome evaluate(Scenario scenario, List<Village> villages, Spec spec, MonteCarlo.Listener listener) {
        return evaluate(new Model(scenario, villages), spec, listener, Runtime.getRuntime().availableProcessors());
    }

    static Outcome evaluate(Model m, Spec spec, MonteCarlo.Listener listener, int threads) {
        int runs = spec.runs();
        int w = m.years + 1;
        int year = spec.year();
        if (runs < 1 || year < 0 || year > m.years) {
            throw new IllegalArgumentException("runs " + runs + ", year " + year + " of " + m.years);
        }
        double rho = m.a.monteCarlo().correlation();
        long[] meetTotal = new long[1 + m.nV];
        boolean completed = MonteCarlo.inBlocks(runs, spec.seed(), listener, threads,
                () -> new MonteCarlo.CountingWorker(meetTotal) {
            final Engine.Workspace ws = Engine.Workspace.forRuns(m);

            @Override
            public void run(int r, int b, SplittableRandom rng) {
                MonteCarlo.draw(m, rho, rng, ws.mult);
                Engine.runIncomes(m, ws, null);
                countRun(m, ws, spec, 0, m.nV, counts);
            }
        });
        if (!completed) {
            return null;
        }
        double[] villageShare = new double[m.nV];
        for (int v = 0; v < m.nV; v++) {
            villageShare[v] = (double) meetTotal[1 + v] / runs;
        }
        return new Outcome((double) meetTotal[0] / runs, villageShare);
    }

    /**
     * Counts one run that has passed through {@code ws}: {@code meet[1 + v]} for each village v of {@code m} that
     * meets the goal's target(s) in the spec's year, and {@code meet[0]} when the goal is met, judged over
     * {@code allVillages} villages of which {@code othersMeeting}, outside {@code m}, are known to meet their targets.
     */
    static void countRun(Model m, Engine.Workspace ws, Spec spec, int othersMeeting, int allVillages, long[] meet) {
        int ok = othersMeeting;
        for (int v = 0; v < m.nV; v++) {
            if (meets(m, ws, v, spec)) {
                ok++;
                meet[1 + v]++;
            }
        }
        if (spec.goal() == Goal.SHARE ? ok >= needed(spec, allVillages) : ok == allVillages) {
            meet[0]++;
        }
    }

    /** For {@link Goal#SHARE}: how many of {@code villages} must meet both targets. */
    private static int needed(Spec spec, int villages) {
        return (int) Math.ceil(spec.share() * villages - 1e-9);
    }

    /** Whether village {@code v} of {@code m} meets the goal's target(s) in the spec's year after a pass. */
    static boolean meets(Model m, Engine.Workspace ws, int v, Spec spec) {
        int i = v * ws.w + spec.year();
        boolean op = ws.operating[i] >= m.a.operatingIncomeTarget();
        boolean total = ws.total[i] >= m.a.totalIncomeTarget();
        return switch (spec.goal()) {
            case OPERATING -> op;
            case TOTAL -> total;
            case SHARE -> op && total;
        };
    }
}
