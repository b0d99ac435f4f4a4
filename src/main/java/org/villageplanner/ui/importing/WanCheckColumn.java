package org.villageplanner.ui.importing;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.layout.HBox;
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
                if (empty || row == null || !row.suspectWanProperty().get()) {
                    return;
                }
                if (row.wanProperty().get()) {
                    setText(I18n.t("uiimport.wan.converted"));
                    return;
                }
                if (row.unitSaidProperty().get()) {
                    setText(I18n.t("uiimport.wan.keptYuan"));
                    return;
                }
                Button wan = new Button(I18n.t("uiimport.wan.fix"));
                wan.setId("importWanFix-" + row.column());
                wan.setAccessibleText(I18n.t("uiimport.wan.fix"));
                wan.setOnAction(e -> {
                    vm.setWan(row, true);
                    getTableView().refresh();
                });
                Button yuan = new Button(I18n.t("uiimport.wan.yuan"));
                yuan.setId("importWanYuan-" + row.column());
                yuan.setAccessibleText(I18n.t("uiimport.wan.yuan"));
                yuan.setOnAction(e -> {
                    vm.setWan(row, false);
                    getTableView().refresh();
                });
                Label why = new Label("⚠");
                why.setTooltip(new javafx.scene.control.Tooltip(I18n.t("uiimport.wan.why")));
                setGraphic(new HBox(4, why, wan, yuan));
            }
        });
        return c;
    }
}
