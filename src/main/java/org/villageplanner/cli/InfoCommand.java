package org.villageplanner.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.villageplanner.domain.Messages;
import org.villageplanner.service.ProjectSummary;
import org.villageplanner.service.Services;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code planner info PROJECT [--json]}: villages, towns, scenarios, clusters, CRS and bounding box. */
@Command(name = "info", mixinStandardHelpOptions = true,
        description = "Show a project's villages, towns, scenarios, clusters, CRS and bounding box.")
final class InfoCommand implements Callable<Integer> {
    private final Services services;

    @Parameters(index = "0", paramLabel = "PROJECT", description = "The project file (.gpkg).")
    Path project;

    @Option(names = "--json", description = "Print JSON (UTF-8) instead of text.")
    boolean json;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    InfoCommand(Services services) {
        this.services = services;
    }

    @Override
    public Integer call() {
        ProjectSummary s = ProjectSummary.of(services.projects().open(project));
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            Json.print(out, s);
            return 0;
        }
        out.println(Messages.get("cliproject.info.title", s.title().isEmpty() ? project.getFileName() : s.title()));
        if (s.illustrative()) {
            out.println(Messages.get("cliproject.info.illustrative"));
        }
        out.println(Messages.get("cliproject.info.villages", s.villages()));
        out.println(Messages.get("cliproject.info.towns", s.towns().size(), String.join(", ", s.towns())));
        out.println(Messages.get("cliproject.info.clusters", s.clusters()));
        for (ProjectSummary.ScenarioCount sc : s.scenarios()) {
            out.println(Messages.get("cliproject.info.scenario", sc.name(), sc.clusters()));
        }
        out.println(Messages.get("cliproject.info.crs", s.crs()));
        if (s.bbox() != null) {
            out.println(Messages.get("cliproject.info.bbox", fmt(s.bbox().minLon()), fmt(s.bbox().minLat()),
                    fmt(s.bbox().maxLon()), fmt(s.bbox().maxLat())));
        }
        out.flush();
        return 0;
    }

    private static String fmt(double degrees) {
        return String.format(java.util.Locale.ROOT, "%.6f", degrees);
    }
}
