package org.villageplanner.service;

import java.nio.file.Path;

/**
 * Port: writes a scenario comparison as a workbook (implemented by an adapter, e.g. XLSX in {@code report}).
 * The file is written whole or not at all.
 */
public interface ComparisonTableWriter {
    void write(WhatIfService.ScenarioComparison comparison, Path file);
}
