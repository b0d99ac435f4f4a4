package org.villageplanner.ui.export;

import static org.villageplanner.ui.common.Controls.button;
import static org.villageplanner.ui.common.Controls.named;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.villageplanner.ui.common.Confirm;
import org.villageplanner.ui.common.DialogWork;
import org.villageplanner.ui.common.Forms;
import org.villageplanner.ui.common.I18n;

/**
 * The parts the export dialogs share: named controls, the output field with its browse button, the form, the
 * action row (status, export with overwrite check, close, progress, error dialog). Their window-modal stage is
 * {@link org.villageplanner.ui.common.DialogWork#stage}, as for the import and suggest dialogs.
 */
final class ExportControls {
    private ExportControls() {
    }

    /** The output text field bound to {@code vm}, with its browse button. */
    static HBox output(String id, ExportModel vm, Runnable browse) {
        TextField output = new TextField();
        named(output, id + "Output", "uiexport.output");
        output.textProperty().bindBidirectional(vm.output);
        output.setPrefColumnCount(40);
        return new HBox(6, output, button(id + "Browse", "uiexport.browse", browse));
    }

    /** A two-column form: the label of {@code labelKeys[i]} beside {@code fields[i]}. */
    static GridPane form(List<String> labelKeys, Node... fields) {
        GridPane form = new GridPane();
        form.setHgap(8);
        form.setVgap(8);
        Forms.rows(form, 0, Forms.labels(labelKeys.toArray(String[]::new)), fields);
        return form;
    }

    /**
     * The row under the form: status, the export button (asking before it replaces a file), the close button and
     * the progress row; errors of {@code vm} open an error dialog over {@code view}'s window.
     */
    static VBox actions(Node view, String id, ExportModel vm, Runnable close) {
        Label status = new Label();
        status.setId(id + "Status");
        status.textProperty().bind(vm.status);
        status.setMaxWidth(Double.MAX_VALUE);
        Button run = button(id + "Button", "uiexport.export", () -> {
            // Writing over an existing file is a choice the user makes, never a surprise.
            Path target = vm.target();
            if (!Files.exists(target) || Confirm.overwrite(view.getScene() == null ? null
                    : view.getScene().getWindow(), target)) {
                vm.export();
            }
        });
        run.setDefaultButton(true);
        run.disableProperty().bind(vm.canExport().not());
        Button closeButton = button(id + "CloseButton", "uiimport.close", close);
        closeButton.setCancelButton(true);
        HBox buttons = new HBox(8, status, run, closeButton);
        HBox.setHgrow(status, Priority.ALWAYS);
        VBox bottom = new VBox(6, DialogWork.progressRow(id, vm.running), buttons);
        bottom.setPadding(new Insets(12, 0, 0, 0));
        vm.error.addListener((o, a, text) -> {
            if (text != null) {
                DialogWork.error(view.getScene().getWindow(), "exportErrorDialog", I18n.t("uiexport.errorTitle"),
                        text);
            }
        });
        return bottom;
    }
}
