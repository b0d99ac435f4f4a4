package org.villageplanner.ui;

import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableSet;
import javafx.concurrent.Task;
import org.villageplanner.domain.PlannerException;
import org.villageplanner.domain.PlannerProject;
import org.villageplanner.domain.Village;
import org.villageplanner.domain.Scenario;
import org.villageplanner.service.Services;
import org.villageplanner.service.VillageField;
import org.villageplanner.ui.common.AppSettings;
import org.villageplanner.ui.common.I18n;
import org.villageplanner.ui.common.Tasks;

/**
 * The main window's state and the only class of the window that calls services: open, save, selection,
 * colouring, the running task. Views bind to its properties; it outlives a language switch (the views are
 * rebuilt, the model stays).
 */
public final class MainViewModel {
    private final Services services;
    private final AppSettings settings;
    private final ProjectSession session = new ProjectSession();
    private final ObservableSet<String> selection = FXCollections.observableSet(new LinkedHashSet<>());
    private final StringProperty status = new SimpleStringProperty("");
    private final ObjectProperty<Task<?>> running = new SimpleObjectProperty<>();
    /** null: colour by cluster; else the numeric field of a choropleth. */
    private final ObjectProperty<VillageField> colourBy = new SimpleObjectProperty<>();
    private final BooleanProperty paintMode = new SimpleBooleanProperty();
    private final BooleanProperty showCountyOutline = new SimpleBooleanProperty(true);
    private final BooleanProperty showLabels = new SimpleBooleanProperty(true);
    private final BooleanProperty showClusterBorders = new SimpleBooleanProperty(true);
    private final BooleanProperty showProjects = new SimpleBooleanProperty(true);
    private final PaintBrush brush;
    private final ValidationModel validation;
    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        // A large stack: the cluster suggester and JTS unions recurse deeply on big projects.
        Thread t = new Thread(null, r, "planner-work", 256L << 20);
        t.setDaemon(true);
        return t;
    });
    private Consumer<String> errorSink = System.err::println;

    public MainViewModel(Services services, AppSettings settings) {
        this.services = Objects.requireNonNull(services);
        this.settings = Objects.requireNonNull(settings);
        this.brush = new PaintBrush(session);
        this.validation = new ValidationModel(session, services.validation());
    }

    /** The services, for the view models of dialogs (import, export, suggest) that act on this window's project. */
    public Services services() {
        return services;
    }

    public ProjectSession session() {
        return session;
    }

    public AppSettings settings() {
        return settings;
    }

    public ValidationModel validation() {
        return validation;
    }

    public PaintBrush brush() {
        return brush;
    }

    public ObservableSet<String> selection() {
        return selection;
    }

    public StringProperty statusProperty() {
        return status;
    }

    public ObjectProperty<Task<?>> runningProperty() {
        return running;
    }

    public ObjectProperty<VillageField> colourByProperty() {
        return colourBy;
    }

    public BooleanProperty paintModeProperty() {
        return paintMode;
    }

    /** Map layer switches (View menu); they survive a language switch. */
    public BooleanProperty showCountyOutlineProperty() {
        return showCountyOutline;
    }

    public BooleanProperty showLabelsProperty() {
        return showLabels;
    }

    public BooleanProperty showProjectsProperty() {
        return showProjects;
    }

    public BooleanProperty showClusterBordersProperty() {
        return showClusterBorders;
    }

    /** Where error messages go (the view shows a dialog). */
    public void setErrorSink(Consumer<String> sink) {
        errorSink = sink;
    }

    /** Opens {@code file} in the background; on failure the open project stays as it was. */
    public Task<PlannerProject> open(Path file) {
        return open(file, file, false);
    }

    /** Opens the autosave copy, attached to the file it was made from, as unsaved edits. */
    public Task<PlannerProject> recover(Path original) {
        return open(settings.recoveryFile(), original, true);
    }

    private Task<PlannerProject> open(Path read, Path attachTo, boolean recovered) {
        status.set(I18n.t("ui.status.opening", read.getFileName()));
        return start(Tasks.<PlannerProject>create(p -> services.projects().open(read))
                .onSuccess(project -> {
                    show(project, attachTo);
                    if (recovered) {
                        session.markUnsaved();
                    } else if (attachTo != null) {
                        settings.addRecent(attachTo);
                    }
                    status.set(I18n.t("ui.status.opened", project.villages().size(), project.scenarios().size()));
                })
                .onError(e -> fail("ui.error.open", read, e)));
    }

    /** Shows an already loaded project (tests, recovery, a new import). */
    public void show(PlannerProject project, Path file) {
        selection.clear();
        session.load(project, file);
    }

    /** Saves to the session's file; false when there is none yet (the view then asks for one). */
    public boolean save() {
        if (session.fileProperty().get() == null) {
            return false;
        }
        saveAs(session.fileProperty().get());
        return true;
    }

    public Task<Void> saveAs(Path file) {
        PlannerProject snapshot = session.project();
        long state = session.undo().state();
        status.set(I18n.t("ui.status.saving", file.getFileName()));
        return start(Tasks.<Void>create(p -> {
            services.projects().save(snapshot, file);
            return null;
        }).onSuccess(v -> {
            if (session.undo().state() == state) {
                session.markSaved(file);
            } else {
                session.fileProperty().set(file);
            }
            settings.addRecent(file);
            settings.clearRecovery();
            status.set(I18n.t("ui.status.saved", file.getFileName()));
        }).onError(e -> fail("ui.error.save", file, e)));
    }

    /** Writes the autosave copy of unsaved edits in the background. */
    public void autosave() {
        if (!session.isDirty() || session.project() == null || running.get() != null) {
            return;
        }
        PlannerProject snapshot = session.project();
        Path origin = session.fileProperty().get();
        Tasks.<Void>create(p -> {
            services.projects().save(snapshot, settings.recoveryFile());
            settings.noteRecoveryOrigin(origin);
            return null;
        }).onSuccess(v -> status.set(I18n.t("ui.status.autosaved")))
                .onError(e -> status.set(I18n.t("ui.error.autosave", message(e)))).run(executor);
    }

    /** Copies the shown scenario under {@code name} and shows the copy; false (with a message) if the name is taken. */
    public boolean duplicateScenario(String name) {
        Scenario s = session.scenario();
        if (s == null || name == null || name.isBlank()) {
            return false;
        }
        if (session.project().scenario(name.strip()).isPresent()) {
            status.set(I18n.t("ui.scenario.exists", name.strip()));
            return false;
        }
        Scenario copy = s.withName(name.strip());
        return session.editProject(session.project().withScenario(copy), copy.name(),
                I18n.t("ui.edit.duplicateScenario", s.name()));
    }

    /** Click selection: replaces the selection, or toggles {@code code} in it when {@code extend}. */
    public void select(String code, boolean extend) {
        if (!extend) {
            if (code == null) {
                selection.clear();
            } else {
                selection.retainAll(List.of(code));
                selection.add(code);
            }
        } else if (code != null && !selection.remove(code)) {
            selection.add(code);
        }
    }

    public void selectAll(List<Village> villages, boolean extend) {
        if (!extend) {
            selection.clear();
        }
        villages.forEach(v -> selection.add(v.code()));
    }

    /** The single selected village, or null. */
    public Village selectedVillage() {
        if (selection.size() != 1 || session.project() == null) {
            return null;
        }
        return session.project().village(selection.iterator().next()).orElse(null);
    }

    private <T> Task<T> start(Tasks.Builder<T> builder) {
        Task<T> task = builder.andFinally(() -> running.set(null)).build();
        running.set(task);
        executor.execute(task);
        return task;
    }

    private void fail(String key, Path file, Throwable e) {
        String text = I18n.t(key, file, message(e));
        status.set(text);
        errorSink.accept(text);
    }

    private static String message(Throwable e) {
        if (e instanceof PlannerException pe) {
            return pe.getMessage();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    // --- truthful ---
    private final javafx.beans.property.StringProperty previewNote = new javafx.beans.property.SimpleStringProperty("");

    /** Non-empty while the map shows a plan that is only a preview (a suggestion not yet accepted). */
    public javafx.beans.property.StringProperty previewNoteProperty() {
        return previewNote;
    }
}
