package org.villageplanner.service;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;
import org.villageplanner.domain.ClusterType;
import org.villageplanner.cluster.SuggestionRequest;
import org.villageplanner.domain.PlanProject;
import org.villageplanner.domain.ProjectInfo;
import org.villageplanner.domain.Scenario;
import org.villageplanner.finance.SyntheticScenario;

/**
 * How long each kind of background work takes to stop once it is cancelled (issue 14: within 200 ms). Each kind is
 * the same service call the app's task makes, on a generated project; a trial starts it on its own thread, sets
 * the cancel flag at a random moment between 10 % and 90 % of an uncancelled run (timed after a warm-up run), and measures the wall time from
 * the flag to the moment the call returned or threw on its thread. For {@code planner bench cancel}; a loaded
 * machine stretches these times (the worker waits for a core), so they are upper bounds of the work's own checks.
 */
public final class CancelLatency implements AutoCloseable {
    /** The kinds of background work of the app. */
    public enum Kind { SIMULATE, MONTE_CARLO, SUGGEST, IMPORT, EXPORT, REPORT, SOLVE }

    /**
     * Figures of one kind: trials in which the cancel came while the work ran ({@code cancelled} of them ended in
     * {@link CancelledException}), median and slowest latency in ms, and the uncancelled run's time in ms.
     */
    public record Figures(Kind kind, int trials, int cancelled, double medianMillis, double maxMillis,
            double fullRunMillis) {
    }

    private final Services services;
    private final PlanProject project;
    private final String scenario;
    private final SyntheticScenario county;
    private final Path dir;
    private final Path source;

    /** A generated project of {@code villages} villages; Monte Carlo and solve use a 300-village county. */
    public CancelLatency(Services services, int villages, long seed) {
        this.services = services;
        this.project = ReportBench.withClusters(services.samples().generate(villages, seed), 4);
        this.scenario = project.scenarios().get(project.scenarios().size() - 1).name();
        this.county = SyntheticScenario.of(300, 20, 10_000, seed);
        try {
            dir = Files.createTempDirectory("vcp-cancel-");
            source = dir.resolve("villages.geojson");
            services.exports().export(project, ExportFormat.GEOJSON, source, scenario);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs {@code kind} twice to completion (warm-up, then timed), then {@code trials} times with a cancel at a random moment. */
    public Figures measure(Kind kind, int trials, long seed) {
        Consumer<Progress> work = work(kind);
        work.accept(Progress.NONE); // warm-up: the first run also loads classes and fonts
        long t0 = System.nanoTime();
        work.accept(Progress.NONE);
        double full = (System.nanoTime() - t0) / 1e6;
        Random random = new Random(seed);
        double[] latency = new double[trials];
        int n = 0;
        int cancelled = 0;
        for (int i = 0; i < trials; i++) {
            Trial t = new Trial(work);
            long delay = Math.round(full * (0.1 + 0.8 * random.nextDouble()));
            t.thread.start();
            try {
                Thread.sleep(delay);
                long flag = t.cancel();
                t.thread.join();
                if (t.ended > flag) {
                    latency[n++] = (t.ended - flag) / 1e6;
                    cancelled += t.cancelledException ? 1 : 0;
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        double[] l = Arrays.copyOf(latency, n);
        Arrays.sort(l);
        return new Figures(kind, n, cancelled, n == 0 ? Double.NaN : l[n / 2], n == 0 ? Double.NaN : l[n - 1], full);
    }

    /** The app's call for {@code kind}, given the task's progress. */
    Consumer<Progress> work(Kind kind) {
        Scenario shown = project.requireScenario(scenario);
        return switch (kind) {
            case SIMULATE -> p -> services.whatIf().simulate(shown.withAssumptions(shown.assumptions().withMonteCarlo(
                    shown.assumptions().monteCarlo().withRuns(0))), project.villages(), p);
            case MONTE_CARLO -> p -> services.whatIf().simulate(county.scenario(), county.villages(), p);
            case SUGGEST -> p -> services.suggestions().suggest(project, scenario,
                    SuggestionRequest.of(ClusterType.COMPLEMENTARY), p);
            case IMPORT -> p -> services.importPreview().mergeInto(new PlanProject(ProjectInfo.untitled(), List.of(),
                    List.of(Scenario.baseline())), List.of(source), ImportOptions.DEFAULTS, p);
            case EXPORT -> p -> services.exports().export(project, ExportFormat.XLSX, dir.resolve("export.xlsx"),
                    scenario, p);
            case REPORT -> p -> services.reports().export(project, new ReportService.Request(scenario, List.of(),
                    "bench"), dir.resolve("plan.pdf"), p);
            case SOLVE -> p -> services.solve().solve(county.scenario(),
                    county.villages(), SolveBenchmark.request(county, "revenueFactor", 15, 10_000, 1), p);
        };
    }

    /** One run on its own thread with a cancel flag. */
    private static final class Trial implements Progress {
        final Thread thread;
        private volatile boolean cancel;
        volatile long ended;
        volatile boolean cancelledException;

        Trial(Consumer<Progress> work) {
            thread = new Thread(() -> {
                try {
                    work.accept(this);
                } catch (CancelledException e) {
                    cancelledException = true;
                } finally {
                    ended = System.nanoTime();
                }
            }, "cancel-latency");
            thread.setDaemon(true);
        }

        long cancel() {
            long now = System.nanoTime();
            cancel = true;
            return now;
        }

        @Override
        public void update(double done, double total, String message) {
        }

        @Override
        public boolean isCancelled() {
            return cancel;
        }
    }

    @Override
    public void close() {
        try (var walk = Files.walk(dir)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // a temporary directory left behind is harmless
        }
    }
}
