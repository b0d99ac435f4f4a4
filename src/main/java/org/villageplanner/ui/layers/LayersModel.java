package org.villageplanner.ui.layers;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.WeakHashMap;
import java.util.function.UnaryOperator;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.locationtech.jts.geom.Geometry;
import org.villageplanner.service.Basemap;
import org.villageplanner.service.Feature;
import org.villageplanner.service.LayerService;
import org.villageplanner.service.LayerStyle;
import org.villageplanner.service.ReadOptions;
import org.villageplanner.service.ReferenceLayer;
import org.villageplanner.service.TileSet;
import org.villageplanner.ui.MainViewModel;
import org.villageplanner.ui.common.I18n;
import org.villageplanner.ui.common.Tasks;
import org.villageplanner.ui.map.BasemapPainter;
import org.villageplanner.ui.map.ReferenceLayersPainter;
import org.villageplanner.ui.task.PlannerTask;

/**
 * The reference layers and basemap of the window's project: loads them (features once per project, again when
 * a layer is added) on the window's task runner, feeds the map painters, and saves the planner's changes to a
 * layer through {@link LayerService}. Layers live in the project file, which the service writes at once; the
 * app's next save carries them across from the file it replaces (a Save As from the file it was opened from).
 * Removing a layer and setting or clearing the basemap run on the window's task runner. One model per window.
 */
public final class LayersModel {
    private static final Map<MainViewModel, LayersModel> MODELS = new WeakHashMap<>();

    private final MainViewModel vm;
    private final ObservableList<ReferenceLayer> layers = FXCollections.observableArrayList();
    private final ReferenceLayersPainter painter = new ReferenceLayersPainter();
    private final BasemapPainter basemap = new BasemapPainter();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private List<ReferenceLayersPainter.Drawn> drawn = List.of();
    private final javafx.beans.property.LongProperty backdropChanged = new javafx.beans.property.SimpleLongProperty();
    private long loads;

    private LayersModel(MainViewModel vm) {
        this.vm = vm;
        vm.session().fileProperty().addListener((o, a, b) -> reload());
        // Opening the same file again gives a fresh history: reload then too.
        vm.session().projectProperty().addListener((o, a, b) -> {
            if (vm.session().undo().state() == 0 && !vm.session().isDirty()) {
                reload();
            }
        });
        reload();
    }

    public static synchronized LayersModel of(MainViewModel vm) {
        return MODELS.computeIfAbsent(vm, LayersModel::new);
    }

    public ObservableList<ReferenceLayer> layers() {
        return layers;
    }

    public ReferenceLayersPainter painter() {
        return painter;
    }

    public BasemapPainter basemap() {
        return basemap;
    }

    /** Why the last change could not be made ("" when it was), shown in the panel. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** Whether a visible reference layer or a basemap lies under the villages. */
    public boolean showsBackdrop() {
        return basemap.hasTiles() || drawn.stream().anyMatch(d -> d.layer().visible() && d.layer().opacity() > 0);
    }

    /** Ticks whenever the basemap or a layer's visibility may have changed. */
    public javafx.beans.value.ObservableLongValue backdropChanged() {
        return backdropChanged;
    }

    /** How many times the layers were read from the file (for tests: features are not read per frame). */
    public long loads() {
        return loads;
    }

    /** The project file the layers live in, or null when the project has none yet (or it is read-only). */
    public Path file() {
        Path f = vm.session().fileProperty().get();
        return f != null && Files.isRegularFile(f) && !vm.editingLock().isReadOnly() ? f : null;
    }

    private record Loaded(Path file, List<ReferenceLayersPainter.Drawn> layers, TileSet tiles, Basemap basemap) {
    }

    /** Reads the layers, their features and the basemap of the current file in the background. */
    public void reload() {
        Path f = vm.session().fileProperty().get();
        if (f == null || !Files.isRegularFile(f)) {
            show(new Loaded(f, List.of(), null, null));
            return;
        }
        LayerService service = vm.services().layers();
        Tasks.create(p -> {
            List<ReferenceLayersPainter.Drawn> out = new ArrayList<>();
            for (ReferenceLayer l : service.list(f)) {
                List<Geometry> g = service.features(f, l.name()).features().stream().map(Feature::geometry)
                        .filter(Objects::nonNull).toList();
                out.add(new ReferenceLayersPainter.Drawn(l, g));
            }
            Basemap b = vm.services().basemaps().basemap(f).orElse(null);
            TileSet tiles = null;
            if (b != null && Files.isRegularFile(org.villageplanner.service.BasemapService.resolve(f, b))) {
                tiles = vm.services().basemaps().open(f, b);
            }
            return new Loaded(f, out, tiles, b);
        }).titled(I18n.t("uilayers.status.loading", f.getFileName()))
                .onSuccess(this::show)
                .onError(e -> message.set(PlannerTask.message(e)))
                .run(vm.tasks());
    }

