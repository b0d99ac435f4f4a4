package org.villageplanner.ui.map;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineJoin;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;
import org.villageplanner.domain.Cluster;
import org.villageplanner.domain.PlannerProject;
import org.villageplanner.domain.Scenario;
import org.villageplanner.domain.Village;
import org.villageplanner.service.ClusterOutlines;

/**
 * The dissolved outline of each cluster, drawn over the village fills in a darker shade of the cluster's
 * colour. Outlines are cached by member list, so painting one village only re-dissolves that cluster.
 */
public final class ClusterOutlineLayer extends MapLayer {
    private record Outline(Geometry geometry, Color colour) {
    }

    private final Map<List<String>, Geometry> cache = new HashMap<>();
    private List<Outline> outlines = List.of();
    private Map<String, Village> cachedFor;

    public void setPlan(PlannerProject project, Scenario scenario, java.util.function.Function<Cluster, Color> colour) {
        if (project == null || scenario == null) {
            outlines = List.of();
            markDirty();
            return;
        }
        Map<String, Village> byCode = project.villagesByCode();
        if (cachedFor == null || !cachedFor.keySet().equals(byCode.keySet())) {
            cache.clear();
            cachedFor = byCode;
        }
        List<Cluster> clusters = scenario.clusters();
        java.util.ArrayList<Outline> out = new java.util.ArrayList<>();
        for (int i = 0; i < clusters.size(); i++) {
            List<String> members = clusters.get(i).members();
            Geometry g = cache.computeIfAbsent(members, m -> ClusterOutlines.dissolve(byCode, m));
            if (g != null) {
                out.add(new Outline(g, colour.apply(clusters.get(i)).deriveColor(0, 1.2, 0.55, 1)));
            }
        }
        if (cache.size() > 4 * clusters.size() + 64) {
            cache.clear();
        }
        outlines = out;
        markDirty();
    }

    @Override
    protected void draw(GraphicsContext gc, Viewport vp) {
        gc.setLineJoin(StrokeLineJoin.ROUND);
        gc.setLineWidth(2.2);
        for (Outline o : outlines) {
            if (!vp.visible().intersects(o.geometry().getEnvelopeInternal())) {
                continue;
            }
            gc.setStroke(o.colour());
            gc.beginPath();
            for (int i = 0; i < o.geometry().getNumGeometries(); i++) {
                if (o.geometry().getGeometryN(i) instanceof Polygon p) {
                    ring(gc, vp, p.getExteriorRing().getCoordinates());
                    for (int h = 0; h < p.getNumInteriorRing(); h++) {
                        ring(gc, vp, p.getInteriorRingN(h).getCoordinates());
                    }
                }
            }
            gc.stroke();
        }
    }

    private static void ring(GraphicsContext gc, Viewport vp, Coordinate[] cs) {
        gc.moveTo(vp.x(cs[0].x), vp.y(cs[0].y));
        for (int i = 1; i < cs.length; i++) {
            gc.lineTo(vp.x(cs[i].x), vp.y(cs[i].y));
        }
        gc.closePath();
    }
}
