package org.villageplanner.ui.map;

import java.util.List;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import org.locationtech.jts.geom.Envelope;

/**
 * The part of the map screen that changed since the last frame: the union of the rectangles layers reported,
 * in screen pixels. {@link MapCanvas} redraws only that part when no whole frame was asked for.
 */
final class Damage {
    private double x0 = Double.POSITIVE_INFINITY;
    private double y0 = Double.POSITIVE_INFINITY;
    private double x1 = Double.NEGATIVE_INFINITY;
    private double y1 = Double.NEGATIVE_INFINITY;
    private boolean asked;
    /** A partial frame bigger than this share of the canvas is drawn whole: clipping would save little. */
    private static final double MAX_SHARE = 0.5;

    /** A partial frame is wanted, its area possibly known only when layers are asked ({@link MapLayer#damage}). */
    void ask() {
        asked = true;
    }

    boolean asked() {
        return asked;
    }

    /** Adds the rectangle {x0, y0, x1, y1} (screen pixels, any order of corners). */
    void add(double[] r) {
        asked = true;
        x0 = Math.min(x0, Math.min(r[0], r[2]));
        x1 = Math.max(x1, Math.max(r[0], r[2]));
        y0 = Math.min(y0, Math.min(r[1], r[3]));
        y1 = Math.max(y1, Math.max(r[1], r[3]));
    }

    void clear() {
        asked = false;
        x0 = y0 = Double.POSITIVE_INFINITY;
        x1 = y1 = Double.NEGATIVE_INFINITY;
    }

    /**
     * The damaged rectangle in whole pixels within a {@code width} × {@code height} canvas, {x, y, w, h}; null when
     * nothing on screen changed. Whole pixels make the clip a plain rectangle, which Prism applies without a mask.
     */
    int[] pixels(double width, double height) {
        int ax = (int) Math.floor(Math.max(0, x0));
        int ay = (int) Math.floor(Math.max(0, y0));
        int bx = (int) Math.ceil(Math.min(width, x1));
        int by = (int) Math.ceil(Math.min(height, y1));
        if (!(bx > ax && by > ay)) {
            return null;
        }
        return new int[] {ax, ay, bx - ax, by - ay};
    }

    /**
     * Draws the damaged rectangle again: clipped to it (whole pixels, so Prism clips without a mask and every pixel
     * inside comes out as in a whole frame), cleared to the background, each visible layer drawing what meets it
     * ({@link Viewport#area()}). Layers are first asked for damage they know only now ({@link MapLayer#damage}).
     * Returns the rectangle drawn ({x, y, w, h}; empty when nothing on screen changed), or null when it is too large
     * for this to pay: the caller then draws the whole frame.
     */
    int[] draw(GraphicsContext gc, List<MapLayer> layers, Viewport viewport, double width, double height,
            Color background) {
        for (MapLayer layer : layers) {
            if (layer.isVisible()) {
                layer.damage(viewport, this::add);
            }
        }
        int[] r = pixels(width, height);
        if (r != null && (double) r[2] * r[3] > MAX_SHARE * width * height) {
            return null;
        }
        clear();
        if (r == null) {
            return new int[0];
        }
        gc.save();
        gc.beginPath();
        gc.rect(r[0], r[1], r[2], r[3]);
        gc.clip();
        gc.setFill(background);
        gc.fillRect(r[0], r[1], r[2], r[3]);
        viewport.setArea(new Envelope(viewport.lon(r[0]), viewport.lon(r[0] + r[2]), viewport.lat(r[1] + r[3]),
                viewport.lat(r[1])));
        try {
            for (MapLayer layer : layers) {
                if (layer.isVisible()) {
                    gc.save();
                    layer.draw(gc, viewport);
                    gc.restore();
                }
            }
        } finally {
            viewport.setArea(null);
            gc.restore();
        }
        return r;
    }
}
