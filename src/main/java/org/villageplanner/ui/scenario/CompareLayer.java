package org.villageplanner.ui.scenario;

import java.util.Map;
import java.util.Set;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import org.villageplanner.service.WhatIfService.Difference;
import org.villageplanner.ui.map.MapLayer;
import org.villageplanner.ui.map.VillageShapes;
import org.villageplanner.ui.map.Viewport;

/**
 * The compare map's only layer: every village filled by what differs against the first scenario — its
 * cluster, its income class (below/above the targets in year N), its strength class, its cluster's terms, several
 * of these, or nothing.
 */
final class CompareLayer extends MapLayer {
    static final Color SAME = Color.web("#eeeeee");
    static final Color CLUSTER = Color.web("#fdae61");
    static final Color INCOME = Color.web("#74add1");
    static final Color STRENGTH = Color.web("#9e7cc1");
    static final Color TERMS = Color.web("#66bd63");
    static final Color BOTH = Color.web("#d73027");
    private VillageShapes shapes;
    private Map<String, Set<Difference>> differences = Map.of();

    void set(VillageShapes s, Map<String, Set<Difference>> d) {
        shapes = s;
        differences = d;
        markDirty();
    }

    static Color colour(Set<Difference> d) {
        if (d == null || d.isEmpty()) {
            return SAME;
        }
        if (d.size() >= 2) {
            return BOTH;
        }
        return switch (d.iterator().next()) {
            case CLUSTER -> CLUSTER;
            case INCOME_CLASS -> INCOME;
            case STRENGTH -> STRENGTH;
            case CLUSTER_TERMS -> TERMS;
        };
    }

    @Override
    protected void draw(GraphicsContext gc, Viewport vp) {
        if (shapes == null) {
            return;
        }
        gc.setStroke(Color.web("#555555"));
        gc.setLineWidth(0.8);
        for (VillageShapes.Shape s : shapes.all()) {
            if (!vp.visible().intersects(s.box())) {
                continue;
            }
            gc.setFill(colour(differences.get(s.village().code())));
            if (s.point()) {
                gc.fillOval(vp.x(s.labelLon()) - 5, vp.y(s.labelLat()) - 5, 10, 10);
                continue;
            }
            s.trace(gc, vp);
            gc.fill();
            gc.stroke();
        }
    }
}
