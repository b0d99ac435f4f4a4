package org.villageplanner.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import org.villageplanner.domain.PlanProject;
import org.villageplanner.service.Services;
import org.villageplanner.service.SuggestBenchmark;

/**
 * {@code planner bench suggest}: adjacency-graph and suggestion timings on the sample, a county sample and a
 * generated province, plus the SSD comparison with SKATER. Called by {@link BenchCommand}; prints figures only.
 */
final class SuggestBenchCommand {
    private SuggestBenchCommand() {
    }

    static int run(Services services, PrintWriter out, List<Path> samples, int generated, int repeat) {
        SuggestBenchmark bench = new SuggestBenchmark(repeat);
        out.printf("%-58s %8s %10s %9s %11s%n", "what", "villages", "best ms", "clusters", "unassigned");
        for (Path sample : samples) {
            PlanProject p = services.projects().open(sample);
            print(out, bench.time(sample.getFileName().toString(), p.villages()));
        }
        print(out, bench.time("generated", SuggestBenchmark.generated(generated, 1)));
        out.println();
        out.printf("%-24s %8s %5s %4s %12s %12s %8s%n", "SSD vs SKATER", "villages", "K", "min", "ours", "SKATER",
                "ours/SK");
        for (SuggestBenchmark.Comparison c : bench.compareWithSkater()) {
            out.printf("%-24s %8d %5d %4d %12.2f %12.2f %8.3f%n", c.layer(), c.villages(), c.k(), c.minSize(),
                    c.oursSsd(), c.skaterSsd(), c.oursSsd() / c.skaterSsd());
        }
        out.flush();
        return 0;
    }

    private static void print(PrintWriter out, List<SuggestBenchmark.Timing> timings) {
        for (SuggestBenchmark.Timing t : timings) {
            out.printf("%-58s %8d %10.1f %9d %11d%n", t.what(), t.villages(), t.millis(), t.clusters(), t.unassigned());
        }
        out.flush();
    }
}
