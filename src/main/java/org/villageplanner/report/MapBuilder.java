package org.villageplanner.report;

import java.awt.Color;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import org.villageplanner.cluster.ClusterColouring;
import org.villageplanner.domain.Cluster;
import org.villageplanner.domain.Language;
import org.villageplanner.domain.Village;
import org.villageplanner.geo.AdjacencyGraph;
import org.villageplanner.service.PlanReport;

/**
 * Builds the plan's maps from the report: the overview (every village in its cluster's colour, cluster outlines
 * and names) and one map per cluster (members coloured and named, neighbours grey for context). Cluster colours
 * are the workbench's ({@link ClusterColouring}), so screen and paper match.
 * Cluster outlines are dissolved once and shared by both ({@link Outlines}, which also keeps them between exports).
 */
final class MapBuilder {
    static final Color UNASSIGNED = new Color(0xF1, 0xF1, 0xF1);
    private static final Color VILLAGE_EDGE = new Color(0xFF, 0xFF, 0xFF);
    private static final Color NEIGHBOUR = new Color(0xE6, 0xE6, 0xE6);
    private static final Color NEIGHBOUR_EDGE = new Color(0xC8, 0xC8, 0xC8);
    private static final Color OUTLINE = new Color(0x33, 0x33, 0x33);
    private static final Color NEIGHBOUR_TEXT = new Color(0x77, 0x77, 0x77);
    private static final Color VILLAGE_TEXT = new Color(0x44, 0x44, 0x44);
    /** Padding around a cluster's own extent so its neighbours show; at least about 1 km. */
    private static final double PAD_FRACTION = 0.35;
    private static final double MIN_PAD_DEG = 0.01;
    private static final int MAX_NAMED_VILLAGES = 120;
    private static final double OVERVIEW_MARGIN = 0.07;
    private static final int MAX_NAMED_CLUSTERS_THUMBNAIL = 20;

    private final PlanReport report;
    private final Language lang;
    private final Map<String, Village> villages;
    private final Map<String, Cluster> clusterOf = new HashMap<>();
    private final Map<String, Geometry> outlines = new HashMap<>();
    private final Map<String, Point> labelPoints = new HashMap<>();
    private ClusterColouring colouring;

    MapBuilder(PlanReport report) {
        this.report = report;
        this.lang = report.language();
        this.villages = Village.byCode(report.villages());
        for (PlanReport.ClusterSection s : report.sections()) {
            for (String m : s.cluster().members()) {
                clusterOf.putIfAbsent(m, s.cluster());
            }
        }
    }

    /** The cluster's colour, as on screen; the colouring is made on first use (only a report with maps needs it). */
    Color colour(Cluster cluster) {
        if (colouring == null) {
            List<Cluster> clusters = report.sections().stream().map(PlanReport.ClusterSection::cluster).toList();
            colouring = ClusterColouring.of(clusters, AdjacencyGraph.of(report.villages()));
        }
        return Color.decode(colouring.hexOf(cluster.id()));
    }

    /** True when at least one village has a geometry to draw. */
    boolean hasGeometry() {
        return report.villages().stream().anyMatch(v -> v.geometry() != null && !v.geometry().isEmpty());
    }

