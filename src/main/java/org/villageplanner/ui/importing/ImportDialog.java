package org.villageplanner.ui.importing;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javafx.scene.Scene;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.villageplanner.ui.MainViewModel;
import org.villageplanner.ui.common.I18n;

/** File › Import villages…: a window-modal dialog over the main window, also opened by dropping files on it. */
public final class ImportDialog {
    /** Extensions the import reads; dropped files with another extension are ignored. */
    public static final List<String> EXTENSIONS = List.of("shp", "zip", "geojson", "json", "gpkg", "csv", "xlsx");

    private ImportDialog() {
    }

    /** Shows the dialog; with {@code files} (a drop) it starts on their preview. */
    public static Stage show(MainViewModel main, Window owner, List<Path> files) {
        ImportViewModel vm = new ImportViewModel(main);
        Stage stage = new Stage();
        stage.setTitle(I18n.t("uiimport.title"));
        if (owner != null) {
            stage.initOwner(owner);
            stage.initModality(Modality.WINDOW_MODAL);
        }
        ImportView view = new ImportView(vm, stage::close);
        Scene scene = new Scene(view, 860, 720);
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().addAll(owner.getScene().getStylesheets());
        }
        stage.setScene(scene);
        stage.setOnHidden(e -> {
            if (vm.runningProperty().get() != null) {
                vm.runningProperty().get().cancel();
            }
        });
        stage.show();
        if (!files.isEmpty()) {
            vm.setFiles(files);
        }
        return stage;
    }

    /** True for a file the import reads (by extension). */
    public static boolean importable(Path file) {
        String n = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return EXTENSIONS.stream().anyMatch(e -> n.endsWith("." + e));
    }
}
