package org.villageplanner.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.villageplanner.domain.Messages;
import org.villageplanner.domain.PlanProject;
import org.villageplanner.service.AppPaths;
import org.villageplanner.service.ReportBench;
import org.villageplanner.service.Services;

/**
 * {@code planner bench report [--sample FILE]}: times the plan PDF of the county sample ({@code samples/cixi.gpkg},
 * clusters of neighbours added) and prints the first and best export times and the file size. Called by
 * {@link BenchCommand}.
 */
final class ReportBenchCommand {
    static final Path COUNTY_SAMPLE = AppPaths.standard().sample("cixi.gpkg");

    private ReportBenchCommand() {
    }

    static int run(Services services, Path sample, int repeat, boolean json, PrintWriter out) {
        PlanProject project = ReportBench.withClusters(services.projects().open(sample), 4);
        ReportBench.Figures f = ReportBench.run(services.reports(), project, ReportBench.SCENARIO,
                Math.max(0, repeat));
        if (json) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("what", "report " + sample);
            m.put("villages", f.villages());
            m.put("clusters", f.clusters());
            m.put("pages", f.pages());
            m.put("firstMillis", Math.round(f.firstSeconds() * 1000));
            m.put("firstCpuMillis", Math.round(f.firstCpuSeconds() * 1000));
            m.put("bestMillis", Math.round(f.bestSeconds() * 1000));
            m.put("bytes", f.bytes());
            Json.print(out, m);
        } else {
            out.println(Messages.get("clireport.bench", sample, f.villages(), f.clusters(), f.pages(),
                    String.format(Locale.ROOT, "%.2f", f.firstSeconds()),
                    String.format(Locale.ROOT, "%.2f", f.bestSeconds()), Math.max(0, repeat),
                    String.format(Locale.ROOT, "%.2f", f.bytes() / 1e6),
                    String.format(Locale.ROOT, "%.2f", f.firstCpuSeconds())));
            out.flush();
        }
        return 0;
    }
}
