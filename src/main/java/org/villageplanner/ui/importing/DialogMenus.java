package org.villageplanner.ui.importing;

import static org.villageplanner.ui.common.Controls.item;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.DragEvent;
import javafx.stage.Window;
import org.villageplanner.ui.MainViewModel;
import org.villageplanner.ui.export.ExportDialogs;

/**
 * Adds the menu entries of the import, export and suggest dialogs to the main menu bar (File › Import villages…,
 * File › Export plan PDF…, File › Export layers/tables…), and opens the import
 * dialog for village files dropped on the window (a dropped {@code .gpkg} still opens as a project).
 */
public final class DialogMenus {
    private static final String DROP_KEY = "planner.importDrop";

    private DialogMenus() {
    }

    public static void install(MenuBar bar, MainViewModel vm) {
        Menu file = bar.getMenus().stream().filter(m -> "fileMenu".equals(m.getId())).findFirst().orElseThrow();
        int afterOpen = indexOf(file, "recentMenu") + 1;
        file.getItems().add(afterOpen, item("importItem", "uiimport.menu", "Shortcut+I",
                () -> ImportDialog.show(vm, owner(bar), List.of())));
        int afterSaveAs = indexOf(file, "saveAsItem") + 1;
        file.getItems().addAll(afterSaveAs, List.of(new SeparatorMenuItem(),
                item("exportPdfItem", "uiexport.pdfMenu", "Shortcut+P", () -> ExportDialogs.showPdf(vm, owner(bar))),
                item("exportLayersItem", "uiexport.layersMenu", null, () -> ExportDialogs.showLayers(vm, owner(bar)))));
        bar.sceneProperty().addListener((o, a, scene) -> installDrop(scene, vm));
    }

    private static void installDrop(Scene scene, MainViewModel vm) {
        if (scene == null || scene.getProperties().containsKey(DROP_KEY)) {
            return;
        }
        scene.getProperties().put(DROP_KEY, Boolean.TRUE);
        scene.addEventHandler(DragEvent.DRAG_DROPPED, e -> {
            if (!e.getDragboard().hasFiles()) {
                return;
            }
            List<Path> files = e.getDragboard().getFiles().stream().map(File::toPath)
                    .filter(f -> ImportDialog.importable(f) && !f.toString().toLowerCase().endsWith(".gpkg")).toList();
            if (!files.isEmpty()) {
                ImportDialog.show(vm, scene.getWindow(), files);
                e.setDropCompleted(true);
            }
        });
    }

    private static Window owner(MenuBar bar) {
        return bar.getScene() == null ? null : bar.getScene().getWindow();
    }

    private static int indexOf(Menu menu, String id) {
        for (int i = 0; i < menu.getItems().size(); i++) {
            if (id.equals(menu.getItems().get(i).getId())) {
                return i;
            }
        }
        return menu.getItems().size() - 1;
    }
}
