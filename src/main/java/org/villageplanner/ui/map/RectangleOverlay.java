package org.villageplanner.ui.map;

import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;

/** The rubber band of a rectangle selection, in screen pixels. */
final class RectangleOverlay extends MapLayer {
    private double x0;
    private double y0;
    private double x1;
    private double y1;
    private boolean active;

    void set(double ax, double ay, double bx, double by) {
        x0 = Math.min(ax, bx);
        y0 = Math.min(ay, by);
        x1 = Math.max(ax, bx);
        y1 = Math.max(ay, by);
        active = true;
        markDirty();
    }

    void clear() {
        active = false;
        markDirty();
    }

    boolean active() {
        return active;
    }

    @Override
    protected void draw(GraphicsContext gc, Viewport viewport) {
        if (!active) {
            return;
        }
        gc.setFill(Color.rgb(11, 79, 179, 0.12));
        gc.fillRect(x0, y0, x1 - x0, y1 - y0);
        gc.setStroke(Color.web("#0b4fb3"));
        gc.setLineWidth(1);
        gc.strokeRect(x0, y0, x1 - x0, y1 - y0);
    }
}
