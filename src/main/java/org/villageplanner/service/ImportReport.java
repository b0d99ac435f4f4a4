package org.villageplanner.service;

import java.nio.file.Path;
import java.util.List;

/**
 * What an import did: the project file written, its village count afterwards, how many villages were added and
 * updated, and warnings (repaired geometries, assumed CRS, money fields missing or all zero ...), already in the
 * user's language.
 *
 * @param unusedColumns source columns not read into any village field ("file: column" when several files)
 * @param emptyFields   village fields no source filled
 * @param conversions   every conversion made (万元 → 元, short DBF names read as their field), one sentence each
 * @param scenarios     scenarios added or updated by the import (clusters from columns, a project file's scenarios)
 * @param notTaken      what a source held that the import did not take over, one sentence each
 */
public record ImportReport(Path project, int villages, int added, int updated, List<String> warnings,
                           List<String> unusedColumns, List<String> emptyFields, List<String> conversions,
                           List<String> scenarios, List<String> notTaken) {
    public ImportReport {
        warnings = List.copyOf(warnings);
        unusedColumns = List.copyOf(unusedColumns);
        emptyFields = List.copyOf(emptyFields);
        conversions = List.copyOf(conversions);
        scenarios = List.copyOf(scenarios);
        notTaken = List.copyOf(notTaken);
    }
}
