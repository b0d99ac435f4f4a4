package org.villageplanner.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.villageplanner.domain.Messages;
import org.villageplanner.domain.PlannerException;
import org.villageplanner.domain.PlanProject;
import org.villageplanner.service.Services;
import org.villageplanner.service.SimulationService;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code planner bench store}: wall-clock figures for opening and saving the project file (the bundled sample and
 * a generated project); {@code planner bench simulate}: the deterministic simulation and the Monte Carlo on a
 * synthetic county (300 villages × 20 years × 10,000 runs by default). Prints figures; it asserts nothing
 * (DESIGN.md: benchmarks are run on demand).
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Benchmarks that print figures. WHAT: store (open/save the sample and a large generated "
                + "project), simulate (deterministic simulation and Monte Carlo), suggest (adjacency graph and "
                + "cluster suggestions; SSD against SKATER), report (plan PDF of the county sample), solve (goal seeking on the "
                + "benchmark county), fuzz (mutated files to every reader, outcome counts), cancel (time from cancel to the end of each kind of background work), crash (kill -9 during project "
                + "writes, state checked), ui-stress (random edits in the real window, saves read back), save-crash (kill -9 "
                + "of the app while it saves), ui (the real window on a generated project: bench ui --villages N "
                + "[--file PROJECT.gpkg]; needs a display, Xvfb is fine).")
final class BenchCommand implements Callable<Integer> {
    private final Services services;

    @Parameters(index = "0", paramLabel = "WHAT", description = "What to measure: store, simulate, suggest, report, solve, fuzz, cancel, crash, ui-stress or save-crash.")
    String what;

    @Option(names = "--sample", defaultValue = "samples/longshan.gpkg", description = "Sample project to open and save.")
    Path sample;

    @Option(names = "--villages", description = "Size of the generated project (default 20000 for store, 300 for "
            + "simulate).")
    Integer villages;

    @Option(names = "--repeat", defaultValue = "3", description = "Runs per figure; the best is shown (default 3; "
            + "simulate shows the median).")
    int repeat;

    @Option(names = "--years", defaultValue = "20", description = "simulate: projected years (default 20).")
    int years;

    @Option(names = "--runs", defaultValue = "10000", description = "simulate: Monte Carlo runs (default 10000).")
    int runs;

    @Option(names = "--seed", defaultValue = "1", description = "simulate: seed of the synthetic county and draws.")
    long seed;

    @Option(names = "--inputs", defaultValue = "10000", description = "fuzz: mutated inputs to read (default 10000).")
    long inputs;

    @Option(names = "--start", defaultValue = "0", description = "fuzz: index of the first input (to reproduce one).")
    long start;

    @Option(names = "--trials", defaultValue = "50", description = "crash, save-crash: kill -9 trials; cancel: cancels per kind (default 50).")
    int trials;

    @Option(names = "--lever", defaultValue = "revenueFactor", description = "solve: revenueFactor (one cluster) or "
            + "payoutRatio (every cluster).")
    String lever;

    @Option(names = "--json", description = "Print the figures as JSON.")
    boolean json;

    @Option(names = "--actions", defaultValue = "1000", description = "ui-stress: random actions (default 1000).")
    int actions;

    @Parameters(index = "1", arity = "0..1", hidden = true, description = "save-crash-child: its folder.")
    Path childDir;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    BenchCommand(Services services) {
        this.services = services;
    }

    private record Figure(String name, double millis, int villages, long fileKb) {
    }

