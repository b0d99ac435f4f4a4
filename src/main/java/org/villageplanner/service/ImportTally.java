package org.villageplanner.service;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Adds up what the files of one import did, for its {@link ImportReport}. Not thread-safe; one per import. */
final class ImportTally {
    private final boolean several;
    private int added;
    private int updated;
    final List<String> warnings = new ArrayList<>();
    final List<String> unused = new ArrayList<>();
    final List<String> conversions = new ArrayList<>();
    final List<String> scenarios = new ArrayList<>();
    final List<String> notTaken = new ArrayList<>();
    private Set<String> empty;

    ImportTally(boolean several) {
        this.several = several;
    }

    void add(String file, VillageConverter.Merge m) {
        added += m.added();
        updated += m.updated();
        warnings.addAll(m.warnings());
        m.unusedColumns().forEach(c -> unused.add(several ? file + ": " + c : c));
        conversions.addAll(m.conversions());
        // A field is left empty only when no file filled it.
        if (empty == null) {
            empty = new LinkedHashSet<>(m.emptyFields());
        } else {
            empty.retainAll(m.emptyFields());
        }
    }

    /** The report of a project held in memory ({@code project} null: {@link ImportService.Imported#report} sets it). */
    ImportReport report(int villages) {
        return new ImportReport(null, villages, added, updated, warnings, unused,
                empty == null ? List.of() : List.copyOf(empty), conversions, scenarios, notTaken);
    }
}
