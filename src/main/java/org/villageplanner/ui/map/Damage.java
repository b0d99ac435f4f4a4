package org.villageplanner.ui.map;

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
}
