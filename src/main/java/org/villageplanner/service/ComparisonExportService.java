package org.villageplanner.service;

import java.nio.file.Path;
import java.util.Objects;
import org.villageplanner.domain.Language;

/** Exporting a scenario comparison to a workbook through the {@link ComparisonTableWriter} port. */
public final class ComparisonExportService {
    private final ComparisonTableWriter writer;

    public ComparisonExportService(ComparisonTableWriter writer) {
        this.writer = Objects.requireNonNull(writer);
    }

    /**
     * Writes {@code comparison} to {@code file}, headers in {@code language}; on failure a PlannerException names the
     * file.
     */
    public void export(WhatIfService.ScenarioComparison comparison, Language language, Path file) {
        writer.write(comparison, language, file);
    }
}
