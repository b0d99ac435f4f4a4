package org.villageplanner.ui.common;

import java.util.Arrays;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;

/**
 * Forms as the panels and dialogs lay them out: a label beside its field, row by row. A form label is never
 * narrower than its text, so a unit in it ("（万元）") is never cut to "…" (UnitsNotCutTest).
 */
public final class Forms {
    private Forms() {
    }

    /** A form label showing {@code text} whole. */
    public static Label label(String text) {
        Label l = new Label(text);
        l.setMinWidth(Region.USE_PREF_SIZE);
        return l;
    }

    /** A form label in the muted colour of the side panels' keys (style class {@code detail-key}). */
    public static Label key(String text) {
        Label l = label(text);
        l.getStyleClass().add("detail-key");
        return l;
    }

    /** Form labels with the texts of {@code keys}. */
    public static List<Label> labels(String... keys) {
        return Arrays.stream(keys).map(k -> label(I18n.t(k))).toList();
    }

    /**
     * Adds a row per field to {@code grid}, from its row {@code first}: {@code labels.get(i)} beside {@code fields[i]}.
     * Returns the next free row.
     */
    public static int rows(GridPane grid, int first, List<? extends Node> labels, Node... fields) {
        if (labels.size() != fields.length) {
            throw new IllegalArgumentException(labels.size() + " labels for " + fields.length + " fields");
        }
        for (int i = 0; i < fields.length; i++) {
            grid.addRow(first + i, labels.get(i), fields[i]);
        }
        return first + fields.length;
    }
}
