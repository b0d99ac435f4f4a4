package org.villageplanner.service;

import org.villageplanner.domain.Units;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.villageplanner.domain.Messages;
import org.villageplanner.domain.PlannerException;
import org.villageplanner.domain.PlanProject;
import org.villageplanner.domain.Scenario;
import org.villageplanner.domain.Village;
import org.villageplanner.finance.GoalKernel;
import org.villageplanner.finance.GoalProbability;
import org.villageplanner.finance.GoalSeek;
import org.villageplanner.finance.Lever;
import org.villageplanner.finance.MonteCarlo;

/**
 * Goal seeking (CLI.md {@code solve}, the workbench's 目标倒推 panel): the smallest value of one lever for which the
 * Monte Carlo probability of a goal in a year reaches the asked one. Every lever value is judged on the same runs
 * and seed (common random numbers, {@link GoalProbability}); the search is {@link GoalSeek}'s bracket-and-bisect.
 * Optionally saves the scenario with the lever set to the answer under a new name, through the project's normal
 * write path.
 */
public final class SolveService {
    /** Default Monte Carlo runs per lever value (CLI.md). */
    public static final int DEFAULT_RUNS = 2000;
    /** Evenly spaced curve points evaluated besides the bisection's. */
    public static final int CURVE_POINTS = 11;

    private final SimulationService simulation;
    private final ProjectService projects;

    public SolveService(SimulationService simulation, ProjectService projects) {
        this.simulation = Objects.requireNonNull(simulation);
        this.projects = Objects.requireNonNull(projects);
    }

    /**
     * The question. {@code goal} is {@code operating}, {@code total} or {@code share:F}; null {@code min},
     * {@code max}, {@code runs}, {@code seed} take the lever's default range, 2000 runs and the scenario's seed.
     */
    public record Request(String scenario, String lever, String cluster, String party, String project, String goal,
            int byYear, @Units.Fraction double probability, @Units.Given("the lever") Double min, @Units.Given("the lever") Double max, Integer runs, Long seed, String saveAs) {
    }

    /** The answer, with what was asked. {@code failing}: village codes missing the goal at max (unreachable only). */
    public record Result(String scenario, Request request, Lever.Kind lever, List<String> clusters, int runs, long seed,
            @Units.Given("the lever") double min, @Units.Given("the lever") double max, GoalSeek.Answer answer, List<String> failing, String savedAs) {
    }

    /** A parsed goal: what must be met and, for {@code share:F}, the share of villages. */
    public record Goal(GoalProbability.Goal kind, @Units.Fraction double share, String text) {
        public static Goal parse(String text) {
            String t = text == null ? "" : text.strip();
            if (t.equals("operating")) {
                return new Goal(GoalProbability.Goal.OPERATING, 1, t);
            }
            if (t.equals("total")) {
                return new Goal(GoalProbability.Goal.TOTAL, 1, t);
            }
            if (t.startsWith("share:")) {
                try {
                    double f = Double.parseDouble(t.substring(6));
                    if (f > 0 && f <= 1) {
                        return new Goal(GoalProbability.Goal.SHARE, f, t);
                    }
                } catch (NumberFormatException e) {
                    // reported below
                }
            }
            throw new PlannerException("goalseek.goal.unknown", text);
        }
    }

    /** Solves on a project file (.gpkg) or a scenario file (.json with villages); saves only into a project file. */
    public Result solve(Path file, Request r, Progress progress) {
        SimulationService.Input in = simulation.load(file, r.scenario());
        boolean json = SimulationService.isScenarioFile(file);
        if (r.saveAs() != null && json) {
            throw new PlannerException("goalseek.save.needsProject", file);
        }
        PlanProject project = r.saveAs() == null || json ? null : projects.open(file);
        if (project != null && project.scenario(r.saveAs()).isPresent()) {
            throw new PlannerException("goalseek.save.exists", r.saveAs(), file);
        }
        Result result = solve(in.scenario(), in.villages(), r, progress);
        if (project != null && result.answer().reachable()) {
            Scenario saved = lever(in.scenario(), in.villages(), r).apply(result.answer().value()).withName(r.saveAs());
            // Read, add and write under the project's lock: a scenario another writer added meanwhile is kept.
            projects.update(file, now -> {
                if (now.scenario(r.saveAs()).isPresent()) {
                    throw new PlannerException("goalseek.save.exists", r.saveAs(), file);
                }
                return now.withScenario(saved);
            });
            return new Result(result.scenario(), r, result.lever(), result.clusters(), result.runs(), result.seed(),
                    result.min(), result.max(), result.answer(), result.failing(), r.saveAs());
        }
        return result;
    }

