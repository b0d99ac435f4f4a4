package org.villageplanner.ui.export;

import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Control;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.villageplanner.ui.common.I18n;

/** Small helpers of the export dialogs: named controls and a window-modal stage over the main window. */
final class ExportControls {
    private ExportControls() {
    }

    static Button button(String id, String key, Runnable action) {
        Button b = new Button(I18n.t(key));
        named(b, id, key);
        b.setOnAction(e -> action.run());
        return b;
    }

    static void named(Control c, String id, String key) {
        c.setId(id);
        c.setAccessibleText(I18n.t(key));
    }

    static Stage stage(Window owner, String titleKey, Parent root, double width, double height) {
        Stage stage = new Stage();
        stage.setTitle(I18n.t(titleKey));
        if (owner != null) {
            stage.initOwner(owner);
            stage.initModality(Modality.WINDOW_MODAL);
        }
        Scene scene = new Scene(root, width, height);
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().addAll(owner.getScene().getStylesheets());
        }
        stage.setScene(scene);
        return stage;
    }
}
