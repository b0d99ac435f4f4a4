package org.villageplanner.ui.importing;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.layout.HBox;
import org.villageplanner.ui.common.Controls;
import org.villageplanner.ui.common.I18n;

/**
 * The mapping table's check column: for a money column whose header has no unit but whose values look like 万元,
 * a warning and the one-click fix "this column is in 万元" (or "values are yuan"); empty for every other column.
 */
final class WanCheckColumn {
    private WanCheckColumn() {
    }

    static TableColumn<ImportViewModel.MappingRow, ImportViewModel.MappingRow> create(ImportViewModel vm) {
        TableColumn<ImportViewModel.MappingRow, ImportViewModel.MappingRow> c =
                new TableColumn<>(I18n.t("uiimport.wan.column"));
        c.setCellValueFactory(r -> new ReadOnlyObjectWrapper<>(r.getValue()));
        c.setSortable(false);
        c.setPrefWidth(320);
        c.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(ImportViewModel.MappingRow row, boolean empty) {
                super.updateItem(row, empty);
                setText(null);
                setGraphic(null);
                if (empty || row == null || !row.suspectWan.get()) {
                    return;
                }
                if (row.wan.get()) {
                    setText(I18n.t("uiimport.wan.converted"));
                    return;
                }
                if (row.unitSaid.get()) {
                    setText(I18n.t("uiimport.wan.keptYuan"));
                    return;
                }
                Button wan = unitButton("importWanFix-", "uiimport.wan.fix", row, true);
                Button yuan = unitButton("importWanYuan-", "uiimport.wan.yuan", row, false);
                Label why = new Label("⚠");
                why.setTooltip(new javafx.scene.control.Tooltip(I18n.t("uiimport.wan.why")));
                setGraphic(new HBox(4, why, wan, yuan));
            }

            /** The button that says the column's values are in 万元 ({@code wan}) or yuan. */
            private Button unitButton(String idPrefix, String key, ImportViewModel.MappingRow row, boolean wan) {
                return Controls.button(idPrefix + row.column, key, () -> {
                    vm.setWan(row, wan);
                    getTableView().refresh();
                });
            }
        });
        return c;
    }
}
