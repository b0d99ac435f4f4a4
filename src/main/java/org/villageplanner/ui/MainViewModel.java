package org.villageplanner.ui;

import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
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
import org.villageplanner.domain.PlanProject;
import org.villageplanner.domain.Village;
import org.villageplanner.domain.Scenario;
import org.villageplanner.service.ProjectService;
import org.villageplanner.service.Services;
import org.villageplanner.service.VillageField;
import org.villageplanner.ui.common.AppSettings;
import org.villageplanner.ui.common.I18n;
import org.villageplanner.ui.common.Tasks;
import org.villageplanner.ui.save.AutoSaver;
import org.villageplanner.ui.save.DiskStamp;
import org.villageplanner.ui.save.RecoveryFiles;
import org.villageplanner.ui.task.PlannerTask;
import org.villageplanner.ui.task.TaskRunner;

/**
 * The main window's state and the only class of the window that calls services: open, save, selection,
 * colouring, the running task. Views bind to its properties; it outlives a language switch (the views are
 * rebuilt, the model stays).
 */
public final class MainViewModel {
    /** The services, for the view models of dialogs (import, export, suggest) that act on this window's project. */
    public final Services services;
    public final AppSettings settings;
    public final ProjectSession session = new ProjectSession();
    /** The write lock of the open file; read-only when another window or program holds it. */
    public final EditingLock editingLock = new EditingLock();
    public final ObservableSet<String> selection = FXCollections.observableSet(new LinkedHashSet<>());
    public final StringProperty status = new SimpleStringProperty("");
    /** The window's background work: one executor, one task type, the status bar's current task. */
    public final TaskRunner tasks = new TaskRunner();
    /** null: colour by cluster; else the numeric field of a choropleth. */
    public final ObjectProperty<VillageField> colourBy = new SimpleObjectProperty<>();
    public final BooleanProperty paintMode = new SimpleBooleanProperty();
    /** Map layer switches (View menu); they survive a language switch. */
    public final BooleanProperty showCountyOutline = new SimpleBooleanProperty(true);
    public final BooleanProperty showLabels = new SimpleBooleanProperty(true);
    public final BooleanProperty showClusterBorders = new SimpleBooleanProperty(true);
    public final BooleanProperty showProjects = new SimpleBooleanProperty(true);
    public final PaintBrush brush;
    public final ValidationModel validation;
    public final RecoveryFiles recoveryFiles;
    public final AutoSaver autoSaver;
    /** Modification time and size of the session's file when it was opened or last saved. */
    private DiskStamp diskStamp = DiskStamp.NONE;
    private Consumer<String> errorSink = System.err::println;
    private java.util.function.Predicate<String> discardGuard = action -> !session.isDirty();

    public MainViewModel(Services services, AppSettings settings) {
        this.services = Objects.requireNonNull(services);
        this.settings = Objects.requireNonNull(settings);
        this.brush = new PaintBrush(session);
        this.validation = new ValidationModel(session, services.validation(), tasks);
        this.recoveryFiles = new RecoveryFiles(settings, services.projects());
        this.autoSaver = new AutoSaver(session, recoveryFiles, services.projects());
        autoSaver.setOnFailed(e -> status.set(I18n.t("ui.error.autosave", message(e))));
    }

    /** What the plan's results depend on: a result computed for another state is stale (compared by identity). */
    public Object planState() {
        return new PlanState(session.project(), session.scenarioName.get()).canonical(this);
    }

    /** The visible background task running now (the status bar's), or null. */
    public ObjectProperty<Task<?>> runningProperty() {
        return tasks.currentProperty();
    }

    /**
     * Asks before unsaved edits would be lost by {@code action} (the window's Save / Don't Save / Cancel); true to
     * go on. Dialogs that replace the project (import into a new project) call it.
     */
    public boolean confirmDiscard(String action) {
        return discardGuard.test(action);
    }

    public void setDiscardGuard(java.util.function.Predicate<String> guard) {
        discardGuard = guard;
    }

    /** Where error messages go (the view shows a dialog). */
    public void setErrorSink(Consumer<String> sink) {
        errorSink = sink;
    }

    /** Opens {@code file} in the background; on failure the open project stays as it was. */
    public Task<PlanProject> open(Path file) {
        return open(file, file, null);
    }

    /** Opens the autosave copy, attached to the file it was made from, as unsaved edits. */
    public Task<PlanProject> recover(RecoveryFiles.Info info) {
        return open(recoveryFiles.projectFile(), info.origin(), info);
    }

