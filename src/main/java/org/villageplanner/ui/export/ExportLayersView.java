package org.villageplanner.ui.export;

import java.io.File;
import java.util.List;
import java.util.Locale;
import javafx.collections.FXCollections;
import javafx.scene.control.ComboBox;
import javafx.scene.layout.BorderPane;
import javafx.stage.FileChooser;
import org.villageplanner.service.ExportFormat;
import org.villageplanner.ui.common.Controls;
import org.villageplanner.ui.common.I18n;

/** The layers/tables export dialog's content; binds to an {@link ExportLayersViewModel}. */
public final class ExportLayersView extends BorderPane {
    private final ExportLayersViewModel vm;

    public ExportLayersView(ExportLayersViewModel vm, Runnable close) {
        this.vm = vm;
        setId("exportLayersDialog");
        ComboBox<ExportFormat> format = new ComboBox<>(FXCollections.observableArrayList(vm.formats()));
        Controls.named(format, "exportFormat", "uiexport.format");
        format.setConverter(Controls.labels(f -> I18n.t("uiexport.format." + f.name().toLowerCase(Locale.ROOT))));
        format.valueProperty().bindBidirectional(vm.format);
        ComboBox<String> scenario = new ComboBox<>(vm.scenarios);
        Controls.named(scenario, "exportLayersScenario", "uiexport.scenario");
        scenario.valueProperty().bindBidirectional(vm.scenario);
        javafx.scene.control.ListView<String> cut = new javafx.scene.control.ListView<>(vm.warnings);
        cut.setId("exportLayersWarnings");
        cut.setAccessibleText(I18n.t("uiexport.warnings"));
        cut.setPrefHeight(90);
        cut.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(vm.warnings));
        cut.managedProperty().bind(cut.visibleProperty());
        setCenter(new javafx.scene.layout.VBox(8, ExportControls.form(List.of("uiexport.format", "uiexport.scenario",
                "uiexport.output"), format, scenario, ExportControls.output("exportLayers", vm, this::browse)), cut));
        setBottom(ExportControls.actions(this, "exportLayers", vm, close));
    }

    public ExportLayersViewModel viewModel() {
        return vm;
    }

    private void browse() {
        FileChooser c = new FileChooser();
        String ext = ExportLayersViewModel.extension(vm.format.get());
        c.getExtensionFilters().add(new FileChooser.ExtensionFilter(ext.toUpperCase(Locale.ROOT), "*." + ext));
        File f = c.showSaveDialog(getScene().getWindow());
        if (f != null) {
            vm.output.set(f.getPath());
        }
    }
}
