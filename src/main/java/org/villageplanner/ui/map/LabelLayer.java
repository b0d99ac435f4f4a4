package org.villageplanner.ui.map;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;
import org.locationtech.jts.geom.Envelope;
import org.villageplanner.ui.common.Fonts;

/**
 * Village names, biggest villages first. A label is skipped when its box overlaps one already placed, or
 * when the village is much narrower on screen than its name (too small to read). Names are drawn with a
 * white halo so they stay readable on any fill.
 */
public final class LabelLayer extends MapLayer {
    private static final double FONT_SIZE = 13;
    private static final int MAX_LABELS = 2000;
    private static final double MIN_LABEL_AREA_PX = 36;
    private VillageShapes shapes;
    private int lastPlaced;
    private List<String> first = List.of();
    private final List<String> placedCodes = new ArrayList<>();
    private java.util.Set<String> leaders = java.util.Set.of();

    /**
     * Whose names go first: {@code firstCodes} (the selected cluster's villages), then {@code leaderCodes} (each
     * cluster's leading village), before the others by size. The leader set is compared by identity: pass the
     * same set until the plan changes.
     */
    public void setPriority(List<String> firstCodes, java.util.Set<String> leaderCodes) {
        if (!firstCodes.equals(first) || leaderCodes != leaders) {
            first = List.copyOf(firstCodes);
            leaders = leaderCodes;
            markDirty();
        }
    }

    public void setShapes(VillageShapes s) {
        shapes = s;
        markDirty();
    }

    /** The villages the last frame labelled, in the order their names were placed (tests). */
    public List<String> lastPlacedCodes() {
        return List.copyOf(placedCodes);
    }

    /** How many labels the last frame placed (for tests and the status bar). */
    public int lastPlaced() {
        return lastPlaced;
    }

    @Override
    protected void draw(GraphicsContext gc, Viewport vp) {
        lastPlaced = 0;
        placedCodes.clear();
        if (shapes == null) {
            return;
        }
        Envelope visible = vp.visible();
        List<double[]> placed = new ArrayList<>();
        gc.setFont(Fonts.of(FONT_SIZE));
        gc.setTextAlign(TextAlignment.CENTER);
        gc.setTextBaseline(VPos.CENTER);
        gc.setLineWidth(3);
        gc.setStroke(Color.rgb(255, 255, 255, 0.85));
        gc.setFill(Color.web("#1d2430"));
        // Villages come largest first: once one covers less than 6 × 6 px, it is too small for a 13 px name and so
        // is every one after it — a province view stops after the few big ones instead of measuring 20,000 names.
        double minArea = MIN_LABEL_AREA_PX / (vp.scale() * vp.scale());
        // The selected cluster's villages and the clusters' leading villages claim their places first; then the
        // rest, largest first.
        // By identity: a shape's record hash would hash the whole village, geometry included.
        java.util.Set<VillageShapes.Shape> done = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (java.util.Collection<String> codes : List.of(first, leaders)) {
            for (String code : codes) {
                VillageShapes.Shape s = shapes.of(code);
                if (lastPlaced >= MAX_LABELS || s == null || (!s.point() && s.area() < minArea) || !done.add(s)) {
                    continue;
                }
                place(gc, vp, visible, s, placed);
            }
        }
        for (VillageShapes.Shape s : shapes.byAreaDescending()) {
            if (lastPlaced >= MAX_LABELS) {
                break;
            }
            if (!s.point() && s.area() < minArea) {
                if (!shapes.hasPoints()) {
                    break;
                }
                continue;
            }
            if (!done.contains(s)) {
                place(gc, vp, visible, s, placed);
            }
        }
    }

    /** Labels {@code s} when its name fits the village and does not overlap a label already placed. */
    private void place(GraphicsContext gc, Viewport vp, Envelope visible, VillageShapes.Shape s, List<double[]> placed) {
        if (!visible.contains(s.labelLon(), s.labelLat())) {
            return;
        }
        String name = s.village().name();
        double textW = estimateWidth(name);
        double shapeW = s.box().getWidth() * vp.scale() * Math.cos(Math.toRadians(s.labelLat()));
        if (!s.point() && shapeW < textW * 0.6) {
            return;
        }
        double x = vp.x(s.labelLon());
        double y = vp.y(s.labelLat()) + (s.point() ? -FONT_SIZE : 0);
        double[] box = {x - textW / 2 - 2, y - FONT_SIZE / 2 - 2, x + textW / 2 + 2, y + FONT_SIZE / 2 + 2};
        if (overlaps(box, placed)) {
            return;
        }
        placed.add(box);
        placedCodes.add(s.village().code());
        gc.strokeText(name, x, y);
        gc.fillText(name, x, y);
        lastPlaced++;
    }

    private static double estimateWidth(String text) {
        double w = 0;
        for (int i = 0; i < text.length(); i++) {
            w += text.charAt(i) > 0x2E80 ? FONT_SIZE : FONT_SIZE * 0.58;
        }
        return w;
    }

    private static boolean overlaps(double[] b, List<double[]> placed) {
        for (double[] p : placed) {
            if (b[0] < p[2] && b[2] > p[0] && b[1] < p[3] && b[3] > p[1]) {
                return true;
            }
        }
        return false;
    }
}
