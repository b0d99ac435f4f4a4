package org.villageplanner.ui.common;

import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.text.Text;

/**
 * Column headers that say their unit and are never cut: the unit goes on a line of its own under the name
 * ({@link #withUnit}), and {@link #fit} sizes each column to the longest line of its header and its widest cell,
 * so that headers, units and village codes never end in "…".
 */
public final class Headers {
    private static final double PAD = 26;
    private static final double MAX = 320;
    private static final int SAMPLE = 400;

    private Headers() {
    }

    /** {@code name} with {@code unit} in brackets on the next line; just the name when the unit is null or blank. */
    public static String withUnit(String name, String unit) {
        return unit == null || unit.isBlank() ? name : name + "\n(" + unit + ")";
    }

    /** Sizes every column of {@code table} to its header lines and (a sample of) its cells, as shown. */
    public static <S> void fit(TableView<S> table) {
        for (TableColumn<S, ?> c : table.getColumns()) {
            fit(table, c);
        }
    }

    private static <S> void fit(TableView<S> table, TableColumn<S, ?> c) {
        if (!c.getColumns().isEmpty()) {
            c.getColumns().forEach(child -> fit(table, child));
            return;
        }
        double w = 0;
        for (String line : (c.getText() == null ? "" : c.getText()).split("\n")) {
            w = Math.max(w, width(line));
        }
        int n = Math.min(SAMPLE, table.getItems().size());
        for (int i = 0; i < n; i++) {
            Object v = c.getCellData(i);
            if (v instanceof String text) {
                w = Math.max(w, width(text));
            } else if (v instanceof Double d) {
                w = Math.max(w, width(String.format("%,.2f", Math.abs(d) >= 10_000 ? d / 10_000 : d)));
            } else if (v != null) {
                w = Math.max(w, width(v.toString()));
            }
        }
        c.setMinWidth(Math.min(w + PAD, MAX));
        c.setPrefWidth(Math.min(w + PAD, MAX));
    }

    private static double width(String s) {
        return new Text(s).getLayoutBounds().getWidth();
    }
}
