package org.villageplanner.ui.importing;

import static org.villageplanner.ui.common.Controls.button;
import static org.villageplanner.ui.common.Controls.named;
import static org.villageplanner.ui.common.Controls.text;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.cell.ComboBoxTableCell;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.villageplanner.service.ImportPreviewService;
import org.villageplanner.ui.common.DialogWork;
import org.villageplanner.ui.common.I18n;

/**
 * The import dialog's content: files, reading options, a preview of the first rows, the mapping table, warnings,
 * progress and the buttons. Binds to an {@link ImportViewModel}; decides nothing itself.
 */
public final class ImportView extends BorderPane {
    private static final String AUTO = "";
    private final ImportViewModel vm;
    private final TableView<List<String>> previewTable = new TableView<>();

    public ImportView(ImportViewModel vm, Runnable close) {
        this.vm = vm;
        setId("importDialog");
        Label files = new Label();
        files.setId("importFiles");
        files.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> vm.files.isEmpty()
                ? I18n.t("uiimport.noFiles") : String.join("; ", vm.files.stream()
                .map(p -> p.getFileName().toString()).toList()), vm.files));
        Button choose = button("importChooseButton", "uiimport.choose", this::choose);
        HBox fileRow = new HBox(8, new Label(I18n.t("uiimport.files")), files, choose);
        HBox.setHgrow(files, Priority.ALWAYS);

        ComboBox<String> layer = new ComboBox<>(vm.layers);
        named(layer, "importLayer", "uiimport.layer");
        layer.valueProperty().bindBidirectional(vm.layer);
        layer.disableProperty().bind(vm.layerApplies().not());
        layer.setOnAction(e -> refreshIfChanged());

        ComboBox<String> encoding = new ComboBox<>(FXCollections.observableArrayList(AUTO));
        encoding.getItems().addAll(ImportViewModel.ENCODINGS);
        named(encoding, "importEncoding", "uiimport.encoding");
        encoding.setConverter(text(s -> s == null || s.isEmpty() ? I18n.t("uiimport.encoding.auto") : s));
        encoding.setValue(AUTO);
        encoding.disableProperty().bind(vm.encodingApplies().not());
        encoding.valueProperty().addListener((o, a, b) -> {
            vm.encoding.set(b);
            vm.refreshPreview();
        });
        Label encodingFound = new Label();
        encodingFound.setId("importEncodingFound");
        Label misread = new Label();
        misread.setId("importEncodingMisread");
        misread.setWrapText(true);
        // Its full height, however many lines: the sentence ends with the encoding to choose.
        misread.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        misread.setStyle("-fx-text-fill: #b00020;");
        misread.textProperty().bind(vm.misread);
        misread.visibleProperty().bind(vm.misread.isNotNull());
        misread.managedProperty().bind(misread.visibleProperty());

        ComboBox<CrsChoice> crs = new ComboBox<>(FXCollections.observableArrayList(CrsChoice.all()));
        named(crs, "importCrs", "uiimport.crs");
        crs.valueProperty().bindBidirectional(vm.crs);
        crs.valueProperty().addListener((o, a, b) -> vm.refreshPreview());
        Label crsFound = new Label();
        crsFound.setId("importCrsFound");
        crs.valueProperty().addListener((o, a, b) -> crsFound.setText(crsText()));
        vm.preview.addListener((o, a, p) -> {
            crsFound.setText(crsText());
            encodingFound.setText(vm.encodingFoundText());
            fillPreview(p);
        });

        GridPane options = new GridPane();
        options.setHgap(8);
        options.setVgap(6);
        options.addRow(0, new Label(I18n.t("uiimport.layer")), layer);
        options.addRow(1, new Label(I18n.t("uiimport.encoding")), encoding, encodingFound);
        options.addRow(2, new Label(I18n.t("uiimport.crs")), crs, crsFound);

        previewTable.setId("importPreviewTable");
        previewTable.setAccessibleText(I18n.t("uiimport.preview"));
        previewTable.setPrefHeight(170);
        TableView<ImportViewModel.MappingRow> mapping = mappingTable();
        ListView<String> warnings = new ListView<>(vm.warnings);
        warnings.setId("importWarnings");
        warnings.setAccessibleText(I18n.t("uiimport.warnings"));
        warnings.setPrefHeight(80);

        VBox centre = new VBox(8, fileRow, options, misread, ScenarioChecklist.create(vm.scenarios),
                new Label(I18n.t("uiimport.preview")), previewTable,
                new Label(I18n.t("uiimport.mapping")), mapping, new Label(I18n.t("uiimport.warnings")), warnings);
        centre.setPadding(new Insets(0, 0, 8, 0));
        VBox.setVgrow(mapping, Priority.ALWAYS);
        setCenter(centre);

        CheckBox newProject = new CheckBox(I18n.t("uiimport.newProject"));
        newProject.setId("importNewProject");
        newProject.setAccessibleText(I18n.t("uiimport.newProject"));
        newProject.selectedProperty().bindBidirectional(vm.newProject);
        newProject.setDisable(!vm.hasOpenProject());
        Label status = new Label();
        status.setId("importStatus");
        status.textProperty().bind(vm.status);
        // Not the default button: Enter after choosing in a drop-down must not start an import.
        Button run = button("importButton", "uiimport.import",
                () -> ImportConfirm.thenRun(vm, getScene() == null ? null : getScene().getWindow()));
        run.disableProperty().bind(vm.canImport().not());
        Button closeButton = button("importCloseButton", "uiimport.close", close);
        closeButton.setCancelButton(true);
        HBox buttons = new HBox(8, newProject, status, run, closeButton);
        HBox.setHgrow(status, Priority.ALWAYS);
        status.setMaxWidth(Double.MAX_VALUE);
        setBottom(new VBox(6, DialogWork.progressRow("import", vm.running), buttons));
        vm.error.addListener((o, a, text) -> {
            if (text != null) {
                DialogWork.error(getScene() == null ? null : getScene().getWindow(), "importErrorDialog",
                        I18n.t("uiimport.errorTitle"), text);
            }
        });
    }

    public ImportViewModel viewModel() {
        return vm;
    }

    /** What the file says about its CRS; when it says nothing and one must be chosen, the request to choose it. */
    private String crsText() {
        return vm.crsMissing() ? I18n.t("uiimport.crs.needed") : vm.crsFoundText();
    }

    private void refreshIfChanged() {
        ImportPreviewService.Preview p = vm.preview.get();
        if (p != null && vm.layer.get() != null && !vm.layer.get().equals(p.layer())) {
            vm.refreshPreview();
        }
    }

    private void choose() {
        FileChooser c = new FileChooser();
        c.setTitle(I18n.t("uiimport.choose"));
        c.getExtensionFilters().add(new FileChooser.ExtensionFilter(I18n.t("uiimport.filter"),
                "*.shp", "*.zip", "*.geojson", "*.json", "*.gpkg", "*.csv", "*.xlsx"));
        List<File> chosen = c.showOpenMultipleDialog(getScene().getWindow());
        if (chosen != null && !chosen.isEmpty()) {
            vm.setFiles(chosen.stream().map(File::toPath).map(Path::toAbsolutePath).toList());
        }
    }

    private TableView<ImportViewModel.MappingRow> mappingTable() {
        TableView<ImportViewModel.MappingRow> t = new TableView<>(vm.mapping);
        t.setId("importMappingTable");
        t.setAccessibleText(I18n.t("uiimport.mapping"));
        t.setEditable(true);
        t.setPrefHeight(200);
        TableColumn<ImportViewModel.MappingRow, String> column = new TableColumn<>(I18n.t("uiimport.column"));
        column.setCellValueFactory(r -> new ReadOnlyStringWrapper(r.getValue().column));
        column.setPrefWidth(200);
        TableColumn<ImportViewModel.MappingRow, String> field = new TableColumn<>(I18n.t("uiimport.field"));
        field.setCellValueFactory(r -> r.getValue().field);
        List<String> choices = new java.util.ArrayList<>(List.of(AUTO));
        choices.addAll(vm.fields());
        field.setCellFactory(ComboBoxTableCell.forTableColumn(text(f -> f == null || f.isEmpty()
                ? I18n.t("uiimport.field.none") : I18n.t("uiimport.field." + f) + " (" + f + ")"),
                FXCollections.observableArrayList(choices)));
        field.setOnEditCommit(e -> {
            if (!vm.assign(e.getRowValue(), e.getNewValue())) {
                t.refresh();
            }
        });
        field.setPrefWidth(220);
        TableColumn<ImportViewModel.MappingRow, String> unit = new TableColumn<>(I18n.t("uiimport.unit"));
        unit.setCellValueFactory(r -> javafx.beans.binding.Bindings.createStringBinding(
                () -> !vm.isMoney(r.getValue().field.get()) ? "—"
                        : r.getValue().wan.get() ? I18n.t("uiimport.unit.wan") : I18n.t("uiimport.unit.yuan"),
                r.getValue().field, r.getValue().wan));
        unit.setCellFactory(ComboBoxTableCell.forTableColumn(I18n.t("uiimport.unit.yuan"), I18n.t("uiimport.unit.wan")));
        unit.setOnEditCommit(e -> vm.setWan(e.getRowValue(), I18n.t("uiimport.unit.wan").equals(e.getNewValue())));
        unit.setPrefWidth(90);
        t.getColumns().add(column);
        t.getColumns().add(field);
        t.getColumns().add(unit);
        t.getColumns().add(WanCheckColumn.create(vm));
        return t;
    }

    private void fillPreview(ImportPreviewService.Preview p) {
        previewTable.getColumns().clear();
        if (p == null) {
            previewTable.getItems().clear();
            return;
        }
        List<String> headers = new java.util.ArrayList<>(p.columns());
        headers.add(I18n.t("uiimport.geometry"));
        for (int i = 0; i < headers.size(); i++) {
            int index = i;
            TableColumn<List<String>, String> c = new TableColumn<>(headers.get(i));
            c.setCellValueFactory(r -> new ReadOnlyStringWrapper(index < r.getValue().size()
                    ? r.getValue().get(index) : ""));
            c.setSortable(false);
            previewTable.getColumns().add(c);
        }
        previewTable.setItems(FXCollections.observableArrayList(p.rows()));
    }
}
