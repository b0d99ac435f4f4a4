package org.villageplanner.ui.map;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineJoin;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.villageplanner.domain.Cluster;
import org.villageplanner.domain.PlanProject;
import org.villageplanner.domain.Scenario;
import org.villageplanner.domain.Village;
import org.villageplanner.service.ClusterOutlines;

/**
 * The dissolved outline of each cluster, drawn over the village fills in a darker shade of the cluster's
 * colour. A cluster is dissolved only when it is drawn — on screen and at least {@link #MIN_PX} across — and
 * the outline is cached by member list, so opening a province dissolves nothing until the planner zooms in, and
 * painting one village only re-dissolves that cluster.
 */
public final class ClusterOutlineLayer extends MapLayer {
    private static final double MIN_PX = 20;
    /** Half the 2.2 px line and its anti-aliasing: how far an outline's pixels reach beyond its box. */
    private static final double REACH_PX = 4;
    /** Beyond this many changed outlines (a new colouring, a suggestion accepted) the whole map is redrawn. */
    private static final int PARTIAL_MAX_OUTLINES = 500;

    /** A cluster to outline: its members, the box of their villages and its colour. */
    private record Outline(List<String> members, Envelope box, Color colour) {
    }

    private final Map<List<String>, Geometry> cache = new HashMap<>();
    /** Member lists being dissolved in the background; their outline is drawn from the frame after it is ready. */
    private final java.util.Set<List<String>> pending = new java.util.HashSet<>();
    private static final java.util.concurrent.ExecutorService DISSOLVER =
            java.util.concurrent.Executors.newSingleThreadExecutor(r -> {
                Thread t = new Thread(r, "planner-outlines");
                t.setDaemon(true);
                return t;
            });
    private List<Outline> outlines = List.of();
    /** The last plan's clusters and, at the same positions, their outlines (null: none): an edit changes a few
     * clusters, the others keep their box and colour. */
    private List<Cluster> lastClusters = List.of();
    private Outline[] lastAt = new Outline[0];
    private Map<String, Village> byCode = Map.of();
    /** The outline shade of each fill colour in use. */
    private final Map<Color, Color> shades = new java.util.HashMap<>();
    private long generation;
    private static final Geometry EMPTY = new org.locationtech.jts.geom.GeometryFactory().createGeometryCollection();

    public void setPlan(PlanProject project, Scenario scenario, java.util.function.Function<Cluster, Color> colour) {
        if (project == null || scenario == null) {
            outlines = List.of();
            lastClusters = List.of();
            lastAt = new Outline[0];
            markDirty();
            return;
        }
        Map<String, Village> villages = project.villagesByCode();
        boolean sameVillages = villages == byCode;
        if (!sameVillages) {
            cache.clear();
            lastClusters = List.of();
            lastAt = new Outline[0];
            generation++;
        }
        byCode = villages;
        List<Cluster> clusters = scenario.clusters();
        List<Cluster> before = lastClusters;
        Outline[] was = lastAt;
        // A paint replaces clusters in place: the lists are compared position by position, without hashing 5,000
        // clusters; an edit that adds or removes clusters matches them by identity.
        Map<Cluster, Outline> byCluster = null;
        if (before.size() != clusters.size()) {
            byCluster = new java.util.IdentityHashMap<>(before.size() * 2);
            for (int i = 0; i < before.size(); i++) {
                byCluster.put(before.get(i), was[i]);
            }
        }
        java.util.ArrayList<Outline> out = new java.util.ArrayList<>(clusters.size());
        Outline[] at = new Outline[clusters.size()];
        java.util.Set<Outline> kept = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        Envelope changed = new Envelope();
        int n = 0;
        for (int i = 0; i < clusters.size(); i++) {
            Cluster c = clusters.get(i);
            // A handful of fill colours: their darker outline shades are derived once, not per cluster and edit.
            Color shade = shades.computeIfAbsent(colour.apply(c), k -> k.deriveColor(0, 1.2, 0.55, 1));
            boolean known = byCluster == null ? before.get(i) == c : byCluster.containsKey(c);
            Outline last = byCluster == null ? was[i] : byCluster.get(c);
            Outline o = known ? recoloured(last, shade) : outline(c, shade);
            at[i] = o;
            if (o != null) {
                out.add(o);
            }
            if (byCluster != null) {
                if (o != null && o == last) {
                    kept.add(o);
                } else if (o != null) {
                    changed.expandToInclude(o.box());
                    n++;
                }
            } else if (o != was[i]) {
                for (Outline x : new Outline[] {was[i], o}) {
                    if (x != null) {
                        changed.expandToInclude(x.box());
                        n++;
                    }
                }
            }
        }
        if (byCluster != null) {
            for (Outline x : was) {
                if (x != null && !kept.contains(x)) {
                    changed.expandToInclude(x.box());
                    n++;
                }
            }
        }
        lastClusters = clusters;
        lastAt = at;
        if (cache.size() > 4 * clusters.size() + 64) {
            cache.clear();
        }
        outlines = out;
        if (!sameVillages || n > PARTIAL_MAX_OUTLINES) {
            markDirty();
        } else if (n > 0) {
            markChanged(changed, REACH_PX);
        }
    }

    /** The last outline in {@code shade} (null stays null: a cluster without polygons has none). */
    private static Outline recoloured(Outline last, Color shade) {
        return last == null || last.colour().equals(shade) ? last : new Outline(last.members(), last.box(), shade);
    }

    /** A new outline of {@code c}: its members and the box of their polygons; null when it has none. */
    private Outline outline(Cluster c, Color shade) {
        Envelope box = new Envelope();
        for (String m : c.members()) {
            Village v = byCode.get(m);
            if (v != null && v.geometry() != null && v.geometry().getDimension() == 2) {
                box.expandToInclude(v.geometry().getEnvelopeInternal());
            }
        }
        return box.isNull() ? null : new Outline(c.members(), box, shade);
    }

    /** Outlines being dissolved in the background (tests wait for none). */
    int pending() {
        return pending.size();
    }

    @Override
    protected void draw(GraphicsContext gc, Viewport vp) {
        gc.setLineJoin(StrokeLineJoin.ROUND);
        gc.setLineWidth(2.2);
        Envelope visible = vp.area(REACH_PX);
        for (Outline o : outlines) {
            if (!visible.intersects(o.box()) || Math.max(o.box().getWidth(), o.box().getHeight()) * vp.scale() < MIN_PX) {
                continue;
            }
            Geometry g = cache.get(o.members());
            if (g == null) {
                dissolveLater(o.members(), o.box());
                continue;
            }
            if (g.isEmpty()) {
                continue;
            }
            gc.setStroke(o.colour());
            gc.beginPath();
            GeometryPaths.polygons(gc, vp, g);
            gc.stroke();
        }
    }

    /**
     * Dissolves a cluster's villages off the UI thread (a zoom into a province can show hundreds of clusters at
     * once, seconds of union work); the outline appears on the frame after it is ready.
     */
    private void dissolveLater(List<String> members, Envelope box) {
        if (!pending.add(members)) {
            return;
        }
        Map<String, Village> villages = byCode;
        long mine = generation;
        DISSOLVER.execute(() -> {
            Geometry g = ClusterOutlines.dissolve(villages, members);
            javafx.application.Platform.runLater(() -> {
                pending.remove(members);
                if (mine == generation) {
                    // Nothing to outline is remembered too, so it is not dissolved again every frame.
                    cache.put(members, g != null ? g : EMPTY);
                    markChanged(box, REACH_PX);
                }
            });
        });
    }
}
