package org.villageplanner.ui.export;

import javafx.stage.Stage;
import javafx.stage.Window;
import org.villageplanner.ui.MainViewModel;

/** File › Export plan PDF… and File › Export layers/tables…: window-modal dialogs over the main window. */
public final class ExportDialogs {
    private ExportDialogs() {
    }

    public static Stage showPdf(MainViewModel main, Window owner) {
        ExportPdfViewModel vm = new ExportPdfViewModel(main);
        Stage[] stage = new Stage[1];
        stage[0] = ExportControls.stage(owner, "uiexport.pdfTitle", new ExportPdfView(vm, () -> stage[0].close()),
                720, 460);
        stage[0].setOnHidden(e -> cancel(vm.runningProperty().get()));
        stage[0].show();
        return stage[0];
    }

    public static Stage showLayers(MainViewModel main, Window owner) {
        ExportLayersViewModel vm = new ExportLayersViewModel(main);
        Stage[] stage = new Stage[1];
        stage[0] = ExportControls.stage(owner, "uiexport.layersTitle",
                new ExportLayersView(vm, () -> stage[0].close()), 680, 260);
        stage[0].show();
        return stage[0];
    }

    private static void cancel(javafx.concurrent.Task<?> task) {
        if (task != null) {
            task.cancel();
        }
    }
}
