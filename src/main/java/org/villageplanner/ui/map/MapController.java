package org.villageplanner.ui.map;

import java.util.List;
import javafx.beans.InvalidationListener;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.SetChangeListener;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.villageplanner.domain.PlanProject;
import org.villageplanner.domain.Village;
import org.villageplanner.geo.AdjacencyGraph;
import org.villageplanner.ui.MainViewModel;

/**
 * Connects the map canvas and its layers to the window's view model: rebuilds the shapes when the villages
 * change, refills when the scenario or the colouring changes, mirrors the selection, and turns mouse gestures
 * into selection and paint calls.
 */
public final class MapController implements MapCanvas.Listener {
    /** From this many villages on, pan and zoom gestures move a bitmap and the full frame follows. */
    private static final int BITMAP_GESTURES_FROM = 3000;
    private final MainViewModel vm;
    private final MapCanvas canvas;
    public final OutlineLayer outline = new OutlineLayer();
    /** The village fill layer: reference layers go under it ({@link MapCanvas#addLayerBelow}). */
    public final VillageLayer villages = new VillageLayer();
    final ClusterOutlineLayer clusterOutlines = new ClusterOutlineLayer();
    public final LabelLayer labels = new LabelLayer();
    public final ProjectLayer projects = new ProjectLayer();
    public final ObservableList<MapStyles.LegendEntry> legend = FXCollections.observableArrayList();
    private VillageShapes shapes;
    private List<Village> shownVillages;
    private Village hovered;
    private final java.util.Map<String, MapStyles.LegendEntry> legendNotes = new java.util.LinkedHashMap<>();
    private final AdjacencySource adjacency;
    private String selectedClusterId;
    private List<Object> styledFor;
    private MapStyles.Style clusterStyle;
    private MapStyles.Style style;
    /** The leading village of every cluster of the shown plan: their names are placed before others. */
    private java.util.Set<String> leaders = java.util.Set.of();
    private HoverSink hoverSink = (v, x, y) -> { };

    /** Receives the village under the pointer (null when none) with screen coordinates. */
    public interface HoverSink {
        void hover(Village v, double screenX, double screenY);
    }

    public MapController(MainViewModel vm, MapCanvas canvas, Geometry countyOutline) {
        this.vm = vm;
        this.canvas = canvas;
        this.adjacency = new AdjacencySource(vm.services.geo(), () -> refresh(false));
        canvas.addLayer(outline);
        canvas.addLayer(villages);
        canvas.addLayer(clusterOutlines);
        canvas.addLayer(labels);
        canvas.addLayer(projects);
        outline.setOutline(countyOutline);
        canvas.setListener(this);
        InvalidationListener restyle = o -> refresh(false);
        vm.session.project.addListener(restyle);
        vm.session.scenarioName.addListener(restyle);
        vm.colourBy.addListener(restyle);
        vm.selection.addListener((SetChangeListener<String>) c -> {
            villages.setSelected(vm.selection);
            if (!java.util.Objects.equals(selectedClusterId, selectedClusterId())) {
                refresh(false);
            }
        });
        vm.paintMode.addListener((o, a, b) -> canvas.setPaintMode(b));
        canvas.setPaintMode(vm.paintMode.get());
        bindVisibility(outline, vm.showCountyOutline);
        bindVisibility(labels, vm.showLabels);
        bindVisibility(projects, vm.showProjects);
        vm.showClusterBorders.addListener(restyle);
        refresh(true);
        villages.setSelected(vm.selection);
    }

    private static void bindVisibility(MapLayer layer, javafx.beans.property.BooleanProperty shown) {
        layer.setVisible(shown.get());
        shown.addListener((o, a, b) -> layer.setVisible(b));
    }

    public VillageShapes shapes() {
        return shapes;
    }

    /** True once the cluster colours follow the adjacency of the shown villages (built in the background). */
    public boolean coloursReady() {
        PlanProject p = vm.session.project();
        return p != null && adjacency.graph(p) != null;
    }

    public void setHoverSink(HoverSink sink) {
        hoverSink = sink;
    }

    public void fit() {
        if (shapes != null && shapes.size() > 0) {
            canvas.fit(shapes.extent());
        }
    }

    /** Zooms so that {@code codes} fill the map. */
    public void zoomTo(List<String> codes) {
        Envelope e = new Envelope();
        for (VillageShapes.Shape s : shapes == null ? List.<VillageShapes.Shape>of() : shapes.all()) {
            if (codes.contains(s.village().code())) {
                e.expandToInclude(s.box());
            }
        }
        if (!e.isNull()) {
            e.expandBy(e.getWidth() * 0.3 + 1e-3);
            canvas.fit(e);
        }
    }