    private void show(Loaded l) {
        if (!Objects.equals(l.file(), vm.session().fileProperty().get())) {
            if (l.tiles() != null) {
                l.tiles().close();
            }
            return;
        }
        loads++;
        drawn = l.layers();
        layers.setAll(drawn.stream().map(ReferenceLayersPainter.Drawn::layer)
                .sorted(java.util.Comparator.comparingInt(ReferenceLayer::order).reversed()).toList());
        painter.setLayers(drawn);
        Basemap b = l.basemap();
        String attribution = b == null ? "" : b.attribution().isBlank()
                ? Path.of(b.file()).getFileName().toString() : b.attribution();
        basemap.setTiles(l.tiles(), b == null ? 1 : b.opacity(), b != null && b.gcj02(), attribution);
        backdropChanged.set(backdropChanged.get() + 1);
    }

    public void setVisible(ReferenceLayer l, boolean v) {
        change(l, x -> new ReferenceLayer(x.name(), x.geometryType(), x.features(), x.barrier(), v, x.order(),
                x.opacity(), x.source(), x.style()));
    }

    public void setOpacity(ReferenceLayer l, double o) {
        change(l, x -> new ReferenceLayer(x.name(), x.geometryType(), x.features(), x.barrier(), x.visible(),
                x.order(), Math.max(0, Math.min(1, o)), x.source(), x.style()));
    }

    public void setBarrier(ReferenceLayer l, boolean barrier) {
        change(l, x -> new ReferenceLayer(x.name(), x.geometryType(), x.features(), barrier, x.visible(), x.order(),
                x.opacity(), x.source(), x.style()));
    }

    public void setStyle(ReferenceLayer l, UnaryOperator<LayerStyle> edit) {
        change(l, x -> new ReferenceLayer(x.name(), x.geometryType(), x.features(), x.barrier(), x.visible(),
                x.order(), x.opacity(), x.source(), edit.apply(x.style())));
    }

    /** Moves a layer one place up (drawn later, over the others) or down. */
    public void move(ReferenceLayer l, boolean up) {
        List<ReferenceLayer> byOrder = drawn.stream().map(ReferenceLayersPainter.Drawn::layer)
                .sorted(java.util.Comparator.comparingInt(ReferenceLayer::order)).toList();
        int i = indexOf(byOrder, l.name());
        int j = up ? i + 1 : i - 1;
        if (i < 0 || j < 0 || j >= byOrder.size()) {
            return;
        }
        ReferenceLayer other = byOrder.get(j);
        int a = l.order() == other.order() ? i : l.order();
        int b = l.order() == other.order() ? j : other.order();
        change(l, x -> withOrder(x, b));
        change(other, x -> withOrder(x, a));
    }

    private static ReferenceLayer withOrder(ReferenceLayer x, int order) {
        return new ReferenceLayer(x.name(), x.geometryType(), x.features(), x.barrier(), x.visible(), order,
                x.opacity(), x.source(), x.style());
    }

    private static int indexOf(List<ReferenceLayer> list, String name) {
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i).name().equals(name)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Applies a change to the map at once and writes it to the project file. A change the service refuses (a
     * width out of range) is shown as its message and the layer stays as it was.
     */
    private void change(ReferenceLayer l, UnaryOperator<ReferenceLayer> edit) {
        Path f = file();
        if (f == null) {
            message.set(readOnlyOrNoFile());
            return;
        }
        List<ReferenceLayersPainter.Drawn> next = new ArrayList<>(drawn);
        ReferenceLayer after;
        int at = -1;
        for (int i = 0; i < next.size(); i++) {
            if (next.get(i).layer().name().equals(l.name())) {
                at = i;
            }
        }
        if (at < 0) {
            return;
        }
        try {
            after = edit.apply(next.get(at).layer());
            vm.services().layers().update(f, after);
        } catch (RuntimeException e) {
            message.set(PlannerTask.message(e));
            return;
        }
        vm.acceptOwnWrite();
        message.set("");
        next.set(at, new ReferenceLayersPainter.Drawn(after, next.get(at).geometries()));
        drawn = List.copyOf(next);
        painter.setLayers(drawn);
        layers.setAll(drawn.stream().map(ReferenceLayersPainter.Drawn::layer)
                .sorted(java.util.Comparator.comparingInt(ReferenceLayer::order).reversed()).toList());
    }