    @Override
    public Integer call() throws Exception {
        // The app's reliability benches (issue 14): see UiBenchCommand.
        switch (what) {
            case "ui-stress" -> {
                return UiBenchCommand.uiStress(services, actions, seed, spec.commandLine().getOut());
            }
            case "save-crash" -> {
                return UiBenchCommand.saveCrash(services, trials, seed, spec.commandLine().getOut());
            }
            case "save-crash-child" -> {
                return UiBenchCommand.saveCrashChild(services, childDir);
            }
            default -> {
            }
        }
        if (what.equals("report")) {
            Path project = spec.commandLine().getParseResult().hasMatchedOption("--sample") ? sample
                    : ReportBenchCommand.COUNTY_SAMPLE;
            return ReportBenchCommand.run(services, project, repeat, json, spec.commandLine().getOut());
        }
        if (what.equals("suggest")) {
            List<Path> samples = java.util.stream.Stream.of(sample, sample.resolveSibling("cixi.gpkg"))
                    .filter(Files::exists).toList();
            return SuggestBenchCommand.run(services, spec.commandLine().getOut(), samples,
                    this.villages == null ? 20_000 : this.villages, repeat);
        }
        if (what.equals("crash")) {
            return CrashBench.run(services, trials, villages == null ? 3000 : villages, seed, json,
                    spec.commandLine().getOut());
        }
        if (what.equals("cancel")) {
            return CancelBench.run(services, villages == null ? 3000 : villages, trials, seed, json,
                    spec.commandLine().getOut());
        }
        if (what.equals("fuzz")) {
            return FuzzBench.run(services, start, inputs, seed, json, spec.commandLine().getOut());
        }
        if (what.equals("simulate")) {
            return simulate();
        }
        if (what.equals("solve")) {
            var f = org.villageplanner.service.SolveBenchmark.run(new org.villageplanner.service.SolveService(
                    services.simulation(), services.projects()), lever, villages == null ? 300 : villages, years, runs,
                    seed, repeat);
            Json.print(spec.commandLine().getOut(), f);
            spec.commandLine().getOut().flush();
            return 0;
        }
        if (!what.equals("store")) {
            throw new PlannerException("cliproject.bench.unknown", what,
                    "store, simulate, suggest, report, solve, fuzz, crash, ui-stress, save-crash");
        }
        int villages = this.villages == null ? 20_000 : this.villages;
        Path dir = Files.createTempDirectory("vcp-bench-");
        List<Figure> figures = new ArrayList<>();
        try {
            Path sampleCopy = dir.resolve("sample.gpkg");
            PlanProject s = services.projects().open(sample);
            figures.add(time("open " + sample, () -> services.projects().open(sample), s.villages().size(), sample));
            figures.add(time("save sample", () -> save(s, sampleCopy), s.villages().size(), sampleCopy));
            Path big = dir.resolve("generated.gpkg");
            PlanProject g = services.samples().generate(villages, 1);
            figures.add(time("generate " + villages, () -> services.samples().generate(villages, 1), villages, null));
            figures.add(time("save generated", () -> save(g, big), villages, big));
            figures.add(time("open generated", () -> services.projects().open(big), villages, big));
        } finally {
            try (var files = Files.list(dir)) {
                for (Path p : files.toList()) {
                    Files.deleteIfExists(p);
                }
            }
            Files.deleteIfExists(dir);
        }
        print(figures);
        return 0;
    }

    private int simulate() {
        SimulationService.Benchmark b = services.simulation().benchmark(villages == null ? 300 : villages, years, runs,
                seed, repeat);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            Json.print(out, b);
        } else {
            out.println(Messages.get("clisim.bench.simulate", b.villages(), b.clusters(), b.years(),
                    String.format(java.util.Locale.ROOT, "%.3f", b.deterministicMillis()), b.runs(), b.threads(),
                    String.format(java.util.Locale.ROOT, "%.0f", b.monteCarloMillis()),
                    String.format(java.util.Locale.ROOT, "%.3f", b.pAllMeetTargets()),
                    String.format(java.util.Locale.ROOT, "%.0f", b.monteCarloCpuMillis())));
        }
        out.flush();
        return 0;
    }

    private PlanProject save(PlanProject p, Path file) {
        services.projects().save(p, file);
        return p;
    }

    private Figure time(String name, Supplier<PlanProject> work, int n, Path file) {
        double best = Double.MAX_VALUE;
        for (int i = 0; i < Math.max(1, repeat); i++) {
            long t0 = System.nanoTime();
            work.get();
            best = Math.min(best, (System.nanoTime() - t0) / 1e6);
        }
        try {
            return new Figure(name, best, n, file == null ? 0 : Files.size(file) / 1024);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void print(List<Figure> figures) {
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            List<Map<String, Object>> rows = new ArrayList<>();
            for (Figure f : figures) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("what", f.name());
                m.put("millis", Math.round(f.millis() * 10) / 10.0);
                m.put("villages", f.villages());
                m.put("fileKb", f.fileKb());
                rows.add(m);
            }
            Json.print(out, rows);
            return;
        }
        for (Figure f : figures) {
            out.println(Messages.get("cliproject.bench.line", f.name(), String.format(java.util.Locale.ROOT, "%.1f",
                    f.millis()), Math.max(1, repeat), f.villages(), f.fileKb()));
        }
        out.flush();
    }
}
