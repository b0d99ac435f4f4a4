package org.villageplanner.cli;

import java.io.PrintWriter;
import org.villageplanner.domain.Messages;
import org.villageplanner.service.ProjectSummary;
import org.villageplanner.service.Services;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code planner info PROJECT [--json]}: villages, towns, scenarios, clusters, CRS and bounding box. */
@Command(name = "info", mixinStandardHelpOptions = true,
        description = "Show a project's villages, towns, scenarios, clusters, CRS and bounding box.")
final class InfoCommand extends ProjectCommand {
    @Mixin
    JsonOption json;

    InfoCommand(Services services) {
        super(services);
    }

    @Override
    int execute() {
        ProjectSummary s = ProjectSummary.of(services.projects().open(project));
        if (json.on) {
            printJson(s);
            return 0;
        }
        PrintWriter out = out();
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
        return 0;
    }

    private static String fmt(double degrees) {
        return String.format(java.util.Locale.ROOT, "%.6f", degrees);
    }
}