    /**
     * @param namedVillages true for the full-page map, which may show village names; false for the cover's small map,
     *                      which shows no village names and cluster names only for a township-size plan
     */
    MapSpec overview(boolean namedVillages) {
        Envelope extent = new Envelope();
        report.villages().stream().filter(v -> v.geometry() != null).forEach(v ->
                extent.expandToInclude(v.geometry().getEnvelopeInternal()));
        // A margin around the villages gives the legend and the scale bar somewhere to sit.
        extent.expandBy(Math.max(extent.getWidth(), extent.getHeight()) * OVERVIEW_MARGIN);
        MapSpec spec = new MapSpec(extent);
        addContext(spec);
        boolean anyAssigned = false;
        boolean anyUnassigned = false;
        // A township map has room for village names; a county map shows the cluster names only.
        boolean villageNames = namedVillages && report.villages().size() <= MAX_NAMED_VILLAGES;
        float clusterLabel = report.sections().size() <= 30 ? 8.5f : 6.5f;
        for (Village v : report.villages()) {
            if (v.geometry() == null) {
                continue;
            }
            Cluster c = clusterOf.get(v.code());
            if (c != null) {
                anyAssigned = true;
            } else {
                anyUnassigned = true;
            }
            spec.areas.add(new MapSpec.Area(v.geometry(), c == null ? UNASSIGNED : colour(c),
                    c == null ? NEIGHBOUR_EDGE : VILLAGE_EDGE, 0.3f));
            Point at = labelPoint(v);
            if (villageNames && !at.isEmpty()) {
                spec.labels.add(new MapSpec.Label(v.name(), at.getX(), at.getY(), 5.5f, 0, VILLAGE_TEXT, isPoint(v)));
            }
        }
        for (PlanReport.ClusterSection s : report.sections()) {
            Geometry outline = outline(s.cluster());
            if (outline == null) {
                continue;
            }
            spec.outlines.add(new MapSpec.Area(outline, null, OUTLINE, 0.9f));
            Point at = outline.getInteriorPoint();
            if (!at.isEmpty() && (namedVillages || report.sections().size() <= MAX_NAMED_CLUSTERS_THUMBNAIL)) {
                spec.labels.add(new MapSpec.Label(s.cluster().name(), at.getX(), at.getY(), clusterLabel,
                        s.cluster().members().size(), PageFlow.INK, outline.getDimension() == 0));
            }
        }
        if (anyAssigned) {
            spec.legend.add(new MapSpec.LegendEntry(Color.decode(ClusterColouring.PALETTE.get(0)),
                    lang.text("report.map.clusters")));
        }
        if (anyUnassigned) {
            spec.legend.add(new MapSpec.LegendEntry(UNASSIGNED, lang.text("report.map.unassigned")));
        }
        BackdropPainter.prepare(spec, report.backdrop());
        return spec;
    }

    /** The map of one cluster, or null when none of its members has a geometry. */
    MapSpec cluster(Cluster cluster) {
        Geometry outline = outline(cluster);
        if (outline == null) {
            return null;
        }
        Envelope extent = new Envelope(outline.getEnvelopeInternal());
        double pad = Math.max(MIN_PAD_DEG, Math.max(extent.getWidth(), extent.getHeight()) * PAD_FRACTION);
        extent.expandBy(pad);
        MapSpec spec = new MapSpec(extent);
        addContext(spec);
        Color fill = colour(cluster);
        for (Village v : report.villages()) {
            Geometry g = v.geometry();
            if (g == null || !g.getEnvelopeInternal().intersects(extent)) {
                continue;
            }
            boolean member = cluster.hasMember(v.code());
            spec.areas.add(new MapSpec.Area(g, member ? fill : NEIGHBOUR, member ? VILLAGE_EDGE : NEIGHBOUR_EDGE,
                    member ? 0.8f : 0.4f));
            Point at = labelPoint(v);
            if (!at.isEmpty()) {
                String name = v.code().equals(cluster.leader()) ? v.name() + " \u2605" : v.name();
                spec.labels.add(member
                        ? new MapSpec.Label(name, at.getX(), at.getY(), 8.5f, MapRenderer.MUST_SHOW, PageFlow.INK,
                                isPoint(v))
                        : new MapSpec.Label(v.name(), at.getX(), at.getY(), 6.5f, 0, NEIGHBOUR_TEXT, isPoint(v)));
            }
        }
        spec.outlines.add(new MapSpec.Area(outline, null, OUTLINE, 1.4f));
        spec.legend.add(new MapSpec.LegendEntry(fill, lang.text("report.map.members", cluster.type().label(lang))));
        spec.legend.add(new MapSpec.LegendEntry(NEIGHBOUR, lang.text("report.map.others")));
        BackdropPainter.prepare(spec, report.backdrop());
        return spec;
    }

    private static boolean isPoint(Village v) {
        return v.geometry().getDimension() == 0;
    }

    /** Where a village's name goes; cached because a village appears on its neighbours' maps too. */
    private Point labelPoint(Village v) {
        return labelPoints.computeIfAbsent(v.code(), c -> v.geometry().getInteriorPoint());
    }

    private void addContext(MapSpec spec) {
        for (Geometry g : report.context()) {
            if (g != null && g.getEnvelopeInternal().intersects(spec.extent)) {
                spec.context.add(g);
            }
        }
    }

    /** The dissolved outline of a cluster's members, or null when no member has a geometry. */
    Geometry outline(Cluster cluster) {
        if (outlines.containsKey(cluster.id())) {
            return outlines.get(cluster.id());
        }
        List<Geometry> parts = new ArrayList<>();
        for (String m : cluster.members()) {
            Village v = villages.get(m);
            if (v != null && v.geometry() != null && !v.geometry().isEmpty()) {
                parts.add(v.geometry());
            }
        }
        Geometry union = parts.isEmpty() ? null : Outlines.dissolve(parts);
        outlines.put(cluster.id(), union);
        return union;
    }
}
