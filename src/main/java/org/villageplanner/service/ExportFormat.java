package org.villageplanner.service;

import org.villageplanner.domain.Enums;

/** What {@code export} writes: the project as a GeoPackage, the villages as a layer, or the villages as a table. */
public enum ExportFormat {
    GPKG, GEOJSON, SHP, CSV, XLSX;

    /** Parses {@code gpkg|geojson|shp|csv|xlsx} (any case); anything else names the allowed values. */
    public static ExportFormat parse(String text) {
        return Enums.parse(ExportFormat.class, text, "--format",
                "format");
    }
}
