package org.villageplanner.ui.simulation;

import org.villageplanner.ui.common.I18n;

import java.util.HashSet;
import java.util.Set;
import java.util.function.Supplier;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineJoin;
import org.villageplanner.domain.Scenario;
import org.villageplanner.finance.SimulationResult;
import org.villageplanner.service.WhatIfService;
import org.villageplanner.ui.map.MapLayer;
import org.villageplanner.ui.map.VillageShapes;
import org.villageplanner.ui.map.Viewport;

/**
 * Map overlay: a red dashed ring inside every village still below the total- or operating-income target in the
 * chosen year of the live simulation. Redraws when the result, the year or the switch changes.
 */
public final class BelowTargetLayer extends MapLayer {
    static final Color RING = Color.web("#d7191c");
    private static final double MIN_RING_PX = 14;
    /** A point's ring (9 px) and half the line beyond the village's box. */
    private static final double REACH_PX = 12;
    private final SimulationModel sim;
    private final Supplier<VillageShapes> shapes;
    private Set<String> below = Set.of();
    private final javafx.beans.InvalidationListener onChange;
    private final javafx.scene.control.Label legendText = new javafx.scene.control.Label();
    private final javafx.scene.layout.HBox legendRow;

    public BelowTargetLayer(SimulationModel sim, Supplier<VillageShapes> shapes) {
        this.sim = sim;
        this.shapes = shapes;
        javafx.scene.shape.Circle ring = new javafx.scene.shape.Circle(7, Color.TRANSPARENT);
        ring.setStroke(RING);
        ring.setStrokeWidth(2);
        ring.getStrokeDashArray().addAll(4.0, 2.5);
        legendRow = new javafx.scene.layout.HBox(6, ring, legendText);
        legendRow.setId("ringLegend");
        legendRow.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        legendRow.managedProperty().bind(legendRow.visibleProperty());
        onChange = Listeners.weakly(o -> update(), sim.result, sim.highlightYear,
                sim.highlight);
        update();
    }

    /** The legend row that explains the ring ("red dashed ring: below the targets in year t"). */
    public javafx.scene.Node legendRow() {
        return legendRow;
    }

    /** Codes of the villages ringed now. */
    public Set<String> ringed() {
        return below;
    }

    private void update() {
        SimulationResult r = sim.result.get();
        Scenario s = sim.resultScenario.get();
        Set<String> before = below;
        below = r == null || s == null || !sim.highlight.get() ? Set.of()
                : new HashSet<>(WhatIfService.belowTargets(r, s.assumptions(), sim.highlightYear.get()));
        legendRow.setVisible(!below.isEmpty());
        legendText.setText(I18n.t("uisim.map.ringLegend", Math.min(sim.highlightYear.get(), r == null ? 0
                : r.years()), below.size()));
        // New figures after an edit ring or unring a few villages: only those are drawn again (map20).
        VillageShapes all = shapes.get();
        org.locationtech.jts.geom.Envelope changed = new org.locationtech.jts.geom.Envelope();
        for (String c : all == null ? Set.<String>of() : before) {
            if (!below.contains(c) && all.of(c) != null) {
                changed.expandToInclude(all.of(c).box());
            }
        }
        for (String c : all == null ? Set.<String>of() : below) {
            if (!before.contains(c) && all.of(c) != null) {
                changed.expandToInclude(all.of(c).box());
            }
        }
        if (!changed.isNull()) {
            markChanged(changed, REACH_PX);
        }
    }

    @Override
    protected void draw(GraphicsContext gc, Viewport vp) {
        VillageShapes all = shapes.get();
        if (below.isEmpty() || all == null) {
            return;
        }
        gc.setStroke(RING);
        gc.setLineWidth(2.5);
        gc.setLineDashes(7, 4);
        gc.setLineJoin(StrokeLineJoin.ROUND);
        org.locationtech.jts.geom.Envelope visible = vp.area(REACH_PX);
        // Only the villages tall enough for a ring at this scale are visited (none on a zoomed-out province), then
        // drawn in the villages' order: whole and partial frames blend overlapping rings alike.
        // A view of a small part of the map takes its villages from the spatial index instead.
        boolean small = all.small(visible);
        java.util.List<VillageShapes.Shape> drawn = new java.util.ArrayList<>();
        for (VillageShapes.Shape s : small ? all.visible(visible) : all.tallestFirst()) {
            boolean tall = s.point() || s.box().getHeight() * vp.scale() >= MIN_RING_PX;
            if (!tall && !small) {
                break;
            }
            if (tall && visible.intersects(s.box()) && below.contains(s.village().code())) {
                drawn.add(s);
            }
        }
        drawn.sort(java.util.Comparator.comparingInt(VillageShapes.Shape::index));
        for (VillageShapes.Shape s : drawn) {
            // A ring on a village a few pixels wide only hides the map (a province zoomed out); the legend still
            // counts it, and it shows once the planner zooms in (the walk above stops at the first too small).
            if (s.point()) {
                double x = vp.x(s.labelLon());
                double y = vp.y(s.labelLat());
                gc.strokeOval(x - 9, y - 9, 18, 18);
                continue;
            }
            s.trace(gc, vp);
            gc.stroke();
        }
    }
}
