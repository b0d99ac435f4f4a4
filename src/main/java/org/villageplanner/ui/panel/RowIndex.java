package org.villageplanner.ui.panel;

import java.util.HashMap;
import java.util.Map;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.TableView;
import org.villageplanner.domain.Village;

/**
 * The row of each village code in a table's shown items (after its sort and filter), worked out once and again
 * only after the items change, so that mirroring a selection of a few villages does not walk a province's 20,000
 * rows for every click.
 */
final class RowIndex {
    private final ListChangeListener<Village> reset = c -> rows = null;
    private Map<String, Integer> rows;
    private final TableView<Village> table;

    RowIndex(TableView<Village> table) {
        this.table = table;
        table.itemsProperty().addListener((o, a, b) -> {
            if (a != null) {
                a.removeListener(reset);
            }
            if (b != null) {
                b.addListener(reset);
            }
            rows = null;
        });
        if (table.getItems() != null) {
            table.getItems().addListener(reset);
        }
    }

    /** The row showing {@code code}, or −1 when it is not shown. */
    int rowOf(String code) {
        if (rows == null) {
            ObservableList<Village> items = table.getItems();
            Map<String, Integer> m = new HashMap<>(items == null ? 16 : items.size() * 2);
            for (int i = 0; items != null && i < items.size(); i++) {
                m.putIfAbsent(items.get(i).code(), i);
            }
            rows = m;
        }
        return rows.getOrDefault(code, -1);
    }
}
