package org.villageplanner.ui.layers;

import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import org.villageplanner.service.LayerService;
import org.villageplanner.service.ReadOptions;
import org.villageplanner.ui.MainViewModel;
import org.villageplanner.ui.common.I18n;
import org.villageplanner.ui.common.Tasks;
import org.villageplanner.ui.task.PlannerTask;

/**
 * The layer changes that are whole file operations rather than undoable edits: adding a layer from a file and
 * setting or clearing the basemap. Each runs on the window's task runner after the layer writes queued on the saver
 * thread, then has {@link LayersModel} read the layers again; a refusal is shown as the service's message.
 */
final class LayerFileTasks {
    private final MainViewModel vm;
    private final LayersModel model;

    LayerFileTasks(MainViewModel vm, LayersModel model) {
        this.vm = vm;
        this.model = model;
    }

    /**
     * Copies a layer from {@code source} into the project on the window's task runner, then shows it; a refused
     * file is shown as the service's message, the project untouched.
     */
    public PlannerTask<LayerService.Added> add(Path source, String name, boolean barrier) {
        Path f = writableFile();
        if (f == null) {
            return null;
        }
        var saver = vm.autoSaver;
        return Tasks.create(p -> saver.write(() -> { }).thenApply(v -> vm.services.layers().add(f, source, name,
                        new ReadOptions(null, null, null), UnaryOperator.identity(), barrier)).join())
                .titled(I18n.t("uilayers.status.adding", source.getFileName()))
                .onSuccess(added -> {
                    vm.acceptOwnWrite();
                    model.say(added.warnings().isEmpty() ? I18n.t("uilayers.added", added.layer().name(),
                            added.layer().features()) : String.join("\n", added.warnings()));
                    model.reload();
                })
                .onError(e -> model.say(I18n.t("uilayers.addFailed", source.getFileName(),
                        PlannerTask.message(unwrap(e)))))
                .run(vm.tasks);
    }

    /** Uses the tiles of {@code tiles} (MBTiles or GeoPackage) as the project's basemap, at the CLI's opacity. */
    public PlannerTask<Void> setBasemap(Path tiles, boolean gcj02) {
        return basemapWrite(I18n.t("uilayers.status.basemap", tiles.getFileName()),
                f -> vm.services.basemaps().set(f, tiles, gcj02, DEFAULT_BASEMAP_OPACITY),
                I18n.t("uilayers.basemap.set", tiles.getFileName()));
    }

    public PlannerTask<Void> clearBasemap() {
        return basemapWrite(I18n.t("uilayers.status.basemapClear"), f -> vm.services.basemaps().clear(f),
                I18n.t("uilayers.basemap.cleared"));
    }

    /** Basemap opacity when set from the app, as {@code basemap set} without {@code --opacity}. */
    static final double DEFAULT_BASEMAP_OPACITY = 0.6;

    /** One basemap write on the window's task runner, after the saver's queued writes; refusal shown. */
    private PlannerTask<Void> basemapWrite(String title, Consumer<Path> action, String done) {
        Path f = writableFile();
        if (f == null) {
            return null;
        }
        var saver = vm.autoSaver;
        return Tasks.<Void>create(p -> {
            saver.write(() -> action.accept(f)).join();
            return null;
        }).titled(title)
                .onSuccess(v -> {
                    vm.acceptOwnWrite();
                    model.say(done);
                    model.reload();
                })
                .onError(e -> model.say(PlannerTask.message(unwrap(e))))
                .run(vm.tasks);
    }

    private static Throwable unwrap(Throwable e) {
        return e instanceof java.util.concurrent.CompletionException && e.getCause() != null ? e.getCause() : e;
    }

    /** The project file layers are written to, or null (the planner is told why: read-only, or no file yet). */
    private Path writableFile() {
        Path f = model.file();
        if (f == null) {
            model.say(readOnlyOrNoFile());
        }
        return f;
    }

    /** Why layers cannot be changed now: another holder of the file's lock, or no file yet. */
    String readOnlyOrNoFile() {
        var ro = vm.editingLock.readOnlyProperty().get();
        if (!vm.editingLock.isReadOnly() || ro == null) {
            return I18n.t("uilayers.needsFile");
        }
        String who = ro.holder() == null ? I18n.t("uilayers.readOnly.other") : ro.holder().app();
        return I18n.t("uilayers.readOnly", ro.file() == null ? "" : ro.file().getFileName(), who);
    }
}
