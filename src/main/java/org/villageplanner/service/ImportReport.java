package org.villageplanner.service;

import java.nio.file.Path;
import java.util.List;

/**
 * What an import did: the project file written, its village count afterwards, how many villages were added and
 * updated, and warnings (repaired geometries, assumed CRS ...), already in the user's language.
 */
public record ImportReport(Path project, int villages, int added, int updated, List<String> warnings) {
    public ImportReport {
        warnings = List.copyOf(warnings);
    }
}
