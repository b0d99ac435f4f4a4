package org.villageplanner.ui.simulation;

import java.text.NumberFormat;
import java.text.ParsePosition;
import java.util.Locale;
import java.util.function.BiConsumer;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.cell.TextFieldTableCell;
import org.villageplanner.ui.common.Controls;
import org.villageplanner.ui.common.Format;
import org.villageplanner.ui.common.Headers;
import org.villageplanner.ui.common.I18n;

/**
 * Table columns and form fields for figures, shared by the simulation and scenario views. Money is typed and
 * shown in 万元, percentages in %, while the plan keeps yuan and fractions: {@link Unit} does the scaling. A
 * value that is not a number is reported through the {@code invalid} callback and never reaches the plan.
 */
public final class Cells {
    /** How a number is shown and typed. */
    public enum Unit {
        WAN(10_000, 2), PERCENT(0.01, 2), PLAIN(1, 2), INTEGER(1, 0);

        final double scale;
        final int decimals;

        Unit(double scale, int decimals) {
            this.scale = scale;
            this.decimals = decimals;
        }

        public String show(Double plan) {
            return plan == null ? "" : Format.number(plan / scale, decimals);
        }

        /** The plan value of typed text, or null when it is not a number. */
        public Double parse(String text) {
            if (text == null || text.isBlank()) {
                return null;
            }
            String t = text.strip().replace("%", "").replace(",", "").replace("，", "");
            ParsePosition pos = new ParsePosition(0);
            Number n = NumberFormat.getNumberInstance(Locale.ROOT).parse(t, pos);
            if (n == null || pos.getIndex() != t.length()) {
                return null;
            }
            return n.doubleValue() * scale;
        }
    }

    private Cells() {
    }

    /** Makes {@code table} an editable table of the agreement editor: its id, title for screen readers, empty text. */
    static void editableTable(TableView<?> table, String id, String titleKey, String emptyKey) {
        table.setId(id);
        table.setAccessibleText(I18n.t(titleKey));
        table.setEditable(true);
        table.setPlaceholder(new Label(I18n.t(emptyKey)));
        table.setPrefHeight(170);
    }

    /** A read-only text column. */
    public static <R> TableColumn<R, String> text(String id, String title, Function<R, String> value) {
        TableColumn<R, String> col = new TableColumn<>(Headers.unitLine(title));
        col.setMinWidth(Headers.headerWidth(col.getText()));
        col.setId(id);
        col.setCellValueFactory(d -> new ReadOnlyStringWrapper(value.apply(d.getValue())));
        col.setSortable(false);
        return col;
    }

    /** A read-only number column, right-aligned. */
    public static <R> TableColumn<R, Double> number(String id, String title, Unit unit, Function<R, Double> value) {
        // The unit on a line of its own and the column never narrower than its header, so no unit is cut off.
        TableColumn<R, Double> col = new TableColumn<>(Headers.unitLine(title));
        col.setMinWidth(Headers.headerWidth(col.getText()));
        col.setId(id);
        col.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(value.apply(d.getValue())));
        col.setCellFactory(c -> new TextFieldTableCell<>(Controls.converter(unit::show, unit::parse)));
        col.setStyle("-fx-alignment: CENTER-RIGHT;");
        col.setSortable(false);
        col.setEditable(false);
        return col;
    }

    /** An editable number column; {@code commit} gets the row and the plan value; bad text goes to {@code invalid}. */
    public static <R> TableColumn<R, Double> editable(String id, String title, Unit unit, Function<R, Double> value,
            BiConsumer<R, Double> commit, Runnable invalid) {
        TableColumn<R, Double> col = number(id, title, unit, value);
        col.setEditable(true);
        col.setOnEditCommit(e -> {
            if (e.getNewValue() == null) {
                invalid.run();
                e.getTableView().refresh();
            } else {
                commit.accept(e.getRowValue(), e.getNewValue());
            }
        });
        return col;
    }

    /** A form field that commits on Enter and on leaving it, when the text changed. */
    public static TextField field(String id, String accessible, String text, java.util.function.Consumer<String> commit) {
        TextField f = new TextField(text);
        f.setId(id);
        f.setAccessibleText(accessible);
        f.setPrefColumnCount(8);
        String[] last = {text};
        Runnable fire = () -> {
            if (!f.getText().equals(last[0])) {
                last[0] = f.getText();
                commit.accept(f.getText());
            }
        };
        f.setOnAction(e -> fire.run());
        f.focusedProperty().addListener((o, was, now) -> {
            if (!now) {
                fire.run();
            }
        });
        return f;
    }
}
