package org.villageplanner.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A table to print: columns with relative widths and alignment, then rows of already formatted cells. Numeric
 * columns are right-aligned. An emphasised row (a total) is printed bold on a tinted background.
 */
final class Table {
    /** A column: header text, share of the table width, and whether its cells are numbers. */
    record Column(String header, float weight, boolean numeric) {
    }

    record Row(List<String> cells, boolean emphasised) {
    }

    private final List<Column> columns;
    private final List<Row> rows = new ArrayList<>();

    private Table(List<Column> columns) {
        this.columns = List.copyOf(columns);
    }

    static Table of(Column... columns) {
        return new Table(Arrays.asList(columns));
    }

    static Column text(String header, float weight) {
        return new Column(header, weight, false);
    }

    static Column number(String header, float weight) {
        return new Column(header, weight, true);
    }

    Table row(String... cells) {
        return add(false, cells);
    }

    Table total(String... cells) {
        return add(true, cells);
    }

    private Table add(boolean emphasised, String... cells) {
        if (cells.length != columns.size()) {
            throw new IllegalArgumentException("row has " + cells.length + " cells for " + columns.size()
                    + " columns");
        }
        rows.add(new Row(List.of(cells), emphasised));
        return this;
    }

    List<Column> columns() {
        return columns;
    }

    List<Row> rows() {
        return rows;
    }
}
