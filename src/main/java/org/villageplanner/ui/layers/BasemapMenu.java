package org.villageplanner.ui.layers;

import java.io.File;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.MenuItem;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.villageplanner.ui.MainViewModel;
import org.villageplanner.ui.common.I18n;

/** File → Set basemap… and Clear basemap: the dialogs; {@link LayersModel} writes through BasemapService. */
public final class BasemapMenu {
    private BasemapMenu() {
    }

    public static MenuItem setItem(MainViewModel vm) {
        MenuItem item = new MenuItem(I18n.t("uilayers.menu.basemapSet"));
        item.setId("setBasemapItem");
        item.setOnAction(e -> choose(owner(item), LayersModel.of(vm)));
        return item;
    }

    public static MenuItem clearItem(MainViewModel vm) {
        MenuItem item = new MenuItem(I18n.t("uilayers.menu.basemapClear"));
        item.setId("clearBasemapItem");
        item.setOnAction(e -> LayersModel.of(vm).clearBasemap());
        return item;
    }

    private static Window owner(MenuItem item) {
        return item.getParentPopup() == null ? null : item.getParentPopup().getOwnerWindow();
    }

    private static void choose(Window owner, LayersModel model) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(I18n.t("uilayers.menu.basemapSet"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(I18n.t("uilayers.basemap.chooser"),
                "*.mbtiles", "*.gpkg"));
        File f = chooser.showOpenDialog(owner);
        if (f == null) {
            return;
        }
        CheckBox gcj02 = new CheckBox(I18n.t("uilayers.basemap.gcj02"));
        gcj02.setId("basemapGcj02");
        Alert ask = new Alert(Alert.AlertType.CONFIRMATION);
        ask.initOwner(owner);
        ask.setTitle(I18n.t("uilayers.menu.basemapSet"));
        ask.setHeaderText(f.getName());
        ask.getDialogPane().setContent(gcj02);
        ask.showAndWait().filter(ButtonType.OK::equals).ifPresent(b -> model.setBasemap(f.toPath(), gcj02.isSelected()));
    }
}
