package org.villageplanner;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.villageplanner.cli.PlannerCommand;
import org.villageplanner.importer.ColumnRecognition;
import org.villageplanner.importer.CsvReader;
import org.villageplanner.importer.GeoJsonExporter;
import org.villageplanner.importer.GeoJsonReader;
import org.villageplanner.importer.ScenarioJson;
import org.villageplanner.importer.ShapefileReader;
import org.villageplanner.importer.ShapefileWriter;
import org.villageplanner.importer.TableExporter;
import org.villageplanner.importer.VillageMapper;
import org.villageplanner.importer.XlsxReader;
import org.villageplanner.report.PdfPlanReportWriter;
import org.villageplanner.service.AppPaths;
import org.villageplanner.service.CompareService;
import org.villageplanner.service.ContextLayers;
import org.villageplanner.service.ExportService;
import org.villageplanner.service.FeatureReader;
import org.villageplanner.service.GeoService;
import org.villageplanner.service.ImportPreviewService;
import org.villageplanner.service.ImportService;
import org.villageplanner.service.ProjectRepository;
import org.villageplanner.report.ComparisonXlsxWriter;
import org.villageplanner.service.ComparisonExportService;
import org.villageplanner.service.WhatIfService;
import org.villageplanner.service.ProjectService;
import org.villageplanner.service.ReportService;
import org.villageplanner.service.SampleService;
import org.villageplanner.service.ScenarioService;
import org.villageplanner.service.Services;
import org.villageplanner.service.SimulationService;
import org.villageplanner.service.SuggestService;
import org.villageplanner.service.ValidationService;
import org.villageplanner.service.VillageExporter;
import org.villageplanner.store.GeoPackageFeatureReader;
import org.villageplanner.store.GeoPackageRepository;
import org.villageplanner.store.GeoPackageLayerStore;
import org.villageplanner.store.SqliteTileFiles;
import org.villageplanner.service.BasemapService;
import org.villageplanner.service.LayerService;
import org.villageplanner.service.MapBackdrops;
import org.villageplanner.ui.PlannerApp;
import org.villageplanner.ui.bench.DesktopBenchRunner;

/**
 * Entry point and composition root: wires the adapters into the services, then starts the desktop app
 * (no arguments, or {@code open FILE}) or the command line (any other arguments).
 */
public final class Main {
    private Main() {
    }

    private static final GeoPackageLayerStore LAYER_STORE = new GeoPackageLayerStore();

    public static Services services() {
        return services(new GeoPackageRepository());
    }

    /** The services over {@code repository}; tests pass an in-memory one. */
    public static Services services(ProjectRepository repository) {
        ScenarioJson scenarioJson = new ScenarioJson();
        GeoJsonReader geoJson = new GeoJsonReader();
        List<FeatureReader> readers = List.of(geoJson, new ShapefileReader(), new CsvReader(),
                new XlsxReader(), new GeoPackageFeatureReader());
        List<VillageExporter> exporters = List.of(new GeoJsonExporter(), new ShapefileWriter(), new TableExporter());
        ProjectService projects = new ProjectService(repository);
        GeoService geo = new GeoService();
        ScenarioService scenarios = new ScenarioService(scenarioJson, repository);
        SimulationService simulation = new SimulationService(projects, scenarios);
        ImportService imports = new ImportService(readers, new VillageMapper(), repository);
        ValidationService validation = new ValidationService(geo);
        LayerService layers = new LayerService(readers, LAYER_STORE, repository);
        BasemapService basemaps = new BasemapService(new SqliteTileFiles(), LAYER_STORE, repository);
        return new Services(projects, scenarios, new SampleService(repository, scenarioJson, geoJson),
                imports, simulation,
                new CompareService(simulation),
                new ReportService(repository, pdfWriter(), geoJson,
                        mapsDir()).withBackdrops(MapBackdrops.of(layers, basemaps)),
                geo, validation, new SuggestService(geo, projects),
                new ExportService(repository, exporters),
                new ImportPreviewService(imports, new VillageMapper(), new ColumnRecognition()),
                new WhatIfService(simulation), new ComparisonExportService(new ComparisonXlsxWriter()),
                new org.villageplanner.service.ValidityGate(projects, validation), layers, basemaps,
                new ContextLayers(AppPaths.standard(), geoJson));
    }

    /**
     * The plan PDF writer, made at the first report: constructing it loads PDFBox classes, which the desktop window
     * does not need before its first frame.
     */
    private static org.villageplanner.service.PlanReportWriter pdfWriter() {
        java.util.concurrent.atomic.AtomicReference<PdfPlanReportWriter> writer =
                new java.util.concurrent.atomic.AtomicReference<>();
        return (report, out, progress) -> writer.updateAndGet(w -> w != null ? w : new PdfPlanReportWriter())
                .write(report, out, progress);
    }

    /** {@code -Dplanner.maps=DIR}, else {@code maps/} in the working directory or next to the jar (AppPaths). */
    static Path mapsDir() {
        String property = System.getProperty("planner.maps");
        return property != null ? Path.of(property) : AppPaths.standard().mapsOrBundled();
    }

    /** Marks a desktop start that prints the time to the first map frame and exits (StartupProbe). */
    static final String STARTUP_PROBE = "--startup-probe";
    /** JavaFX's choice of rendering pipelines ({@code -Dprism.order=es2,sw}); a value given by the user is kept. */
    private static final String PRISM_ORDER = "prism.order";
    public static void main(String[] args) {
        Optional<String> damaged = LaunchChecks.mangledArgument(args, System.getProperty("sun.jnu.encoding", "?"));
        if (damaged.isPresent()) {
            System.err.println(damaged.get());
            System.exit(2);
        }
        Optional<Integer> oneShot = OneShotLauncher.run(args);
        if (oneShot.isPresent()) {
            System.exit(oneShot.get());
        }
        List<String> rest = new ArrayList<>(List.of(args));
        boolean probe = rest.remove(STARTUP_PROBE);
        rest = LaunchChecks.desktopOpen(rest);
        if (rest.isEmpty() || (rest.get(0).equals("open") && rest.size() <= 2)) {
            Optional<String> noDisplay = LaunchChecks.noDisplay(System.getProperty("os.name", ""), System.getenv(),
                    System.getProperty("glass.platform"));
            if (noDisplay.isPresent()) {
                System.err.println(noDisplay.get());
                System.exit(1);
            }
            if (System.getProperty(PRISM_ORDER) == null
                    && LaunchChecks.softwareRenderingOnly(System.getProperty("os.name", ""), Path.of("/dev"))) {
                // No GPU device: skip JavaFX's doomed ES2 attempt (libGL, LLVM, a GL context) before its fallback.
                System.setProperty(PRISM_ORDER, "sw");
            }
            try {
                PlannerApp.start(Main::services, rest.size() == 2 ? rest.get(1) : null, probe);
            } catch (RuntimeException e) {
                Optional<String> unopenable = LaunchChecks.unopenableDisplay(e, System.getenv());
                if (unopenable.isEmpty()) {
                    throw e;
                }
                org.villageplanner.service.AppLog.error(Main.class, unopenable.get(), e);
                System.err.println(unopenable.get());
                System.exit(1);
            }
            return;
        }
        if (args[0].equals("report")) {
            // A hint only (the command line is parsed by picocli): the second core loads what the report needs.
            org.villageplanner.report.ReportPrefetch.start();
        }
        Services services = services();
        System.exit(PlannerCommand.run(services, new DesktopBenchRunner(services), args));
    }
}
