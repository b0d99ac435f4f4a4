package org.villageplanner.service;

import java.nio.file.Path;
import java.util.List;

/**
 * Port: writes villages to a file in one format (GeoJSON, Shapefile, CSV, XLSX). Implemented in {@code importer}.
 * Writing replaces {@code out} (and for a Shapefile its sibling .shx/.dbf/.cpg/.prj) only once everything is
 * ready; a failure throws {@link org.villageplanner.domain.PlannerException} naming the file.
 */
public interface VillageExporter {
    boolean supports(ExportFormat format);

    void write(List<ExportRow> rows, ExportFormat format, Path out);

    /**
     * One sentence (localized) for every value {@code format} cannot hold as it is (a Shapefile's text is at most 254
     * bytes): the export says what it cut instead of cutting silently. Empty for formats that keep everything.
     */
    default List<String> losses(List<ExportRow> rows, ExportFormat format) {
        return List.of();
    }
}
