package org.villageplanner.service;

import java.nio.file.Path;
import org.villageplanner.domain.Language;

/**
 * Port: writes a scenario comparison as a workbook (implemented by an adapter, e.g. XLSX in {@code report}).
 * The file is written whole or not at all.
 */
public interface ComparisonTableWriter {
    /** Writes {@code comparison} with its headers in {@code language} (never the session's, read on the way). */
    void write(WhatIfService.ScenarioComparison comparison, Language language, Path file);
}
