package org.villageplanner.ui.simulation;

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
    private final SimulationModel sim;
    private final Supplier<VillageShapes> shapes;
    private Set<String> below = Set.of();
    private final javafx.beans.InvalidationListener onChange;
    private java.util.function.IntConsumer ringedSink = n -> { };

    public BelowTargetLayer(SimulationModel sim, Supplier<VillageShapes> shapes) {
        this.sim = sim;
        this.shapes = shapes;
        onChange = Listeners.weakly(o -> update(), sim.resultProperty(), sim.highlightYearProperty(),
                sim.highlightProperty());
        update();
    }

    /** Told how many villages are ringed whenever that changes (the map legend explains the ring). */
    public void onRinged(java.util.function.IntConsumer sink) {
        ringedSink = sink;
        sink.accept(below.size());
    }

    /** The ring's colour, for the legend. */
    public static Color ringColour() {
        return RING;
    }

    /** Codes of the villages ringed now. */
    public Set<String> ringed() {
        return below;
    }

    private void update() {
        SimulationResult r = sim.resultProperty().get();
        Scenario s = sim.resultScenarioProperty().get();
        below = r == null || s == null || !sim.highlightProperty().get() ? Set.of()
                : new HashSet<>(WhatIfService.belowTargets(r, s.assumptions(), sim.highlightYearProperty().get()));
        markDirty();
        if (ringedSink != null) {
            ringedSink.accept(below.size());
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
        org.locationtech.jts.geom.Envelope visible = vp.visible();
        for (String code : below) {
            VillageShapes.Shape s = all.of(code);
            if (s == null || !visible.intersects(s.box())) {
                continue;
            }
            // A ring on a village a few pixels wide only hides the map (a province zoomed out); the legend still
            // counts it, and it shows once the planner zooms in.
            if (!s.point() && s.box().getHeight() * vp.scale() < MIN_RING_PX) {
                continue;
            }
            if (s.point()) {
                double x = vp.x(s.labelLon());
                double y = vp.y(s.labelLat());
                gc.strokeOval(x - 9, y - 9, 18, 18);
                continue;
            }
            gc.beginPath();
            for (int k = 0; k < s.ringsX().length; k++) {
                double[] rx = s.ringsX()[k];
                double[] ry = s.ringsY()[k];
                gc.moveTo(vp.x(rx[0]), vp.y(ry[0]));
                for (int i = 1; i < rx.length; i++) {
                    gc.lineTo(vp.x(rx[i]), vp.y(ry[i]));
                }
                gc.closePath();
            }
            gc.stroke();
        }
    }
}