    private void refresh(boolean forceFit) {
        PlanProject p = vm.session.project();
        if (p == null) {
            return;
        }
        if (shownVillages != p.villages()) {
            Envelope before = shapes == null ? null : shapes.extent();
            shownVillages = p.villages();
            shapes = new VillageShapes(shownVillages);
            villages.setShapes(shapes);
            labels.setShapes(shapes);
            canvas.setBitmapGestures(shapes.size() > BITMAP_GESTURES_FROM);
            // Refit for a new project, not when an attribute edit rebuilt the same villages.
            if (forceFit || before == null || !before.equals(shapes.extent())) {
                fit();
            }
        }
        selectedClusterId = selectedClusterId();
        org.villageplanner.domain.Scenario scenario = vm.session.scenario();
        org.villageplanner.domain.Cluster selected = scenario == null || selectedClusterId == null ? null
                : scenario.cluster(selectedClusterId).orElse(null);
        AdjacencyGraph graph = adjacency.graph(p);
        List<Object> key = java.util.Arrays.asList(p, scenario, graph, vm.colourBy.get(),
                vm.showClusterBorders.get());
        if (!sameIdentities(key, styledFor)) {
            // Restyle only when the plan, the colouring or the switches changed, not for a new selection.
            List<Object> before = styledFor;
            MapStyles.Style clusterStyleBefore = clusterStyle;
            styledFor = key;
            clusterStyle = MapStyles.byCluster(scenario, graph);
            style = vm.colourBy.get() == null ? clusterStyle
                    : MapStyles.byField(p.villages(), vm.colourBy.get());
            java.util.Set<String> changed = FillChange.villages(before, key, clusterStyleBefore, clusterStyle);
            if (changed != null) {
                villages.updateFill(style.fill(), changed);
            } else {
                villages.setFill(style.fill());
            }
            clusterOutlines.setPlan(p, scenario, clusterStyle.clusterColour());
            // In cluster order: an unordered set would settle two leaders' overlapping names differently per run.
            java.util.Set<String> ordered = new java.util.LinkedHashSet<>();
            for (org.villageplanner.domain.Cluster c : scenario == null ? List.<org.villageplanner.domain.Cluster>of()
                    : scenario.clusters()) {
                if (c.leader() != null) {
                    ordered.add(c.leader());
                }
            }
            if (!sameOrder(ordered, leaders)) {
                // The same set while the leaders and their order stay (most edits): the labels' list is not redone.
                leaders = java.util.Collections.unmodifiableSet(ordered);
            }
            projects.setScenario(scenario, clusterStyle.clusterColour());
            clusterOutlines.setVisible(vm.colourBy.get() == null && vm.showClusterBorders.get());
        }
        labels.setPriority(selected == null ? List.of() : selected.members(), leaders);
        List<MapStyles.LegendEntry> entries = new java.util.ArrayList<>(style.legend());
        if (selected != null && style == clusterStyle) {
            entries.add(MapStyles.selectedEntry(clusterStyle, selected));
        }
        showLegend(entries);
    }

    /** The same elements in the same order (names of leaders are placed in this order). */
    private static boolean sameOrder(java.util.Set<String> a, java.util.Set<String> b) {
        if (a.size() != b.size()) {
            return false;
        }
        java.util.Iterator<String> i = b.iterator();
        for (String x : a) {
            if (!x.equals(i.next())) {
                return false;
            }
        }
        return true;
    }

    /** Element-wise identity: comparing projects by value would walk every village. */
    private static boolean sameIdentities(List<Object> a, List<Object> b) {
        if (a == null || b == null || a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (a.get(i) != b.get(i)) {
                return false;
            }
        }
        return true;
    }

    /** The cluster of the selected villages when they all belong to one, else null. */
    private String selectedClusterId() {
        org.villageplanner.domain.Scenario s = vm.session.scenario();
        if (s == null || vm.selection.isEmpty()) {
            return null;
        }
        String id = null;
        for (String code : vm.selection) {
            String c = s.clusterOf(code).map(org.villageplanner.domain.Cluster::id).orElse(null);
            if (c == null || (id != null && !id.equals(c))) {
                return null;
            }
            id = c;
        }
        return id;
    }

    /**
     * Adds (or with null removes) a line explaining an overlay, such as the below-target ring; such lines follow
     * the colour lines.
     */
    public void setLegendNote(String key, MapStyles.LegendEntry entry) {
        if (entry == null) {
            legendNotes.remove(key);
        } else {
            legendNotes.put(key, entry);
        }
        refresh(false);
    }

    private void showLegend(List<MapStyles.LegendEntry> entries) {
        List<MapStyles.LegendEntry> all = new java.util.ArrayList<>(entries);
        all.addAll(legendNotes.values());
        if (!all.equals(legend)) {
            legend.setAll(all);
        }
    }

    private Village pick(double lon, double lat) {
        return shapes == null ? null : shapes.pick(lon, lat, 6 / canvas.viewport().scale());
    }

    @Override
    public void clicked(double lon, double lat, boolean extend) {
        Village v = pick(lon, lat);
        vm.select(v == null ? null : v.code(), extend);
    }

    @Override
    public void hovered(double lon, double lat, double screenX, double screenY) {
        Village v = pick(lon, lat);
        if (v != hovered) {
            hovered = v;
            villages.setHovered(v == null ? null : v.code());
        }
        hoverSink.hover(v, screenX, screenY);
    }

    @Override
    public void painted(double lon, double lat, boolean erase) {
        Village v = pick(lon, lat);
        if (v != null) {
            vm.brush.paint(v.code(), erase);
        }
    }

    @Override
    public void strokeEnded() {
        vm.brush.endStroke();
    }

    @Override
    public void rectangleSelected(Envelope box, boolean extend) {
        if (shapes != null) {
            vm.selectAll(shapes.within(box), extend);
        }
    }

    @Override
    public void lassoSelected(double[] lons, double[] lats) {
        if (shapes != null) {
            vm.selectAll(shapes.withinRing(lons, lats), true);
        }
    }

    @Override
    public void viewChanged() {
        // Layers read the viewport on the next frame; nothing to recompute here.
    }
}
