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
import org.villageplanner.domain.Messages;
import org.villageplanner.domain.PlanProject;
import org.villageplanner.service.ReportService;
import org.villageplanner.ui.MainViewModel;
import org.villageplanner.ui.common.I18n;
import org.villageplanner.ui.common.Tasks;

/**
 * File › Export plan PDF…: which scenario, which others to compare with, the language, the author and the output
 * file; runs {@link ReportService} on the open project (unsaved edits included) in the background.
 *
 * <p>The plan's language is passed to the report with the request; the session's {@link Messages} locale is
 * never switched, so the window stays in its language while a plan in the other one is written.
 */
public final class ExportPdfViewModel extends ExportModel {
    /** The scenarios of the comparison appendix (never the reported one). */
    public final ObservableList<String> compare = FXCollections.observableArrayList();
    public final ObjectProperty<Locale> language = new SimpleObjectProperty<>(Messages.locale());
    public final StringProperty author = new SimpleStringProperty("");
    /** The last export written, for offering to open its folder. */
    public final ObjectProperty<ReportService.Result> result = new SimpleObjectProperty<>();

    public ExportPdfViewModel(MainViewModel main) {
        super(main);
        output.set(defaultOutput().toString());
        scenario.addListener((o, a, b) -> {
            compare.remove(b);
            if (output.get().equals(defaultOutput(a).toString())) {
                output.set(defaultOutput().toString());
            }
        });
    }

    @Override
    public BooleanBinding canExport() {
        return Bindings.createBooleanBinding(() -> running.get() == null && scenario.get() != null
                && !output.get().isBlank(), running, scenario, output);
    }

    @Override
    public Path target() {
        return pdfPath(output.get());
    }

    /** Writes the PDF in the background; on failure no file is left behind and the project is unchanged. */
    @Override
    public Task<ReportService.Result> export() {
        error.set(null);
        result.set(null);
        PlanProject project = main.session.project();
        // The plan's language goes with the request: the window keeps its own language while the export runs.
        ReportService.Request request = new ReportService.Request(scenario.get(),
                compare.stream().filter(s -> !s.equals(scenario.get())).toList(),
                author.get().isBlank() ? null : author.get().strip(), language.get());
        Path out = pdfPath(output.get());
        status.set(I18n.t("uiexport.status.writing", out.getFileName()));
        return start(main.tasks, Tasks.<ReportService.Result>create(
                p -> main.services.reports().export(project, request, out, p)).onSuccess(r -> {
            result.set(r);
            written(I18n.t("uiexport.status.written", r.file().getFileName(), r.pages(),
                    Math.max(1, r.bytes() / 1024)));
        }).onError(this::failed));
    }

    private Path defaultOutput() {
        return defaultOutput(scenario.get());
    }

    private Path defaultOutput(String scenarioName) {
        return besideProject((scenarioName == null ? "" : "-" + scenarioName) + ".pdf");
    }

    static Path pdfPath(String text) {
        String t = text.strip();
        return Path.of(t.toLowerCase(Locale.ROOT).endsWith(".pdf") ? t : t + ".pdf");
    }

    /** Opens {@code dir} in the system's file manager, in the background; false when there is none to ask. */
    public static boolean openFolder(Path dir) {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        List<String> command = os.contains("win") ? List.of("explorer", dir.toString())
                : os.contains("mac") ? List.of("open", dir.toString()) : List.of("xdg-open", dir.toString());
        try {
            new ProcessBuilder(command).redirectErrorStream(true).start();
            return true;
        } catch (java.io.IOException e) {
            return false;
        }
    }
}
