package org.villageplanner.service;

import org.villageplanner.domain.Units;

import org.villageplanner.finance.SyntheticScenario;

/**
 * {@code planner bench solve}: goal seeking on the benchmark county ({@link SyntheticScenario}: 300 villages, 20
 * years): for "every village meets the operating target in year 15 with probability 0.5", the revenue factor of
 * the first project of the weakest village's cluster (only that cluster reruns per lever value), or the whole
 * plan's payout ratio (every cluster reruns), 10,000 runs per lever value by default. Wall-clock and process CPU time of each repetition; asserts nothing.
 */
public final class SolveBenchmark {
    private SolveBenchmark() {
    }

    /** Figures of one benchmark: medians in milliseconds. */
    public record Figures(String lever, String cluster, int villages, int years, int runs, int threads,
            int evaluations, double millis,
            double cpuMillis, @Units.Given("the lever") Double value, @Units.Fraction double probabilityAtValue) {
    }

    public static Figures run(SolveService solve, String lever, int villages, int years, int runs, long seed,
            int repetitions) {
        SyntheticScenario s = SyntheticScenario.of(villages, years, runs, seed);
        int byYear = Math.min(15, years);
        SolveService.Request r = request(s, lever, byYear, runs, seed);
        String project = r.project();
        // Warm-up on a tenth of the runs.
        solve.solve(s.scenario(), s.villages(), new SolveService.Request(null, r.lever(), r.cluster(), null, project,
                "operating", byYear, 0.5, null, null, Math.max(1, runs / 10), seed, null), Progress.NONE);
        double[] wall = new double[Math.max(1, repetitions)];
        double[] cpu = new double[wall.length];
        SolveService.Result last = null;
        for (int i = 0; i < wall.length; i++) {
            long c0 = cpuNanos();
            long t0 = System.nanoTime();
            last = solve.solve(s.scenario(), s.villages(), r, Progress.NONE);
            wall[i] = (System.nanoTime() - t0) / 1e6;
            cpu[i] = c0 < 0 ? Double.NaN : (cpuNanos() - c0) / 1e6;
        }
        java.util.Arrays.sort(wall);
        java.util.Arrays.sort(cpu);
        return new Figures(lever, r.cluster(), villages, years, runs, Runtime.getRuntime().availableProcessors(),
                last.answer().curve().size(), wall[wall.length / 2], cpu[cpu.length / 2], last.answer().value(),
                last.answer().probabilityAtValue() == null ? Double.NaN : last.answer().probabilityAtValue());
    }

    /**
     * The benchmark's question: the lever that lets the cluster of the village with the lowest operating income
     * (its first project's revenue for {@code revenueFactor}) reach the operating-income target by {@code byYear}
     * with probability 0.5.
     */
    public static SolveService.Request request(SyntheticScenario s, String lever, int byYear, int runs, long seed) {
        var weakest = s.villages().stream().min(java.util.Comparator.comparingDouble(
                org.villageplanner.domain.Village::operatingIncome)).orElseThrow();
        var cluster = s.scenario().clusterOf(weakest.code()).orElseThrow();
        String project = cluster.projects().get(0).name();
        return new SolveService.Request(null, lever, lever.equals("revenueFactor") ? cluster.id() : null, null,
                project, "operating", byYear, 0.5, null, null, runs, seed, null);
    }

    private static long cpuNanos() {
        java.lang.management.OperatingSystemMXBean os = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        return os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() : -1;
    }
}
