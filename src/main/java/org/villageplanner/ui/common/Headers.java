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
    /** A name followed by a bracketed unit at the end: 名称（万元）, 名称(%), Name (10,000 yuan). */
    private static final java.util.regex.Pattern UNIT = java.util.regex.Pattern.compile("(.+?)\\s*([（(][^（()）]+[)）])");

    private Headers() {
    }

    /** {@code name} with {@code unit} in brackets on the next line; just the name when the unit is null or blank. */
    public static String withUnit(String name, String unit) {
        return unit == null || unit.isBlank() ? name : name + "\n(" + unit + ")";
    }

    /**
     * A header whose name ends with its unit in brackets ({@code 出资额（万元）}, {@code Cash (10,000 yuan)}) with the
     * unit moved to a line of its own, so that a narrow column shows name and unit whole; other text unchanged.
     */
    public static String unitLine(String header) {
        if (header == null || header.contains("\n")) {
            return header;
        }
        java.util.regex.Matcher m = UNIT.matcher(header);
        return m.matches() ? m.group(1).strip() + "\n" + m.group(2) : header;
    }

    /** The width of {@code header}'s longest line, with the room a header cell needs around it. */
    public static double headerWidth(String header) {
        double w = 0;
        for (String line : (header == null ? "" : header).split("\n")) {
            w = Math.max(w, width(line));
        }
        return Math.min(w + PAD, MAX);
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
