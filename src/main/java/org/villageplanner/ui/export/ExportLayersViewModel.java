package org.villageplanner.ui.export;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;
import org.villageplanner.domain.PlanProject;
import org.villageplanner.domain.Scenario;
import org.villageplanner.service.ExportFormat;
import org.villageplanner.service.ExportService;
import org.villageplanner.ui.MainViewModel;
import org.villageplanner.ui.common.I18n;
import org.villageplanner.ui.common.Tasks;
import org.villageplanner.ui.importing.DialogWork;

/**
 * File › Export layers/tables…: the villages with their cluster in one scenario as GeoPackage, GeoJSON, Shapefile,
 * CSV or XLSX, through {@link ExportService}, from the open project (unsaved edits included).
 */
public final class ExportLayersViewModel {
    private final MainViewModel main;
    private final ObservableList<String> scenarios = FXCollections.observableArrayList();
    private final StringProperty scenario = new SimpleStringProperty();
    private final ObjectProperty<ExportFormat> format = new SimpleObjectProperty<>(ExportFormat.GEOJSON);
    private final StringProperty output = new SimpleStringProperty("");
    private final StringProperty status = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty();
    private final ObjectProperty<Task<?>> running = new SimpleObjectProperty<>();

    public ExportLayersViewModel(MainViewModel main) {
        this.main = main;
        PlanProject p = main.session().project();
        if (p != null) {
            scenarios.setAll(p.scenarios().stream().map(Scenario::name).toList());
            Scenario current = main.session().scenario();
            scenario.set(current != null ? current.name() : scenarios.isEmpty() ? null : scenarios.get(0));
        }
        output.set(defaultOutput(format.get()).toString());
        format.addListener((o, a, b) -> {
            if (output.get().equals(defaultOutput(a).toString())) {
                output.set(defaultOutput(b).toString());
            }
        });
    }

    public List<ExportFormat> formats() {
        return List.of(ExportFormat.values());
    }

    public ObservableList<String> scenarios() {
        return scenarios;
    }

    public StringProperty scenarioProperty() {
        return scenario;
    }

    public ObjectProperty<ExportFormat> formatProperty() {
        return format;
    }

    public StringProperty outputProperty() {
        return output;
    }

    public StringProperty statusProperty() {
        return status;
    }

    public StringProperty errorProperty() {
        return error;
    }

    public ObjectProperty<Task<?>> runningProperty() {
        return running;
    }

    public BooleanBinding canExport() {
        return Bindings.createBooleanBinding(() -> running.get() == null && main.session().project() != null
                && !output.get().isBlank(), running, output);
    }

    /** The file the export will write (the dialog asks before replacing an existing one). */
    public Path target() {
        return withExtension(output.get().strip(), format.get());
    }

    public Task<ExportService.Result> export() {
        error.set(null);
        PlanProject project = main.session().project();
        ExportFormat f = format.get();
        Path out = withExtension(output.get().strip(), f);
        String s = scenario.get();
        status.set(I18n.t("uiexport.status.writing", out.getFileName()));
        return DialogWork.start(main.tasks(), Tasks.<ExportService.Result>create(p -> {
            p.update(0, 1, I18n.t("uiexport.status.writing", out.getFileName()));
            return main.services().exports().export(project, f, out, s, p);
        }).onSuccess(r -> {
            String text = I18n.t("uiexport.status.layersWritten", r.out().getFileName(), r.villages());
            if (main.session().isDirty()) {
                // The file holds the edits on screen, which the project file does not have yet.
                text = text + "  " + I18n.t("uisave.export.unsaved");
            }
            status.set(text);
            main.statusProperty().set(text);
        }).onError(e -> {
            status.set(I18n.t("uiexport.status.failed"));
            error.set(DialogWork.message(e));
        }).titled(status.get()), running);
    }

    static String extension(ExportFormat f) {
        return f == ExportFormat.GEOJSON ? "geojson" : f.name().toLowerCase(Locale.ROOT);
    }

    static Path withExtension(String text, ExportFormat f) {
        String ext = "." + extension(f);
        return Path.of(text.toLowerCase(Locale.ROOT).endsWith(ext) ? text : text + ext);
    }

    private Path defaultOutput(ExportFormat f) {
        Path file = main.session().fileProperty().get();
        Path dir = file != null && file.toAbsolutePath().getParent() != null ? file.toAbsolutePath().getParent()
                : Path.of(System.getProperty("user.home"));
        String stem = file == null ? I18n.t("uiexport.defaultName") : file.getFileName().toString()
                .replaceFirst("\\.[^.]+$", "");
        return dir.resolve(stem + "-villages." + extension(f));
    }
}
