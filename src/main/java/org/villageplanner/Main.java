package org.villageplanner;

import org.villageplanner.cli.PlannerCommand;
import java.nio.file.Path;
import org.villageplanner.importer.GeoJsonReader;
import org.villageplanner.importer.ScenarioJson;
import org.villageplanner.report.PdfPlanReportWriter;
import org.villageplanner.service.ReportService;
import org.villageplanner.service.ProjectService;
import org.villageplanner.service.ScenarioService;
import org.villageplanner.service.Services;
import org.villageplanner.store.GeoPackageRepository;
import org.villageplanner.ui.PlannerApp;

/**
 * Entry point and composition root: wires the adapters into the services, then starts the desktop app
 * (no arguments, or {@code open FILE}) or the command line (any other arguments).
 */
public final class Main {
    private Main() {
    }

    public static Services services() {
        GeoPackageRepository repository = new GeoPackageRepository();
        ReportService reports = new ReportService(repository, new PdfPlanReportWriter(), new GeoJsonReader(),
                Path.of(System.getProperty("planner.maps", "maps")));
        return new Services(new ProjectService(repository), new ScenarioService(new ScenarioJson(), repository),
                reports);
    }

    public static void main(String[] args) {
        if (args.length == 0 || (args[0].equals("open") && args.length <= 2)) {
            PlannerApp.start(services(), args.length == 2 ? args[1] : null);
            return;
        }
        System.exit(PlannerCommand.run(services(), args));
    }
}
