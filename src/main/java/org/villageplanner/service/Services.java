package org.villageplanner.service;

/**
 * The use cases the UI and the CLI call; built once by {@code org.villageplanner.Main} with the adapters
 * ({@code store}, {@code importer}, {@code report}) plugged into the ports.
 */
public record Services(ProjectService projects, GeoService geo, ValidationService validation,
                       SuggestService suggestions) {
    /** The services wired around {@code projects} with default settings (tests and tools). */
    public static Services around(ProjectService projects) {
        GeoService geo = new GeoService();
        return new Services(projects, geo, new ValidationService(geo), new SuggestService(geo, projects));
    }
}
