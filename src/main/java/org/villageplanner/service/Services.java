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
}
