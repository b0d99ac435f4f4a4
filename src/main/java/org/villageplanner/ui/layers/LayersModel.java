package org.villageplanner.ui.layers;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.WeakHashMap;
import java.util.function.UnaryOperator;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleLongProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.villageplanner.domain.Barrier;
import org.villageplanner.domain.PlanProject;
import org.villageplanner.service.Basemap;
import org.villageplanner.service.LayerService;
import org.villageplanner.service.LayerStyle;
import org.villageplanner.service.ReferenceLayer;
import org.villageplanner.service.ReferenceLayerStore.FeatureLayerData;
import org.villageplanner.service.TileSet;
import org.villageplanner.ui.MainViewModel;
import org.villageplanner.ui.common.I18n;
import org.villageplanner.ui.common.Tasks;
import org.villageplanner.ui.map.BasemapPainter;
import org.villageplanner.ui.map.ReferenceLabelsLayer;
import org.villageplanner.ui.map.ReferenceLayersPainter;
import org.villageplanner.ui.map.ReferenceLayersPainter.Drawn;
import org.villageplanner.ui.task.PlannerTask;

/**
 * The reference layers and basemap of the window's project: loads them (features once per project, again when
 * a layer is added) on the window's task runner and feeds the map painters. The planner's changes to a layer
 * (visibility, order, opacity, style, barrier flag, removal) are undoable commands ({@link LayerEdit}): the map
 * shows them at once and the project file is written on the saver thread of {@link
 * org.villageplanner.ui.save.AutoSaver}, in order with saves and never on the JavaFX thread. A failed write is
 * shown as a message, the change stays on the map and is written again with the next layer change. Turning a
 * barrier on or off changes the project's barriers, so validation and suggestions use the new cut graph. One
 * model per window.
 */
public final class LayersModel {
    private static final Map<MainViewModel, LayersModel> MODELS = new WeakHashMap<>();

    private final MainViewModel vm;
    public final ObservableList<ReferenceLayer> layers = FXCollections.observableArrayList();
    public final ReferenceLayersPainter painter = new ReferenceLayersPainter();
    /** The labels of layers whose style names a label field, drawn over the map. */
    public final ReferenceLabelsLayer labels = new ReferenceLabelsLayer();
    public final BasemapPainter basemap = new BasemapPainter();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final LongProperty backdropChanged = new SimpleLongProperty();
    /** Features of each layer as read (kept after a removal, so undo can put the layer back). */
    private final Map<String, FeatureLayerData> data = new HashMap<>();
    /** The neighbour links the barriers cut, shown on the map on request. */
    public final CutLinksModel cutLinks;
    private final LayerFileTasks tasks;
    private final LayerWriter writer;
    private List<Drawn> drawn = List.of();
    private long loads;
    private boolean applying;

    private LayersModel(MainViewModel vm) {
        this.vm = vm;
        this.cutLinks = new CutLinksModel(vm);
        this.tasks = new LayerFileTasks(vm, this);
        this.writer = new LayerWriter(vm, message::set);
        vm.session.file.addListener((o, a, b) -> reload());
        // Opening the same file again gives a fresh history: reload then too.
        vm.session.project.addListener((o, a, b) -> {
            // Not for an edit of clusters (same villages): the first paint after opening, or an undo back to it.
            if (!applying && vm.session.undo.state() == 0 && !vm.session.isDirty()
                    && (a == null || b == null || a.villages() != b.villages())) {
                reload();
            }
        });
        reload();
    }

