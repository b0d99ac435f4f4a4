package org.villageplanner.ui.importing;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.villageplanner.ui.MainViewModel;
import org.villageplanner.ui.common.DialogWork;

/** File › Import villages…: a window-modal dialog over the main window, also opened by dropping files on it. */
public final class ImportDialog {
    /** Extensions the import reads; dropped files with another extension are ignored. */
    public static final List<String> EXTENSIONS = List.of("shp", "zip", "geojson", "json", "gpkg", "csv", "xlsx");

    private ImportDialog() {
    }

    /** Shows the dialog; with {@code files} (a drop) it starts on their preview. */
    public static Stage show(MainViewModel main, Window owner, List<Path> files) {
        ImportViewModel vm = new ImportViewModel(main);
        Stage stage = DialogWork.stage(owner, "uiimport.title", vm, close -> new ImportView(vm, close), 860, 720);
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
