package org.villageplanner.ui.export;

import java.io.File;
import java.util.Locale;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.util.StringConverter;
import org.villageplanner.service.ExportFormat;
import org.villageplanner.ui.common.I18n;
import org.villageplanner.ui.common.DialogWork;

/** The layers/tables export dialog's content; binds to an {@link ExportLayersViewModel}. */
public final class ExportLayersView extends BorderPane {
    private final ExportLayersViewModel vm;

    public ExportLayersView(ExportLayersViewModel vm, Runnable close) {
        this.vm = vm;
        setId("exportLayersDialog");
        setPadding(new Insets(12));
        ComboBox<ExportFormat> format = new ComboBox<>(FXCollections.observableArrayList(vm.formats()));
        ExportControls.named(format, "exportFormat", "uiexport.format");
        format.setConverter(new StringConverter<>() {
            @Override
            public String toString(ExportFormat f) {
                return f == null ? "" : I18n.t("uiexport.format." + f.name().toLowerCase(Locale.ROOT));
            }

            @Override
            public ExportFormat fromString(String s) {
                throw new UnsupportedOperationException();
            }
        });
        format.valueProperty().bindBidirectional(vm.formatProperty());
        ComboBox<String> scenario = new ComboBox<>(vm.scenarios());
        ExportControls.named(scenario, "exportLayersScenario", "uiexport.scenario");
        scenario.valueProperty().bindBidirectional(vm.scenarioProperty());
        TextField output = new TextField();
        ExportControls.named(output, "exportLayersOutput", "uiexport.output");
        output.textProperty().bindBidirectional(vm.outputProperty());
        output.setPrefColumnCount(40);
        Button browse = ExportControls.button("exportLayersBrowse", "uiexport.browse", this::browse);
        GridPane form = new GridPane();
        form.setHgap(8);
        form.setVgap(8);
        form.addRow(0, new Label(I18n.t("uiexport.format")), format);
        form.addRow(1, new Label(I18n.t("uiexport.scenario")), scenario);
        form.addRow(2, new Label(I18n.t("uiexport.output")), new HBox(6, output, browse));
        setCenter(form);

        Label status = new Label();
        status.setId("exportLayersStatus");
        status.textProperty().bind(vm.statusProperty());
        status.setMaxWidth(Double.MAX_VALUE);
        Button run = ExportControls.button("exportLayersButton", "uiexport.export", () -> {
            // Writing over an existing file is a choice the user makes, never a surprise.
            java.nio.file.Path target = vm.target();
            if (!java.nio.file.Files.exists(target) || org.villageplanner.ui.common.Confirm.overwrite(
                    getScene() == null ? null : getScene().getWindow(), target)) {
                vm.export();
            }
        });
        run.setDefaultButton(true);
        run.disableProperty().bind(vm.canExport().not());
        Button closeButton = ExportControls.button("exportLayersCloseButton", "uiimport.close", close);
        closeButton.setCancelButton(true);
        HBox buttons = new HBox(8, status, run, closeButton);
        HBox.setHgrow(status, Priority.ALWAYS);
        VBox bottom = new VBox(6, DialogWork.progressRow("exportLayers", vm.runningProperty()), buttons);
        bottom.setPadding(new Insets(12, 0, 0, 0));
        setBottom(bottom);
        vm.errorProperty().addListener((o, a, text) -> {
            if (text != null) {
                DialogWork.error(getScene().getWindow(), "exportErrorDialog", I18n.t("uiexport.errorTitle"), text);
            }
        });
    }

    public ExportLayersViewModel viewModel() {
        return vm;
    }

    private void browse() {
        FileChooser c = new FileChooser();
        String ext = ExportLayersViewModel.extension(vm.formatProperty().get());
        c.getExtensionFilters().add(new FileChooser.ExtensionFilter(ext.toUpperCase(Locale.ROOT), "*." + ext));
        File f = c.showSaveDialog(getScene().getWindow());
        if (f != null) {
            vm.outputProperty().set(f.getPath());
        }
    }
}
