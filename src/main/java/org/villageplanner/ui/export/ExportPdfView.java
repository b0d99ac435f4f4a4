package org.villageplanner.ui.export;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.cell.CheckBoxListCell;
import javafx.scene.layout.BorderPane;
import javafx.stage.FileChooser;
import org.villageplanner.domain.Messages;
import org.villageplanner.service.ReportService;
import org.villageplanner.ui.common.Controls;
import org.villageplanner.ui.common.I18n;

/** The plan PDF dialog's content; binds to an {@link ExportPdfViewModel}. */
public final class ExportPdfView extends BorderPane {
    private final ExportPdfViewModel vm;

    public ExportPdfView(ExportPdfViewModel vm, Runnable close) {
        this.vm = vm;
        setId("exportPdfDialog");
        ComboBox<String> scenario = new ComboBox<>(vm.scenarios);
        Controls.named(scenario, "exportScenario", "uiexport.scenario");
        scenario.valueProperty().bindBidirectional(vm.scenario);

        ListView<String> compare = new ListView<>();
        Controls.named(compare, "exportCompare", "uiexport.compare");
        compare.setPrefHeight(110);
        Runnable fillCompare = () -> compare.getItems().setAll(vm.scenarios.stream()
                .filter(s -> !s.equals(vm.scenario.get())).toList());
        fillCompare.run();
        vm.scenario.addListener(o -> fillCompare.run());
        compare.setCellFactory(CheckBoxListCell.forListView(name -> {
            BooleanProperty on = new SimpleBooleanProperty(vm.compare.contains(name));
            on.addListener((o, a, b) -> {
                if (b && !vm.compare.contains(name)) {
                    vm.compare.add(name);
                } else if (!b) {
                    vm.compare.remove(name);
                }
            });
            return on;
        }));

        ComboBox<Locale> language = new ComboBox<>(FXCollections.observableArrayList(Messages.CHINESE,
                Messages.ENGLISH));
        Controls.named(language, "exportLanguage", "uiexport.language");
        language.setConverter(Controls.labels(l -> l.getLanguage().equals("zh") ? "中文" : "English"));
        language.valueProperty().bindBidirectional(vm.language);

        TextField author = new TextField();
        Controls.named(author, "exportAuthor", "uiexport.author");
        author.textProperty().bindBidirectional(vm.author);
        setCenter(ExportControls.form(List.of("uiexport.scenario", "uiexport.compare", "uiexport.language",
                "uiexport.author", "uiexport.output"), scenario, compare, language, author,
                ExportControls.output("export", vm, this::browse)));
        setBottom(ExportControls.actions(this, "export", vm, close));
        vm.result.addListener((o, a, r) -> {
            if (r != null) {
                offerFolder(r);
            }
        });
    }

    public ExportPdfViewModel viewModel() {
        return vm;
    }

    private void browse() {
        FileChooser c = new FileChooser();
        c.getExtensionFilters().add(new FileChooser.ExtensionFilter("PDF", "*.pdf"));
        Path current = ExportPdfViewModel.pdfPath(vm.output.get());
        if (current.toAbsolutePath().getParent() != null && current.toAbsolutePath().getParent().toFile().isDirectory()) {
            c.setInitialDirectory(current.toAbsolutePath().getParent().toFile());
        }
        c.setInitialFileName(current.getFileName().toString());
        File f = c.showSaveDialog(getScene().getWindow());
        if (f != null) {
            vm.output.set(f.getPath());
        }
    }

    private void offerFolder(ReportService.Result r) {
        ButtonType open = new ButtonType(I18n.t("uiexport.openFolder"), ButtonBar.ButtonData.YES);
        ButtonType close = new ButtonType(I18n.t("uiimport.close"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert a = new Alert(Alert.AlertType.INFORMATION, I18n.t("uiexport.doneText", r.file(), r.pages()), open,
                close);
        a.setHeaderText(I18n.t("uiexport.doneTitle"));
        a.getDialogPane().setId("exportDoneDialog");
        a.initOwner(getScene().getWindow());
        a.setOnHidden(e -> {
            if (a.getResult() == open && r.file().getParent() != null) {
                ExportPdfViewModel.openFolder(r.file().getParent());
            }
        });
        a.show();
    }
}
