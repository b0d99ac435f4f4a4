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
    private List<String> first = List.of();
    private java.util.Set<String> leaders = java.util.Set.of();
    /** The names of the last frame, in the order they were placed, with their screen positions. */
    private List<Placed> placed = List.of();
    private List<VillageShapes.Shape> leaderShapes = List.of();
    private java.util.Set<String> leaderShapesFor;
    private VillageShapes leaderShapesOf;
    /** The priority changed since {@link #placed} was worked out. */
    private boolean stale = true;

    /** A name placed at (x, y) on screen. */
    private record Placed(VillageShapes.Shape shape, String name, double x, double y) {
    }

    /**
     * Whose names go first: {@code firstCodes} (the selected cluster's villages), then {@code leaderCodes} (each
     * cluster's leading village), before the others by size. The leader set is compared by identity: pass the
     * same set until the plan changes.
     */
    public void setPriority(List<String> firstCodes, java.util.Set<String> leaderCodes) {
        if (!firstCodes.equals(first) || leaderCodes != leaders) {
            first = List.copyOf(firstCodes);
            leaders = leaderCodes;
            // Where names go changes only here and there: the canvas asks this layer which ones moved (damage).
            stale = true;
            markChanged(null, 0);
        }
    }

    public void setShapes(VillageShapes s) {
        shapes = s;
        stale = true;
        markDirty();
    }

    /** The villages the last frame labelled, in the order their names were placed (tests). */
    public List<String> lastPlacedCodes() {
        return placed.stream().map(p -> p.shape().village().code()).toList();
    }

    /** How many labels the last frame placed (for tests and the status bar). */
    public int lastPlaced() {
        return placed.size();
    }

    /** The names whose place changed with the priority: their boxes, before and after, are drawn again. */
    @Override
    protected void damage(Viewport vp, java.util.function.Consumer<double[]> out) {
        if (!stale || shapes == null) {
            return;
        }
        List<Placed> before = placed;
        placed = place(vp);
        stale = false;
        java.util.Map<VillageShapes.Shape, Placed> was = new java.util.IdentityHashMap<>();
        before.forEach(p -> was.put(p.shape(), p));
        java.util.Map<VillageShapes.Shape, Placed> now = new java.util.IdentityHashMap<>();
        placed.forEach(p -> now.put(p.shape(), p));
        for (Placed p : placed) {
            if (!p.equals(was.get(p.shape()))) {
                out.accept(ink(p));
            }
        }
        for (Placed p : before) {
            if (!p.equals(now.get(p.shape()))) {
                out.accept(ink(p));
            }
        }
    }

    @Override
    protected void draw(GraphicsContext gc, Viewport vp) {
        if (shapes == null) {
            placed = List.of();
            return;
        }
        if (!vp.partial() || stale) {
            placed = place(vp);
            stale = false;
        }
        gc.setFont(Fonts.of(FONT_SIZE));
        gc.setTextAlign(TextAlignment.CENTER);
        gc.setTextBaseline(VPos.CENTER);
        gc.setLineWidth(3);
        gc.setStroke(Color.rgb(255, 255, 255, 0.85));
        gc.setFill(Color.web("#1d2430"));
        double[] area = vp.partial() ? vp.areaPixels() : null;
        for (Placed p : placed) {
            if (area == null || LabelBoxes.meets(ink(p), area)) {
                gc.strokeText(p.name(), p.x(), p.y());
                gc.fillText(p.name(), p.x(), p.y());
            }
        }
    }

    /**
     * Where names go for the whole view: the selected cluster's villages and the clusters' leading villages claim
     * their places first, then the rest, largest first.
     */
    private List<Placed> place(Viewport vp) {
        Envelope visible = vp.visible();
        List<Placed> out = new ArrayList<>();
        LabelGrid boxes = new LabelGrid();
        // Villages come largest first: once one covers less than 6 × 6 px, it is too small for a 13 px name and so
        // is every one after it — a province view stops after the few big ones instead of measuring 20,000 names.
        double minArea = MIN_LABEL_AREA_PX / (vp.scale() * vp.scale());
        // By identity: a shape's record hash would hash the whole village, geometry included.
        java.util.Set<VillageShapes.Shape> done = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (String code : first) {
            claim(vp, visible, shapes.of(code), minArea, done, boxes, out);
        }
        for (VillageShapes.Shape s : leaderShapes()) {
            claim(vp, visible, s, minArea, done, boxes, out);
        }
        for (VillageShapes.Shape s : shapes.byAreaDescending()) {
            if (out.size() >= MAX_LABELS) {
                break;
            }
            if (!s.point() && s.area() < minArea) {
                if (!shapes.hasPoints()) {
                    break;
                }
                continue;
            }
            if (!done.contains(s)) {
                place(vp, visible, s, boxes, out);
            }
        }
        return out;
    }

    /** A village placed ahead of the others by size (selected cluster, leaders), unless too small or placed. */
    private static void claim(Viewport vp, Envelope visible, VillageShapes.Shape s, double minArea,
            java.util.Set<VillageShapes.Shape> done, LabelGrid boxes, List<Placed> out) {
        if (out.size() < MAX_LABELS && s != null && (s.point() || s.area() >= minArea) && done.add(s)) {
            place(vp, visible, s, boxes, out);
        }
    }

    /**
     * The leaders' shapes in the leaders' order, looked up once per leader set and project (a province has
     * thousands of leaders and its labels are placed again after every select and paint).
     */
    private List<VillageShapes.Shape> leaderShapes() {
        if (leaderShapesFor != leaders || leaderShapesOf != shapes) {
            List<VillageShapes.Shape> found = new ArrayList<>(leaders.size());
            for (String code : leaders) {
                VillageShapes.Shape s = shapes.of(code);
                if (s != null) {
                    found.add(s);
                }
            }
            leaderShapes = found;
            leaderShapesFor = leaders;
            leaderShapesOf = shapes;
        }
        return leaderShapes;
    }

    /** Places {@code s}'s name when it fits the village and does not overlap a name already placed. */
    private static void place(Viewport vp, Envelope visible, VillageShapes.Shape s, LabelGrid boxes,
            List<Placed> out) {
        if (!visible.contains(s.labelLon(), s.labelLat())) {
            return;
        }
        String name = s.village().name();
        double textW = LabelBoxes.width(name, FONT_SIZE);
        double shapeW = s.box().getWidth() * vp.scale() * Math.cos(Math.toRadians(s.labelLat()));
        if (!s.point() && shapeW < textW * 0.6) {
            return;
        }
        double x = vp.x(s.labelLon());
        double y = vp.y(s.labelLat()) + (s.point() ? -FONT_SIZE : 0);
        double[] box = {x - textW / 2 - 2, y - FONT_SIZE / 2 - 2, x + textW / 2 + 2, y + FONT_SIZE / 2 + 2};
        if (boxes.overlaps(box)) {
            return;
        }
        boxes.add(box);
        out.add(new Placed(s, name, x, y));
    }

    /**
     * A box surely holding a name's pixels, halo included: a full em per character (wider than any glyph the
     * estimate of the placement allows for) and an em above and below the centre line.
     */
    private static double[] ink(Placed p) {
        double half = p.name().length() * FONT_SIZE / 2 + 4;
        return new double[] {p.x() - half, p.y() - FONT_SIZE - 4, p.x() + half, p.y() + FONT_SIZE + 4};
    }
}