    /**
     * Copies a layer from {@code source} into the project on the window's task runner, then shows it; a refused
     * file is shown as the service's message, the project untouched.
     */
    public PlannerTask<LayerService.Added> add(Path source, String name, boolean barrier) {
        Path f = file();
        if (f == null) {
            message.set(readOnlyOrNoFile());
            return null;
        }
        return Tasks.create(p -> vm.services().layers().add(f, source, name, new ReadOptions(null, null, null),
                        UnaryOperator.identity(), barrier))
                .titled(I18n.t("uilayers.status.adding", source.getFileName()))
                .onSuccess(added -> {
                    vm.acceptOwnWrite();
                    message.set(added.warnings().isEmpty() ? I18n.t("uilayers.added", added.layer().name(),
                            added.layer().features()) : String.join("\n", added.warnings()));
                    reload();
                })
                .onError(e -> message.set(I18n.t("uilayers.addFailed", source.getFileName(),
                        PlannerTask.message(e))))
                .run(vm.tasks());
    }

    /** Removes a layer's table, style and entry from the project file on the task runner, then shows the rest. */
    public PlannerTask<Void> remove(ReferenceLayer l) {
        return write(I18n.t("uilayers.status.removing", l.name()), f -> vm.services().layers().remove(f, l.name()),
                I18n.t("uilayers.removed", l.name()));
    }

    /** Uses the tiles of {@code tiles} (MBTiles or GeoPackage) as the project's basemap, at the CLI's opacity. */
    public PlannerTask<Void> setBasemap(Path tiles, boolean gcj02) {
        return write(I18n.t("uilayers.status.basemap", tiles.getFileName()),
                f -> vm.services().basemaps().set(f, tiles, gcj02, DEFAULT_BASEMAP_OPACITY),
                I18n.t("uilayers.basemap.set", tiles.getFileName()));
    }

    public PlannerTask<Void> clearBasemap() {
        return write(I18n.t("uilayers.status.basemapClear"), f -> vm.services().basemaps().clear(f),
                I18n.t("uilayers.basemap.cleared"));
    }

    /** Basemap opacity when set from the app, as {@code basemap set} without {@code --opacity}. */
    static final double DEFAULT_BASEMAP_OPACITY = 0.6;

    /** One write to the project file on the window's task runner; its refusal is shown as the message. */
    private PlannerTask<Void> write(String title, java.util.function.Consumer<Path> action, String done) {
        Path f = file();
        if (f == null) {
            message.set(readOnlyOrNoFile());
            return null;
        }
        return Tasks.<Void>create(p -> {
            action.accept(f);
            return null;
        }).titled(title)
                .onSuccess(v -> {
                    vm.acceptOwnWrite();
                    message.set(done);
                    reload();
                })
                .onError(e -> message.set(PlannerTask.message(e)))
                .run(vm.tasks());
    }

    /** Why layers cannot be changed now: another holder of the file's lock, or no file yet. */
    private String readOnlyOrNoFile() {
        var ro = vm.editingLock().readOnlyProperty().get();
        if (!vm.editingLock().isReadOnly() || ro == null) {
            return I18n.t("uilayers.needsFile");
        }
        String who = ro.holder() == null ? I18n.t("uilayers.readOnly.other") : ro.holder().app();
        return I18n.t("uilayers.readOnly", ro.file() == null ? "" : ro.file().getFileName(), who);
    }

    /** The name a new layer gets by default: the file's name without its extension. */
    public static String defaultName(Path source) {
        String n = source.getFileName().toString();
        int dot = n.lastIndexOf('.');
        return dot > 0 ? n.substring(0, dot) : n;
    }
}