    private Task<PlanProject> open(Path read, Path attachTo, RecoveryFiles.Info recovered) {
        status.set(I18n.t("ui.status.opening", read.getFileName()));
        // A file held by another window or program opens read-only (EditingLock, ReadOnlyBanner).
        return start(Tasks.<PlanProject>create(p -> {
            if (recovered != null) {
                return services.projects().open(read);
            }
            ProjectService.Opened opened = services.projects().openForEditing(read);
            javafx.application.Platform.runLater(() -> editingLock.opened(opened, attachTo));
            return opened.project();
        })
                .titled(I18n.t("ui.status.opening", read.getFileName()))
                .onSuccess(project -> {
                    show(project, attachTo);
                    if (recovered != null) {
                        autoSaver.continueFrom(recovered.edits());
                        session.markUnsaved();
                    } else if (attachTo != null) {
                        settings.addRecent(attachTo);
                    }
                    status.set(I18n.t("ui.status.opened", project.villages().size(), project.scenarios().size()));
                })
                .onError(e -> fail("ui.error.open", read, e)));
    }

    /** Shows an already loaded project (tests, recovery, a new import). */
    public void show(PlanProject project, Path file) {
        selection.clear();
        session.load(project, file);
        diskStamp = DiskStamp.of(file);
    }

    /** The user chose not to keep the unsaved edits: the recovery copy goes too. */
    public void discardUnsaved() {
        autoSaver.discard();
    }

    /** Whether the session's file was changed on disk by someone else since it was opened or saved here. */
    public boolean changedOnDisk() {
        Path f = session.file.get();
        return f != null && diskStamp != DiskStamp.NONE && !diskStamp.equals(DiskStamp.of(f));
    }

    /**
     * This window itself just wrote to the project file outside a save (a reference layer added or restyled):
     * the next save should not warn that someone else changed it.
     */
    public void acceptOwnWrite() {
        Path f = session.file.get();
        if (f != null) {
            diskStamp = DiskStamp.of(f);
        }
    }

    /** Saves to the session's file; false when there is none yet (the view then asks for one). */
    public boolean save() {
        if (session.file.get() == null || editingLock.isReadOnly()) {
            return false;
        }
        saveAs(session.file.get());
        return true;
    }

    /**
     * Saves the project as it is now to {@code file} on the saver thread (never behind a simulation); the returned
     * future completes on the JavaFX thread with whether the save succeeded.
     */
    public java.util.concurrent.CompletableFuture<Boolean> saveAs(Path file) {
        PlanProject snapshot = session.project();
        long state = session.undo.state();
        status.set(I18n.t("ui.status.saving", file.getFileName()));
        java.util.concurrent.CompletableFuture<Boolean> done = new java.util.concurrent.CompletableFuture<>();
        autoSaver.saveAs(snapshot, session.file.get(), file).whenComplete((v, e) -> javafx.application.Platform.runLater(() -> {
            if (e != null) {
                fail("ui.error.save", file, e instanceof java.util.concurrent.CompletionException ? e.getCause() : e);
                done.complete(false);
                return;
            }
            diskStamp = DiskStamp.of(file);
            if (session.undo.state() == state) {
                session.markSaved(file);
            } else {
                session.file.set(file);
            }
            editingLock.savedAs(services.projects(), file);
            settings.addRecent(file);
            status.set(I18n.t("ui.status.saved", file.getFileName()));
            done.complete(true);
        }));
        return done;
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
        return builder.run(tasks);
    }

    private void fail(String key, Path file, Throwable e) {
        String text = I18n.t(key, file, message(e));
        status.set(text);
        errorSink.accept(text);
    }

    private static String message(Throwable e) {
        return PlannerTask.message(e);
    }

    /** The plan as results see it; equal states give the same instance, so tasks can compare by identity. */
    private record PlanState(PlanProject project, String scenario) {
        Object canonical(MainViewModel vm) {
            PlanState last = vm.lastState;
            if (last == null || last.project != project || !Objects.equals(last.scenario, scenario)) {
                vm.lastState = this;
            }
            return vm.lastState;
        }
    }

    private PlanState lastState;

    // --- truthful ---
    /** Non-empty while the map shows a plan that is only a preview (a suggestion not yet accepted). */
    public final javafx.beans.property.StringProperty previewNote = new javafx.beans.property.SimpleStringProperty("");
}
