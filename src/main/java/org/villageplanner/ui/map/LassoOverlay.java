package org.villageplanner.ui.map;

import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;

/** The freehand outline of a lasso selection while it is drawn, in screen pixels. */
final class LassoOverlay extends MapLayer {
    private double[] xs = new double[256];
    private double[] ys = new double[256];
    private int n;

    void start(double x, double y) {
        n = 0;
        add(x, y);
    }

    void add(double x, double y) {
        if (n == xs.length) {
            xs = java.util.Arrays.copyOf(xs, n * 2);
            ys = java.util.Arrays.copyOf(ys, n * 2);
        }
        xs[n] = x;
        ys[n] = y;
        n++;
        markDirty();
    }

    boolean active() {
        return n > 0;
    }

    /** The points drawn so far (x then y arrays), and clears the lasso. */
    double[][] finish() {
        double[][] out = {java.util.Arrays.copyOf(xs, n), java.util.Arrays.copyOf(ys, n)};
        n = 0;
        markDirty();
        return out;
    }

    @Override
    protected void draw(GraphicsContext gc, Viewport viewport) {
        if (n < 2) {
            return;
        }
        gc.setFill(Color.rgb(11, 79, 179, 0.10));
        gc.fillPolygon(xs, ys, n);
        gc.setStroke(Color.web("#0b4fb3"));
        gc.setLineWidth(1.2);
        gc.setLineDashes(5, 3);
        gc.strokePolyline(xs, ys, n);
        gc.setLineDashes((double[]) null);
    }
}
