package org.villageplanner.ui.export;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.concurrent.Task;
import org.villageplanner.domain.PlanProject;
import org.villageplanner.service.ExportFormat;
import org.villageplanner.service.ExportService;
import org.villageplanner.ui.MainViewModel;
import org.villageplanner.ui.common.I18n;
import org.villageplanner.ui.common.Tasks;

/**
 * File › Export layers/tables…: the villages with their cluster in one scenario as GeoPackage, GeoJSON, Shapefile,
 * CSV or XLSX, through {@link ExportService}, from the open project (unsaved edits included).
 */
public final class ExportLayersViewModel extends ExportModel {
    public final ObjectProperty<ExportFormat> format = new SimpleObjectProperty<>(ExportFormat.GEOJSON);
    /** What the last export had to cut (text too long for the format, a second cluster of a village), one line each. */
    public final javafx.collections.ObservableList<String> warnings =
            javafx.collections.FXCollections.observableArrayList();

    public ExportLayersViewModel(MainViewModel main) {
        super(main);
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

    @Override
    public BooleanBinding canExport() {
        return Bindings.createBooleanBinding(() -> running.get() == null && main.session.project() != null
                && !output.get().isBlank(), running, output);
    }

    @Override
    public Path target() {
        return withExtension(output.get().strip(), format.get());
    }

    @Override
    public Task<ExportService.Result> export() {
        error.set(null);
        warnings.clear();
        PlanProject project = main.session.project();
        ExportFormat f = format.get();
        Path out = withExtension(output.get().strip(), f);
        String s = scenario.get();
        status.set(I18n.t("uiexport.status.writing", out.getFileName()));
        return start(main.tasks, Tasks.<ExportService.Result>create(p -> {
            p.update(0, 1, I18n.t("uiexport.status.writing", out.getFileName()));
            return main.services.exports().export(project, f, out, s, p);
        }).onSuccess(r -> {
            warnings.setAll(r.warnings());
            String text = I18n.t("uiexport.status.layersWritten", r.out().getFileName(), r.villages());
            written(text, r.warnings().isEmpty() ? null : I18n.t("uiexport.status.cut", r.warnings().size()));
        }).onError(this::failed));
    }

    static String extension(ExportFormat f) {
        return f == ExportFormat.GEOJSON ? "geojson" : f.name().toLowerCase(Locale.ROOT);
    }

    static Path withExtension(String text, ExportFormat f) {
        String ext = "." + extension(f);
        return Path.of(text.toLowerCase(Locale.ROOT).endsWith(ext) ? text : text + ext);
    }

    private Path defaultOutput(ExportFormat f) {
        return besideProject("-villages." + extension(f));
    }
}
