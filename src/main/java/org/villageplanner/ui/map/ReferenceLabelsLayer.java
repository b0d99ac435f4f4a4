package org.villageplanner.ui.map;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.villageplanner.geo.LabelAnchor;
import org.villageplanner.ui.common.Fonts;

/**
 * Labels of the visible reference layers whose style names a label field, over the map: topmost layer first,
 * each at its {@link LabelAnchor}, in the layer's colour with a white halo. A label is left out when it would
 * overlap one already placed or when its feature is much smaller on screen than its text (a short road, a small
 * lake), so the map never fills with clutter. Anchors are computed once per layer set, not per frame.
 */
public final class ReferenceLabelsLayer extends MapLayer {
    private static final double FONT_SIZE = 11;
    private static final int MAX_LABELS = 600;

    /** One label: text, anchor and the feature's size (degrees) to judge whether the text fits. */
    private record Placed(String text, double lon, double lat, double size, Color colour, double alpha) {
    }

    private List<Placed> labels = List.of();
    private List<Shown> shown = List.of();
    private int lastPlaced;

    /** Takes the labels of {@code drawn} (painter order, lowest first); call when layers or styles change. */
    public void setLayers(List<ReferenceLayersPainter.Drawn> drawn) {
        List<Placed> out = new ArrayList<>();
        for (int i = drawn.size() - 1; i >= 0; i--) {
            ReferenceLayersPainter.Drawn d = drawn.get(i);
            if (!d.layer().visible() || d.layer().opacity() <= 0 || d.layer().style().labelField() == null) {
                continue;
            }
            Color colour = Color.web(d.layer().style().stroke()).darker();
            for (int k = 0; k < Math.min(d.labels().size(), d.geometries().size()); k++) {
                String text = d.labels().get(k);
                Geometry g = d.geometries().get(k);
                Coordinate at = text == null || text.isBlank() ? null : LabelAnchor.of(g);
                if (at != null) {
                    Envelope e = g.getEnvelopeInternal();
                    out.add(new Placed(text.strip(), at.x, at.y, Math.max(e.getWidth(), e.getHeight()), colour,
                            Math.max(0.4, d.layer().opacity())));
                }
            }
        }
        if (!out.equals(labels)) {
            labels = List.copyOf(out);
            markDirty();
        }
    }

    /** How many labels the last frame drew (tests). */
    public int lastPlaced() {
        return lastPlaced;
    }

    @Override
    protected void draw(GraphicsContext gc, Viewport vp) {
        if (!vp.partial()) {
            shown = place(vp);
        }
        lastPlaced = shown.size();
        if (shown.isEmpty()) {
            return;
        }
        gc.setFont(Fonts.of(FONT_SIZE));
        gc.setTextAlign(TextAlignment.CENTER);
        gc.setTextBaseline(VPos.CENTER);
        gc.setLineWidth(3);
        gc.setStroke(Color.rgb(255, 255, 255, 0.9));
        // A partial frame (after an edit of villages) keeps the places of the last whole one: they depend only on
        // the view and the layers, which did not change; it draws the names that reach its area.
        double[] area = vp.partial() ? vp.areaPixels() : null;
        for (Shown s : shown) {
            Placed p = s.label();
            double half = p.text().length() * FONT_SIZE / 2 + 4;
            if (area != null && !LabelBoxes.meets(new double[] {s.x() - half, s.y() - FONT_SIZE - 4, s.x() + half,
                s.y() + FONT_SIZE + 4}, area)) {
                continue;
            }
            gc.setGlobalAlpha(p.alpha());
            gc.strokeText(p.text(), s.x(), s.y());
            gc.setFill(p.colour());
            gc.fillText(p.text(), s.x(), s.y());
        }
        gc.setGlobalAlpha(1);
    }

    /** A label placed on screen. */
    private record Shown(Placed label, double x, double y) {
    }

    /** The labels that fit the view, topmost layer first, none overlapping another. */
    private List<Shown> place(Viewport vp) {
        List<Shown> out = new ArrayList<>();
        Envelope visible = vp.visible();
        List<double[]> placed = new ArrayList<>();
        for (Placed p : labels) {
            if (out.size() >= MAX_LABELS || !visible.contains(p.lon(), p.lat())) {
                continue;
            }
            double w = LabelBoxes.width(p.text(), FONT_SIZE);
            double featurePx = p.size() * vp.scale() * Math.cos(Math.toRadians(p.lat()));
            if (p.size() > 0 && featurePx < w * 0.8) {
                continue; // the feature is too small on screen for its name
            }
            double x = vp.x(p.lon());
            double y = vp.y(p.lat());
            double[] box = {x - w / 2 - 2, y - FONT_SIZE / 2 - 2, x + w / 2 + 2, y + FONT_SIZE / 2 + 2};
            if (LabelBoxes.overlaps(box, placed)) {
                continue;
            }
            placed.add(box);
            out.add(new Shown(p, x, y));
        }
        return out;
    }
}
