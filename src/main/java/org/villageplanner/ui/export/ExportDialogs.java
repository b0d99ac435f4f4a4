package org.villageplanner.ui.export;

import javafx.stage.Stage;
import javafx.stage.Window;
import org.villageplanner.ui.MainViewModel;
import org.villageplanner.ui.common.DialogWork;

/**
 * File › Export plan PDF… and File › Export layers/tables…: window-modal dialogs over the main window; closing either
 * cancels the export still running ({@link DialogWork#stage(Window, String,
 * org.villageplanner.ui.common.BackgroundDialogModel, java.util.function.Function, double, double)}).
 */
public final class ExportDialogs {
    private ExportDialogs() {
    }

    public static Stage showPdf(MainViewModel main, Window owner) {
        ExportPdfViewModel vm = new ExportPdfViewModel(main);
        Stage stage = DialogWork.stage(owner, "uiexport.pdfTitle", vm, close -> new ExportPdfView(vm, close), 720,
                460);
        stage.show();
        return stage;
    }

    public static Stage showLayers(MainViewModel main, Window owner) {
        ExportLayersViewModel vm = new ExportLayersViewModel(main);
        Stage stage = DialogWork.stage(owner, "uiexport.layersTitle", vm, close -> new ExportLayersView(vm, close),
                680, 260);
        stage.show();
        return stage;
    }
}
