package org.villageplanner;

import org.villageplanner.cli.PlannerCommand;
import org.villageplanner.service.GeoService;
import org.villageplanner.service.ProjectService;
import org.villageplanner.service.Services;
import org.villageplanner.service.SuggestService;
import org.villageplanner.service.ValidationService;
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
        ProjectService projects = new ProjectService(repository);
        GeoService geo = new GeoService();
        return new Services(projects, geo, new ValidationService(geo), new SuggestService(geo, projects));
    }

    public static void main(String[] args) {
        if (args.length == 0 || (args[0].equals("open") && args.length <= 2)) {
            PlannerApp.start(services(), args.length == 2 ? args[1] : null);
            return;
        }
        System.exit(PlannerCommand.run(services(), args));
    }
}
