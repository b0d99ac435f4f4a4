package org.villageplanner.ui.panel;

import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.text.Text;

/**
 * Sizes table columns to their content: each column at least as wide as the longest line of its header (name and
 * unit on separate lines) and its widest cell, so that headers, units and village codes are never cut with "…".
 */
final class ColumnFit {
    private static final double PAD = 26;
    private static final int SAMPLE = 400;

    private ColumnFit() {
    }

    static <S> void fit(TableView<S> table) {
        for (TableColumn<S, ?> c : table.getColumns()) {
            double w = 0;
            for (String line : c.getText().split("\n")) {
                w = Math.max(w, width(line));
            }
            int n = Math.min(SAMPLE, table.getItems().size());
            for (int i = 0; i < n; i++) {
                Object v = c.getCellData(i);
                if (v instanceof String text) {
                    w = Math.max(w, width(text));
                } else if (v instanceof Double d) {
                    w = Math.max(w, width(String.format("%,.2f", Math.abs(d) >= 10_000 ? d / 10_000 : d)));
                }
            }
            c.setMinWidth(Math.min(w + PAD, 320));
            c.setPrefWidth(Math.min(w + PAD, 320));
        }
    }

    private static double width(String s) {
        Text t = new Text(s);
        return t.getLayoutBounds().getWidth();
    }
}
