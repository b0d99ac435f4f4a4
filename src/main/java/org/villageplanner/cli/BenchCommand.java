package org.villageplanner.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.villageplanner.domain.Messages;
import org.villageplanner.service.Services;
import org.villageplanner.service.SimulationService;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code bench}: performance figures of DESIGN.md, printed, never asserted. Subcommand {@code simulate}. */
@Command(name = "bench", description = "Benchmarks that print their figures (DESIGN.md performance targets).")
final class BenchCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    static CommandLine create(Services services) {
        CommandLine cl = new CommandLine(new BenchCommand());
        cl.addSubcommand(new Simulate(services));
        return cl;
    }

    /** {@code bench simulate [--villages 300] [--years 20] [--runs 10000] [--seed 1] [--repeat 5]}. */
    @Command(name = "simulate", description = "Deterministic simulation and Monte Carlo on a synthetic county.")
    static final class Simulate implements Callable<Integer> {
        private final Services services;

        @Option(names = "--villages", defaultValue = "300", description = "Villages (default ${DEFAULT-VALUE}).")
        int villages;

        @Option(names = "--years", defaultValue = "20", description = "Years (default ${DEFAULT-VALUE}).")
        int years;

        @Option(names = "--runs", defaultValue = "10000", description = "Monte Carlo runs (default ${DEFAULT-VALUE}).")
        int runs;

        @Option(names = "--seed", defaultValue = "1", description = "Seed (default ${DEFAULT-VALUE}).")
        long seed;

        @Option(names = "--repeat", defaultValue = "5", description = "Timed Monte Carlo repetitions; the median "
                + "is shown (default ${DEFAULT-VALUE}).")
        int repeat;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        Simulate(Services services) {
            this.services = services;
        }

        @Override
        public Integer call() {
            SimulationService.Benchmark b = services.simulation().benchmark(villages, years, runs, seed, repeat);
            PrintWriter out = spec.commandLine().getOut();
            out.println(Messages.get("clisim.bench.simulate", b.villages(), b.clusters(), b.years(),
                    String.format("%.3f", b.deterministicMillis()), b.runs(), b.threads(),
                    String.format("%.0f", b.monteCarloMillis()), String.format("%.3f", b.pAllMeetTargets())));
            out.flush();
            return 0;
        }
    }
}
