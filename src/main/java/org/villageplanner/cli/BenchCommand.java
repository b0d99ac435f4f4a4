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
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.villageplanner.domain.Messages;
import org.villageplanner.domain.PlanProject;
import org.villageplanner.service.DesktopBenches;
import org.villageplanner.service.Services;
import org.villageplanner.service.SimulationService;
import org.villageplanner.service.SolveBenchmark;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code planner bench WHAT}: benchmarks that print figures and assert nothing (DESIGN.md: benchmarks are run on
 * demand). Each WHAT is a subcommand with only the options it reads; {@code planner bench WHAT --help} lists them.
 * The benches of the desktop window run through {@link DesktopBenches}, which Main plugs in.
 */
@Command(name = "bench", mixinStandardHelpOptions = true, description = "Benchmarks that print figures: store, "
        + "simulate, suggest, report, solve, fuzz, crash, cancel, ui, ui-stress, save-crash (planner bench WHAT --help).")
final class BenchCommand extends CommandGroup {
    private static final String SAMPLE = "samples/longshan.gpkg";

    private BenchCommand() {
        super("cliproject.bench.which");
    }

    static CommandLine create(Services services, DesktopBenches desktop) {
        return new BenchCommand().with(new Store(services), new Simulate(services), new Suggest(services),
                new Report(services), new Solve(services), new Fuzz(services), new Crash(services),
                new Cancel(services),
                new DesktopBenchCommands.Ui(desktop), new DesktopBenchCommands.UiStress(desktop),
                new DesktopBenchCommands.SaveCrash(desktop), new DesktopBenchCommands.SaveCrashChild(desktop));
    }

    /** What every bench shares: the services (or the desktop benches) and the command's output. */
    abstract static class Bench<T> implements Callable<Integer> {
        final T on;
        @Spec
        CommandSpec spec;

        Bench(T on) {
            this.on = on;
        }

        PrintWriter out() {
            return spec.commandLine().getOut();
        }
    }

    /** The synthetic county of {@code bench simulate} and {@code bench solve}. */
    static final class County {
        @Option(names = "--villages", defaultValue = "300", description = "Villages of the county.")
        int villages;
        @Option(names = "--years", defaultValue = "20", description = "Projected years.")
        int years;
        @Option(names = "--runs", defaultValue = "10000", description = "Monte Carlo runs.")
        int runs;
        @Option(names = "--seed", defaultValue = "1", description = "Seed of the county and the draws.")
        long seed;
        @Option(names = "--repeat", defaultValue = "3", description = "Runs per figure; the median is shown.")
        int repeat;
    }

    /** The generated project of {@code bench store} and {@code bench suggest}, and the best of how many runs is shown. */
    static final class Generated {
        @Option(names = "--villages", defaultValue = "20000", description = "Size of the generated project.")
        int villages;
        @Option(names = "--repeat", defaultValue = "3", description = "Runs per figure; the best is shown.")
        int repeat;
    }

    /** The kill -9 trials of {@code bench crash} and {@code bench save-crash}. */
    static final class Trials {
        @Option(names = "--trials", defaultValue = "50", description = "kill -9 trials.")
        int trials;
        @Option(names = "--seed", defaultValue = "1", description = "Seed of the trials.")
        long seed;
    }

    @Command(name = "store", description = "Open and save the sample and a large generated project.")
    static final class Store extends Bench<Services> {
        @Option(names = "--sample", defaultValue = SAMPLE, description = "Sample project to open and save.")
        Path sample;
        @Mixin
        Generated generated;
        @Mixin
        JsonOption json;

        Store(Services services) {
            super(services);
        }

        @Override
        public Integer call() throws IOException {
            StoreFigures figures = new StoreFigures(on, generated.repeat);
            Path dir = Files.createTempDirectory("vcp-bench-");
            try {
                Path sampleCopy = dir.resolve("sample.gpkg");
                PlanProject s = on.projects().open(sample);
                figures.time("open " + sample, () -> on.projects().open(sample), s.villages().size(), sample);
                figures.time("save sample", () -> figures.save(s, sampleCopy), s.villages().size(), sampleCopy);
                Path big = dir.resolve("generated.gpkg");
                int villages = generated.villages;
                PlanProject g = on.samples().generate(villages, 1);
                figures.time("generate " + villages, () -> on.samples().generate(villages, 1), villages, null);
                figures.time("save generated", () -> figures.save(g, big), villages, big);
                figures.time("open generated", () -> on.projects().open(big), villages, big);
            } finally {
                try (var files = Files.list(dir)) {
                    for (Path p : files.toList()) {
                        Files.deleteIfExists(p);
                    }
                }
                Files.deleteIfExists(dir);
            }
            figures.print(out(), json.on);
            return 0;
        }
    }

    @Command(name = "simulate", description = "Deterministic simulation and Monte Carlo on a synthetic county.")
    static final class Simulate extends Bench<Services> {
        @Mixin
        County county;
        @Mixin
        JsonOption json;

        Simulate(Services services) {
            super(services);
        }

