package org.villageplanner.service;

/**
 * The use cases the UI and the CLI call; built once by {@code org.villageplanner.Main} with the adapters
 * ({@code store}, {@code importer}, {@code report}) plugged into the ports.
 */
public record Services(
        ProjectService projects,
        ScenarioService scenarios,
        SampleService samples,
        ImportService imports,
        SimulationService simulation,
        CompareService compare,
        ReportService reports,
        GeoService geo,
        ValidationService validation,
        SuggestService suggestions,
        ExportService exports,
        ImportPreviewService importPreview,
        WhatIfService whatIf,
        ComparisonExportService comparisonExport,
        ValidityGate validity,
        LayerService layers,
        BasemapService basemaps,
        ContextLayers context) {

    /**
     * Goal seeking over these services' simulation and projects. Built on demand (it holds nothing but the two), so
     * the command line, the benches and the app do not each wire it.
     */
    public SolveService solve() {
        return new SolveService(simulation, projects);
    }
}
