package org.villageplanner.service;

import java.util.List;

/**
 * Port: which village field each column of a layer would be read as, before anything is imported (the import
 * dialog's mapping table). Implemented in {@code importer} with the same recognition the import itself uses, so
 * what the dialog shows is what the import does.
 */
public interface ColumnRecognizer {
    /**
     * One column's reading.
     *
     * @param field the canonical village field (CLI.md "Village fields"), or null when the column is not recognised
     * @param wan   true when the header says the values are in 万元 (they are converted to yuan)
     */
    record Guess(String column, String field, boolean wan) {
    }

    /** A guess per column, in column order. */
    List<Guess> recognise(List<String> columns);

    /** The canonical village field names, in CLI.md order. */
    List<String> fields();

    /** True for fields holding money (yuan, or 万元 with the {@code _wan} suffix in a field map). */
    boolean isMoney(String field);
}
