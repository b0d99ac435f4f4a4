package org.villageplanner.ui.panel;

import java.text.NumberFormat;
import java.text.ParseException;
import java.util.function.BiConsumer;
import javafx.scene.control.TableCell;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.villageplanner.domain.Village;
import org.villageplanner.service.VillageField;
import org.villageplanner.ui.common.Format;

/**
 * A village table cell for one numeric field: shows it formatted (money in 万元), edits it in place on a
 * double-click; Enter commits through {@code commit}, Escape cancels. Text that is not a number is refused with
 * a message, and the model refuses invalid values (negative, ...) with its own.
 */
final class FieldEditCell extends TableCell<Village, Double> {
    private final VillageField field;
    private final BiConsumer<Village, Double> commit;
    private final BiConsumer<String, Object[]> refuse;

    FieldEditCell(VillageField field, BiConsumer<Village, Double> commit, BiConsumer<String, Object[]> refuse) {
        this.field = field;
        this.commit = commit;
        this.refuse = refuse;
    }

    @Override
    protected void updateItem(Double item, boolean empty) {
        super.updateItem(item, empty);
        setGraphic(null);
        setText(empty || item == null ? null : show(item));
    }

    @Override
    public void startEdit() {
        Village v = getTableRow() == null ? null : getTableRow().getItem();
        if (v == null) {
            return;
        }
        super.startEdit();
        double shown = field.money() ? field.of(v) / 10_000 : field.of(v);
        TextField text = new TextField(Format.number(shown, field.money() ? 2 : shown % 1 == 0 ? 0 : 1)
                .replace(",", ""));
        text.setId("cellEditor");
        text.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                cancelEdit();
            }
        });
        text.setOnAction(e -> {
            try {
                double value = NumberFormat.getNumberInstance(java.util.Locale.ROOT).parse(text.getText().strip())
                        .doubleValue();
                cancelEdit();
                commit.accept(v, field.money() ? value * 10_000 : value);
            } catch (ParseException ex) {
                refuse.accept("ui.table.notANumber", new Object[] {text.getText()});
            }
        });
        setText(null);
        setGraphic(text);
        text.requestFocus();
        text.selectAll();
    }

    @Override
    public void cancelEdit() {
        super.cancelEdit();
        setGraphic(null);
        setText(getItem() == null ? null : show(getItem()));
    }

    private String show(double value) {
        return field.money() ? Format.number(value / 10_000, 2) : Format.number(value, value % 1 == 0 ? 0 : 1);
    }
}
