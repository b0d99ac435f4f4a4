package org.villageplanner.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.villageplanner.domain.Messages;
import org.villageplanner.domain.PlannerException;
import org.villageplanner.service.Progress;
import org.villageplanner.service.ReportService;
import org.villageplanner.service.Services;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code report PROJECT [--scenario NAME] [--compare NAME]... --out plan.pdf} (CLI.md): the plan PDF. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Write the plan PDF of a scenario (Chinese by default, English with --lang en).")
final class ReportCommand implements Callable<Integer> {
    private final Services services;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "PROJECT", description = "The project file (.gpkg).")
    Path project;

    @Option(names = "--scenario", paramLabel = "NAME", description = "Scenario to report (default: the first).")
    String scenario;

    @Option(names = "--compare", paramLabel = "NAME", description = "Scenario for the comparison appendix; repeatable.")
    List<String> compare = new ArrayList<>();

    @Option(names = "--out", required = true, paramLabel = "FILE.pdf", description = "The PDF to write.")
    Path out;

    @Option(names = "--author", paramLabel = "TEXT", description = "Planner or office named on the cover.")
    String author;

    ReportCommand(Services services) {
        this.services = services;
    }

    @Override
    public Integer call() {
        if (Files.isDirectory(out)) {
            throw new PlannerException("clireport.outExists", out);
        }
        ReportService.Result r = services.reports().export(project,
                new ReportService.Request(scenario, compare, author), out, Progress.NONE);
        spec.commandLine().getOut().println(Messages.get("clireport.written", r.file(), r.pages(),
                String.format(java.util.Locale.ROOT, "%.2f", r.bytes() / 1e6)));
        return 0;
    }
}