        @Override
        public Integer call() {
            SimulationService.Benchmark b = on.simulation().benchmark(county.villages, county.years, county.runs,
                    county.seed, county.repeat);
            if (json.on) {
                Json.print(out(), b);
                return 0;
            }
            out().println(Messages.get("clisim.bench.simulate", b.villages(), b.clusters(), b.years(),
                    String.format(Locale.ROOT, "%.3f", b.deterministicMillis()), b.runs(), b.threads(),
                    String.format(Locale.ROOT, "%.0f", b.monteCarloMillis()),
                    String.format(Locale.ROOT, "%.3f", b.pAllMeetTargets()),
                    String.format(Locale.ROOT, "%.0f", b.monteCarloCpuMillis())));
            return 0;
        }
    }

    @Command(name = "suggest", description = "Adjacency graph and cluster suggestions; SSD against SKATER.")
    static final class Suggest extends Bench<Services> {
        @Option(names = "--sample", defaultValue = SAMPLE, description = "Sample project (cixi.gpkg beside it is "
                + "measured too).")
        Path sample;
        @Mixin
        Generated generated;

        Suggest(Services services) {
            super(services);
        }

        @Override
        public Integer call() {
            List<Path> samples = Stream.of(sample, sample.resolveSibling("cixi.gpkg")).filter(Files::exists).toList();
            return SuggestBenchCommand.run(on, out(), samples, generated.villages, generated.repeat);
        }
    }

    @Command(name = "report", description = "The plan PDF of the county sample (clusters of neighbours added).")
    static final class Report extends Bench<Services> {
        @Option(names = "--sample", description = "Project to report (default samples/cixi.gpkg).")
        Path sample;
        @Option(names = "--repeat", defaultValue = "3", description = "Exports after the first; the best is shown.")
        int repeat;
        @Mixin
        JsonOption json;

        Report(Services services) {
            super(services);
        }

        @Override
        public Integer call() {
            return ReportBenchCommand.run(on, sample != null ? sample : ReportBenchCommand.COUNTY_SAMPLE, repeat, json.on,
                    out());
        }
    }

    @Command(name = "solve", description = "Goal seeking on the benchmark county (prints JSON).")
    static final class Solve extends Bench<Services> {
        @Option(names = "--lever", defaultValue = "revenueFactor", description = "revenueFactor (one cluster) or "
                + "payoutRatio (every cluster).")
        String lever;
        @Mixin
        County county;

        Solve(Services services) {
            super(services);
        }

        @Override
        public Integer call() {
            Json.print(out(), SolveBenchmark.run(on.solve(), lever,
                    county.villages, county.years, county.runs, county.seed, county.repeat));
            return 0;
        }
    }

    @Command(name = "fuzz", description = "Mutated files to every reader; counts of outcomes.")
    static final class Fuzz extends Bench<Services> {
        @Option(names = "--inputs", defaultValue = "10000", description = "Mutated inputs to read.")
        long inputs;
        @Option(names = "--start", defaultValue = "0", description = "Index of the first input (to reproduce one).")
        long start;
        @Option(names = "--seed", defaultValue = "1", description = "Seed of the mutations.")
        long seed;
        @Mixin
        JsonOption json;

        Fuzz(Services services) {
            super(services);
        }

        @Override
        public Integer call() {
            return FuzzBench.run(on, start, inputs, seed, json.on, out());
        }
    }

    @Command(name = "crash", description = "kill -9 during project writes; every state checked.")
    static final class Crash extends Bench<Services> {
        @Mixin
        Trials trials;
        @Option(names = "--villages", defaultValue = "3000", description = "Villages of the generated project.")
        int villages;
        @Mixin
        JsonOption json;

        Crash(Services services) {
            super(services);
        }

        @Override
        public Integer call() throws Exception {
            return CrashBench.run(on, trials.trials, villages, trials.seed, json.on, out());
        }
    }

    @Command(name = "cancel", description = "Time from cancel to the end of each kind of background work.")
    static final class Cancel extends Bench<Services> {
        @Option(names = "--trials", defaultValue = "50", description = "Cancels per kind of work.")
        int trials;
        @Option(names = "--seed", defaultValue = "1", description = "Seed of the generated project.")
        long seed;
        @Option(names = "--villages", defaultValue = "3000", description = "Villages of the generated project.")
        int villages;
        @Mixin
        JsonOption json;

        Cancel(Services services) {
            super(services);
        }

        @Override
        public Integer call() throws Exception {
            return CancelBench.run(on, villages, trials, seed, json.on, out());
        }
    }

    /** {@code bench store}: the best of {@code repeat} runs of each step, then a table or JSON. */
    private static final class StoreFigures {
        private final Services services;
        private final int repeat;
        private final List<Figure> figures = new ArrayList<>();

        StoreFigures(Services services, int repeat) {
            this.services = services;
            this.repeat = repeat;
        }

        PlanProject save(PlanProject p, Path file) {
            services.projects().save(p, file);
            return p;
        }

        void time(String name, Supplier<PlanProject> work, int n, Path file) {
            double best = Double.MAX_VALUE;
            for (int i = 0; i < Math.max(1, repeat); i++) {
                long t0 = System.nanoTime();
                work.get();
                best = Math.min(best, (System.nanoTime() - t0) / 1e6);
            }
            try {
                figures.add(new Figure(name, best, n, file == null ? 0 : Files.size(file) / 1024));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        void print(PrintWriter out, boolean json) {
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

    private record Figure(String name, double millis, int villages, long fileKb) {
    }
}
