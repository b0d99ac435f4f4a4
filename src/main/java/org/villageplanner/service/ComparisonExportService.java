package org.villageplanner.service;

import java.nio.file.Path;
import java.util.Objects;

/** Exporting a scenario comparison to a workbook through the {@link ComparisonTableWriter} port. */
public final class ComparisonExportService {
    private final ComparisonTableWriter writer;

    public ComparisonExportService(ComparisonTableWriter writer) {
        this.writer = Objects.requireNonNull(writer);
    }

    /** Writes {@code comparison} to {@code file}; on failure a PlannerException names the file. */
    public void export(WhatIfService.ScenarioComparison comparison, Path file) {
        writer.write(comparison, file);
    }
}