    public static synchronized LayersModel of(MainViewModel vm) {
        return MODELS.computeIfAbsent(vm, LayersModel::new);
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

    /** Layer writes queued on the saver thread and not yet finished (tests wait for 0). */
    public int pendingWrites() {
        return writer.pending();
    }

    /** The attribute columns of a layer, for its label field. */
    public List<String> columns(String layer) {
        FeatureLayerData d = data.get(layer);
        return d == null ? List.of() : d.columns();
    }

    /** The project file the layers live in, or null when the project has none yet (or it is read-only). */
    public Path file() {
        Path f = vm.session.file.get();
        return f != null && Files.isRegularFile(f) && !vm.editingLock.isReadOnly() ? f : null;
    }

    private record Loaded(Path file, List<ReferenceLayer> layers, Map<String, FeatureLayerData> data, TileSet tiles,
                          Basemap basemap) {
    }

    /** Reads the layers, their features and the basemap of the current file in the background. */
    public void reload() {
        Path f = vm.session.file.get();
        if (f == null || !Files.isRegularFile(f)) {
            show(new Loaded(f, List.of(), Map.of(), null, null));
            return;
        }
        LayerService service = vm.services.layers();
        var saver = vm.autoSaver;
        Tasks.create(p -> {
            saver.write(() -> { }).join(); // after the layer writes queued so far
            Map<String, FeatureLayerData> read = new HashMap<>();
            List<ReferenceLayer> listed = service.list(f);
            for (ReferenceLayer l : listed) {
                read.put(l.name(), service.features(f, l.name()));
            }
            Basemap b = vm.services.basemaps().basemap(f).orElse(null);
            TileSet tiles = null;
            if (b != null && Files.isRegularFile(org.villageplanner.service.BasemapService.resolve(f, b))) {
                tiles = vm.services.basemaps().open(f, b);
            }
            return new Loaded(f, listed, read, tiles, b);
        }).titled(I18n.t("uilayers.status.loading", f.getFileName()))
                .onSuccess(this::show)
                .onError(e -> message.set(PlannerTask.message(e)))
                .run(vm.tasks);
    }

    private void show(Loaded l) {
        if (!Objects.equals(l.file(), vm.session.file.get())) {
            if (l.tiles() != null) {
                l.tiles().close();
            }
            return;
        }
        loads++;
        data.clear();
        data.putAll(l.data());
        writer.forgetUnwritten();
        drawn = l.layers().stream().map(this::drawnOf).toList();
        Basemap b = l.basemap();
        String attribution = b == null ? "" : b.attribution().isBlank()
                ? Path.of(b.file()).getFileName().toString() : b.attribution();
        basemap.setTiles(l.tiles(), b == null ? 1 : b.opacity(), b != null && b.gcj02(), attribution);
        refresh();
    }

    private Drawn drawnOf(ReferenceLayer l) {
        return LayerFeatures.drawn(l, data.get(l.name()));
    }

    /** Shows {@link #drawn} on the map and in the panel; brings the project's barriers in line with it. */
    private void refresh() {
        painter.setLayers(drawn);
        labels.setLayers(painter.layers());
        layers.setAll(drawn.stream().map(Drawn::layer)
                .sorted(Comparator.comparingInt(ReferenceLayer::order).reversed()).toList());
        backdropChanged.set(backdropChanged.get() + 1);
        syncBarriers();
    }

    /** The project's barriers become the layers marked as barriers (same order as the file gives them). */
    private void syncBarriers() {
        PlanProject p = vm.session.project();
        if (p == null || vm.session.file.get() == null) {
            return;
        }
        List<Drawn> marked = LayerFeatures.barrierLayers(drawn);
        if (marked.stream().map(d -> d.layer().name()).toList()
                .equals(p.barriers().stream().map(Barrier::name).toList())) {
            return;
        }
        List<Barrier> barriers = LayerFeatures.barriers(marked);
        applying = true;
        try {
            vm.session.project.set(p.withBarriers(barriers));
        } finally {
            applying = false;
        }
    }

    // ---- edits: each is an undoable command; the map changes now, the file on the saver thread ----

    public void setVisible(ReferenceLayer l, boolean v) {
        change(l, x -> x.withVisible(v), "uilayers.edit.visible");
    }

    public void setOpacity(ReferenceLayer l, double o) {
        change(l, x -> x.withOpacity(Math.max(0, Math.min(1, o))), "uilayers.edit.opacity");
    }

    /** Marks a line or polygon layer as a barrier, or unmarks it; points cannot be barriers. */
    public void setBarrier(ReferenceLayer l, boolean barrier) {
        if (barrier && l.isPoints()) {
            message.set(I18n.t("uilayers.barrier.points", l.name()));
            return;
        }
        change(l, x -> x.withBarrier(barrier), "uilayers.edit.barrier");
    }

    /** Changes the look (stroke, width, fill, label field); a value the style refuses is shown, nothing changes. */
    public void setStyle(ReferenceLayer l, UnaryOperator<LayerStyle> edit) {
        change(l, x -> x.withStyle(edit.apply(x.style())), "uilayers.edit.style");
    }

    /** Moves a layer one place up (drawn later, over the others) or down: one edit for both layers moved. */
    public void move(ReferenceLayer l, boolean up) {
        List<ReferenceLayer> byOrder = drawn.stream().map(Drawn::layer)
                .sorted(Comparator.comparingInt(ReferenceLayer::order)).toList();
        int i = indexOf(byOrder, l.name());
        int j = up ? i + 1 : i - 1;
        if (i < 0 || j < 0 || j >= byOrder.size()) {
            return;
        }
        ReferenceLayer me = byOrder.get(i);
        ReferenceLayer other = byOrder.get(j);
        int a = me.order() == other.order() ? i : me.order();
        int b = me.order() == other.order() ? j : other.order();
        commit(List.of(me, other), List.of(me.withOrder(b), other.withOrder(a)),
                I18n.t("uilayers.edit.order", me.name()));
    }

    private static int indexOf(List<ReferenceLayer> list, String name) {
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i).name().equals(name)) {
                return i;
            }
        }
        return -1;
    }

    private ReferenceLayer current(String name) {
        return drawn.stream().map(Drawn::layer).filter(x -> x.name().equals(name)).findFirst().orElse(null);
    }

    private void change(ReferenceLayer l, UnaryOperator<ReferenceLayer> edit, String descriptionKey) {
        ReferenceLayer before = current(l.name());
        if (before == null) {
            return;
        }
        ReferenceLayer after;
        try {
            after = edit.apply(before);
        } catch (RuntimeException e) {
            message.set(PlannerTask.message(e));
            return;
        }
        if (after.opacity() < 0 || after.opacity() > 1 || after.equals(before)) {
            return;
        }
        commit(List.of(before), List.of(after), I18n.t(descriptionKey, before.name()));
    }

    private void commit(List<ReferenceLayer> before, List<ReferenceLayer> after, String description) {
        if (file() == null) {
            message.set(tasks.readOnlyOrNoFile());
            return;
        }
        message.set("");
        vm.session.undo.execute(new LayerEdit.Change(this, before, after, description));
    }

    /** Shows {@code states} (a command executing or undoing) and writes them to the file. */
    void apply(List<ReferenceLayer> states) {
        List<Drawn> next = new ArrayList<>(drawn);
        for (ReferenceLayer s : states) {
            for (int i = 0; i < next.size(); i++) {
                if (next.get(i).layer().name().equals(s.name())) {
                    boolean relabel = !Objects.equals(next.get(i).layer().style().labelField(), s.style().labelField());
                    next.set(i, relabel ? drawnOf(s) : new Drawn(s, next.get(i).geometries(), next.get(i).labels()));
                }
            }
        }
        drawn = List.copyOf(next);
        refresh();
        writer.write(I18n.t("uilayers.status.writing", states.get(0).name()), f -> states.forEach(s ->
                vm.services.layers().update(f, s)), states);
    }

    /** Takes a layer off the map and drops its table from the file (a command executing). */
    void removeNow(ReferenceLayer l) {
        drawn = drawn.stream().filter(d -> !d.layer().name().equals(l.name())).toList();
        writer.forget(l.name());
        refresh();
        writer.write(I18n.t("uilayers.status.removing", l.name()), f -> vm.services.layers().remove(f, l.name()),
                List.of());
    }

    /** Puts a removed layer back on the map and into the file (the removal undone). */
    void restoreNow(ReferenceLayer l) {
        FeatureLayerData d = data.get(l.name());
        if (d == null) {
            return;
        }
        List<Drawn> next = new ArrayList<>(drawn);
        next.add(drawnOf(l));
        drawn = List.copyOf(next);
        refresh();
        writer.write(I18n.t("uilayers.status.restoring", l.name()), f -> vm.services.layers().restore(f, l, d), List.of());
    }

    /**
     * Copies a layer from {@code source} into the project on the window's task runner (after the queued layer
     * writes), then shows it; a refused file is shown as the service's message, the project untouched.
     */
    public PlannerTask<LayerService.Added> add(Path source, String name, boolean barrier) {
        return tasks.add(source, name, barrier);
    }

    /** Removes a layer (undoable: Edit → Undo puts its table, features and style back). */
    public void remove(ReferenceLayer l) {
        ReferenceLayer now = current(l.name());
        if (now == null) {
            return;
        }
        if (file() == null) {
            message.set(tasks.readOnlyOrNoFile());
            return;
        }
        message.set(I18n.t("uilayers.removed", l.name()));
        vm.session.undo.execute(new LayerEdit.Remove(this, now, I18n.t("uilayers.edit.remove", l.name())));
    }

    /** Uses the tiles of {@code tiles} (MBTiles or GeoPackage) as the project's basemap, at the CLI's opacity. */
    public PlannerTask<Void> setBasemap(Path tiles, boolean gcj02) {
        return tasks.setBasemap(tiles, gcj02);
    }

    public PlannerTask<Void> clearBasemap() {
        return tasks.clearBasemap();
    }

    /** Shows a message in the panel (the file tasks' outcome). */
    void say(String text) {
        message.set(text);
    }

    /** The name a new layer gets by default: the file's name without its extension. */
    public static String defaultName(Path source) {
        String n = source.getFileName().toString();
        int dot = n.lastIndexOf('.');
        return dot > 0 ? n.substring(0, dot) : n;
    }
}
