package org.villageplanner.ui.map;

import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.WritableImage;

/**
 * The last full map frame as a bitmap, with the viewport it was drawn for. While a pan or zoom gesture runs
 * on a large map, frames shift and scale this bitmap instead of drawing every village (the projection is
 * affine in lon/lat, so a shift and a scale are exact).
 */
final class GestureBitmap {
    private WritableImage image;
    private double lon;
    private double lat;
    private double scale;

    /** Copies what the canvas shows now. */
    void keep(Canvas canvas, Viewport viewport) {
        int w = (int) canvas.getWidth();
        int h = (int) canvas.getHeight();
        if (w < 1 || h < 1) {
            return;
        }
        if (image == null || image.getWidth() != w || image.getHeight() != h) {
            image = new WritableImage(w, h);
        }
        canvas.snapshot(null, image);
        lon = viewport.lon(0);
        lat = viewport.lat(0);
        scale = viewport.scale();
    }

    void clear() {
        image = null;
    }

    boolean available() {
        return image != null;
    }

    /** Draws the bitmap where its top-left corner now lies, scaled to the current zoom. */
    void draw(GraphicsContext gc, Viewport viewport) {
        double k = viewport.scale() / scale;
        gc.drawImage(image, viewport.x(lon), viewport.y(lat), image.getWidth() * k, image.getHeight() * k);
    }
}