    /** Solves on a scenario and its villages (no saving); the UI calls this with the open project. */
    public Result solve(Scenario scenario, List<Village> villages, Request r, Progress progress) {
        Goal goal = Goal.parse(r.goal());
        Lever lever = lever(scenario, villages, r);
        int years = scenario.assumptions().years();
        if (r.byYear() < 0 || r.byYear() > years) {
            throw new PlannerException("goalseek.year", r.byYear(), years, scenario.name());
        }
        if (!(r.probability() > 0 && r.probability() <= 1)) {
            throw new PlannerException("goalseek.probability", r.probability());
        }
        int runs = r.runs() == null ? DEFAULT_RUNS : r.runs();
        if (runs < 1) {
            throw new PlannerException("goalseek.runs", runs);
        }
        long seed = r.seed() == null ? scenario.assumptions().monteCarlo().seed() : r.seed();
        double[] range = lever.defaultRange();
        double min = r.min() == null ? range[0] : r.min();
        double max = r.max() == null ? Math.max(min, range[1]) : r.max();
        lever.checkRange(min, max);
        GoalProbability.Spec spec = new GoalProbability.Spec(goal.kind(), goal.share(), r.byYear(), runs, seed);
        Progress p = progress == null ? Progress.NONE : progress;
        int evaluations = GoalSeek.evaluationsAtMost(min, max, lever.kind().tolerance, CURVE_POINTS);
        Map<Double, GoalProbability.Outcome> outcomes = new HashMap<>();
        // One full pass keeps what the untouched clusters give; each lever value then reruns only the lever's
        // clusters (GoalKernel), or the whole plan when that shortcut does not apply.
        GoalKernel kernel = GoalKernel.prepare(scenario, villages, spec, lever.clusters(),
                listener(p, 0, evaluations + 1, runs));
        p.checkCancelled();
        int offset = kernel == null ? 0 : 1;
        GoalSeek.Answer answer = GoalSeek.seek(value -> {
            p.checkCancelled();
            int before = outcomes.size() + offset;
            MonteCarlo.Listener l = listener(p, before, evaluations + offset, runs);
            GoalProbability.Outcome o = kernel != null ? kernel.evaluate(lever.apply(value), l)
                    : GoalProbability.evaluate(lever.apply(value), villages, spec, l);
            if (o == null) {
                throw new CancelledException();
            }
            outcomes.put(value, o);
            return o.probability();
        }, min, max, lever.kind().tolerance, r.probability(), CURVE_POINTS);
        List<String> failing = new ArrayList<>();
        if (!answer.reachable()) {
            GoalProbability.Outcome atMax = outcomes.get(answer.curve().get(answer.curve().size() - 1).value());
            for (int v = 0; v < villages.size(); v++) {
                if (atMax.villageShare()[v] < r.probability()) {
                    failing.add(villages.get(v).code());
                }
            }
        }
        return new Result(scenario.name(), r, lever.kind(), lever.clusters(), runs, seed, min, max, answer, failing,
                null);
    }

    /** The scenario with the lever set to {@code value}, named {@code name} (what {@code --save-as} stores). */
    public Scenario withLever(Scenario scenario, List<Village> villages, Request r, double value, String name) {
        return lever(scenario, villages, r).apply(value).withName(name);
    }

    private static Lever lever(Scenario scenario, List<Village> villages, Request r) {
        return Lever.of(Lever.Kind.parse(r.lever()), scenario, villages, r.cluster(), r.party(), r.project());
    }

    private static MonteCarlo.Listener listener(Progress p, int evaluation, int evaluations, int runs) {
        return MonteCarlo.Listener.of((done, total) -> p.update(evaluation * (double) runs + done,
                (double) evaluations * runs,
                Messages.get("goalseek.progress", Math.min(evaluation + 1, evaluations), evaluations)), p::isCancelled);
    }
}
