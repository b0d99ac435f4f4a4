package org.villageplanner.service;

import org.villageplanner.domain.Units;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.villageplanner.domain.Assumptions;
import org.villageplanner.domain.Messages;
import org.villageplanner.domain.MonteCarloSettings;
import org.villageplanner.domain.PlannerException;
import org.villageplanner.domain.PlanProject;
import org.villageplanner.domain.Scenario;
import org.villageplanner.domain.Village;
import org.villageplanner.finance.MonteCarlo;
import org.villageplanner.finance.SimulationResult;
import org.villageplanner.finance.Simulator;
import org.villageplanner.finance.SyntheticScenario;

/**
 * Simulating a scenario (MODEL.md): from a project file ({@code .gpkg}) or a self-contained scenario JSON file
 * (with a {@code villages} array), with optional overrides of years, Monte Carlo runs and seed.
 *
 * <p>Errors are {@link PlannerException}s naming the file, scenario, cluster or village; cancelling through
 * {@link Progress} throws {@link CancelledException}.
 */
public final class SimulationService {
    private final ProjectService projects;
    private final ScenarioService scenarios;

    public SimulationService(ProjectService projects, ScenarioService scenarios) {
        this.projects = Objects.requireNonNull(projects);
        this.scenarios = Objects.requireNonNull(scenarios);
    }

    /** What to change for one run; null fields keep the scenario's own value. */
    public record Overrides(Integer years, Integer runs, Long seed) {
        public static final Overrides NONE = new Overrides(null, null, null);

        /** {@code scenario} with these overrides applied (validated by the domain records). */
        public Scenario apply(Scenario scenario) {
            Assumptions a = scenario.assumptions();
            if (years != null) {
                a = a.withYears(years);
            }
            MonteCarloSettings mc = a.monteCarlo();
            if (runs != null) {
                mc = mc.withRuns(runs);
            }
            if (seed != null) {
                mc = mc.withSeed(seed);
            }
            return scenario.withAssumptions(a.withMonteCarlo(mc));
        }
    }

    /**
     * Whether {@code file} is read as a self-contained scenario JSON file (its name ends in {@code .json}, any case)
     * rather than as a project file.
     */
    public static boolean isScenarioFile(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json");
    }

    /** A scenario and the villages it is simulated against. */
    public record Input(Scenario scenario, List<Village> villages) {
    }

    /**
     * Loads scenario {@code name} (null: the first, or the file's only one) and the villages from {@code file}:
     * a scenario JSON file when its name ends in {@code .json}, else a project file.
     */
    public Input load(Path file, String name) {
        if (isScenarioFile(file)) {
            ScenarioDocument doc = scenarios.readFile(file);
            if (name != null && !name.equals(doc.scenario().name())) {
                throw new PlannerException("finance.simulation.otherScenario", file, name, doc.scenario().name());
            }
            if (doc.villages().isEmpty()) {
                throw new PlannerException("finance.simulation.noVillages", file);
            }
            return new Input(doc.scenario(), doc.villages());
        }
        PlanProject p = projects.open(file);
        return new Input(p.requireScenario(name), p.villages());
    }

    public SimulationResult simulate(Path file, String scenarioName, Overrides overrides, Progress progress) {
        Input in = load(file, scenarioName);
        return simulate(in.scenario(), in.villages(), overrides, progress);
    }

    /** Simulates {@code scenario} against {@code villages}; Monte Carlo progress goes to {@code progress}. */
    public SimulationResult simulate(Scenario scenario, List<Village> villages, Overrides overrides,
            Progress progress) {
        Scenario s = (overrides == null ? Overrides.NONE : overrides).apply(scenario);
        SimulationResult r = Simulator.simulate(s, villages, listener(progress == null ? Progress.NONE : progress));
        if (r == null) {
            throw new CancelledException();
        }
        return r;
    }

    static MonteCarlo.Listener listener(Progress progress) {
        return MonteCarlo.Listener.of((done, total) -> progress.update(done, total,
                Messages.get("finance.simulation.progress", done, total)), progress::isCancelled);
    }

    /**
     * Timings of {@link #benchmark}: wall-clock medians in milliseconds; {@code monteCarloCpuMillis} is the process
     * CPU time of the median Monte Carlo (all threads, NaN where the JVM cannot tell), which shows the work done
     * even when other processes share the cores.
     */
    public record Benchmark(int villages, int clusters, int years, int runs, int threads, double deterministicMillis,
            double monteCarloMillis, double monteCarloCpuMillis, @Units.Fraction double pAllMeetTargets) {
    }

    /**
     * Times the deterministic simulation and the Monte Carlo on a synthetic county
     * ({@link SyntheticScenario}), after warming up the JIT. For {@code bench simulate}.
     */
    public Benchmark benchmark(int villages, int years, int runs, long seed, int repetitions) {
        SyntheticScenario s = SyntheticScenario.of(villages, years,
                runs, seed);
        Scenario det = s.scenario().withAssumptions(s.scenario().assumptions().withMonteCarlo(
                s.scenario().assumptions().monteCarlo().withRuns(0)));
        for (int i = 0; i < 200; i++) {
            Simulator.simulate(det, s.villages());
        }
        double[] d = new double[Math.max(50, repetitions)];
        for (int i = 0; i < d.length; i++) {
            long t0 = System.nanoTime();
            Simulator.simulate(det, s.villages());
            d[i] = (System.nanoTime() - t0) / 1e6;
        }
        Simulator.simulate(s.scenario().withAssumptions(s.scenario().assumptions().withMonteCarlo(
                s.scenario().assumptions().monteCarlo().withRuns(Math.max(1, runs / 10)))), s.villages());
        double[] m = new double[Math.max(1, repetitions)];
        double[] cpu = new double[m.length];
        SimulationResult last = null;
        for (int i = 0; i < m.length; i++) {
            long c0 = processCpuNanos();
            long t0 = System.nanoTime();
            last = Simulator.simulate(s.scenario(), s.villages());
            m[i] = (System.nanoTime() - t0) / 1e6;
            cpu[i] = c0 < 0 ? Double.NaN : (processCpuNanos() - c0) / 1e6;
        }
        java.util.Arrays.sort(d);
        java.util.Arrays.sort(m);
        java.util.Arrays.sort(cpu);
        return new Benchmark(villages, s.scenario().clusters().size(), years, runs,
                Runtime.getRuntime().availableProcessors(), d[d.length / 2], m[m.length / 2], cpu[cpu.length / 2],
                last.monteCarlo().pAllMeetTargets() == null ? Double.NaN : last.monteCarlo().pAllMeetTargets());
    }

    private static long processCpuNanos() {
        java.lang.management.OperatingSystemMXBean os = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        return os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() : -1;
    }
}
