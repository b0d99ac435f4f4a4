package org.villageplanner.ui.export;

import java.nio.file.Path;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;
import org.villageplanner.domain.PlanProject;
import org.villageplanner.domain.Scenario;
import org.villageplanner.ui.MainViewModel;
import org.villageplanner.ui.common.BackgroundDialogModel;
import org.villageplanner.ui.common.I18n;

/**
 * What both export dialogs' view models share (plan PDF, layers and tables): the open project's scenarios with
 * the current one chosen, the output text and the file it means, whether the export can run, the run itself,
 * and a default output beside the project file. The view's output field and action row bind to it.
 */
public abstract class ExportModel extends BackgroundDialogModel {
    final MainViewModel main;
    public final ObservableList<String> scenarios = FXCollections.observableArrayList();
    public final StringProperty scenario = new SimpleStringProperty();
    public final StringProperty output = new SimpleStringProperty("");

    ExportModel(MainViewModel main) {
        super("uiexport.status.");
        this.main = main;
        PlanProject p = main.session.project();
        if (p != null) {
            scenarios.setAll(p.scenarios().stream().map(Scenario::name).toList());
            Scenario current = main.session.scenario();
            scenario.set(current != null ? current.name() : scenarios.isEmpty() ? null : scenarios.get(0));
        }
    }

    /** The file the export will write (the dialog asks before replacing an existing one). */
    public abstract Path target();

    public abstract BooleanBinding canExport();

    public abstract Task<?> export();

    /**
     * Shows {@code text} (what was written) in the dialog's and the window's status line, with a note when the plan
     * on screen has edits that the project file does not have yet (the exported file holds them).
     */
    void written(String text) {
        written(text, null);
    }

    /**
     * As {@link #written(String)}, then {@code after} (null for nothing): the unsaved-edits note stays right after
     * what was written, as it always read, and a further remark (what a format had to cut) comes last.
     */
    void written(String text, String after) {
        String shown = main.session.isDirty() ? text + "  " + I18n.t("uisave.export.unsaved") : text;
        if (after != null) {
            shown = shown + "  " + after;
        }
        status.set(shown);
        main.status.set(shown);
    }

    /** {@code STEM + suffix} in the project file's folder (the home folder for a new project). */
    Path besideProject(String suffix) {
        Path file = main.session.file.get();
        Path dir = file != null && file.toAbsolutePath().getParent() != null ? file.toAbsolutePath().getParent()
                : Path.of(System.getProperty("user.home"));
        String stem = file == null ? I18n.t("uiexport.defaultName") : file.getFileName().toString()
                .replaceFirst("\\.[^.]+$", "");
        return dir.resolve(stem + suffix);
    }
}
