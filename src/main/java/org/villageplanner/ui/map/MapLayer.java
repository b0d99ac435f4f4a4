package org.villageplanner.ui.map;

import javafx.scene.canvas.GraphicsContext;
import org.locationtech.jts.geom.Envelope;

/**
 * One layer of the map. It owns its drawing; when its data or style changes it calls {@link #markDirty()},
 * and the canvas redraws all layers once on the next pulse, however many layers asked. A layer that knows where
 * its change lies calls {@link #markChanged} instead: then, unless something else asked for a whole frame, the
 * canvas redraws only that part of the screen, every layer clipped to it (see {@link MapCanvas#redraw}).
 */
public abstract class MapLayer {
    /** Where a layer reports what it changed: the whole map, or a lon/lat box plus a margin in pixels. */
    interface Host {
        void requestRedraw();

        void changed(Envelope lonLat, double marginPx);
    }

    private static final Host NONE = new Host() {
        @Override
        public void requestRedraw() {
        }

        @Override
        public void changed(Envelope lonLat, double marginPx) {
        }
    };
    private Host host = NONE;
    private boolean visible = true;

    final void attach(Host h) {
        this.host = h;
    }

    /** The whole map must be drawn again (the layer's data, style or visibility changed everywhere). */
    protected final void markDirty() {
        host.requestRedraw();
    }

    /**
     * Only what lies within {@code lonLat}, widened by {@code marginPx} screen pixels on each side (half a stroke,
     * a point's marker, a label), looks different now. A null box asks for a partial frame whose area the layer
     * will only know when it is drawn ({@link #damage}).
     */
    protected final void markChanged(Envelope lonLat, double marginPx) {
        host.changed(lonLat, marginPx);
    }

    public boolean isVisible() {
        return visible;
    }

    public void setVisible(boolean v) {
        if (v != visible) {
            visible = v;
            markDirty();
        }
    }

    /**
     * Before a partial frame: adds to {@code out} the screen rectangles ({x0, y0, x1, y1}) that this layer will draw
     * differently from the last frame but did not report with {@link #markChanged} (labels whose places moved).
     * Most layers report every change when it happens and add nothing here.
     */
    protected void damage(Viewport viewport, java.util.function.Consumer<double[]> out) {
    }

    /**
     * Draws the layer for the current viewport; called on the UI thread during a pulse. In a partial frame the
     * canvas is clipped to {@link Viewport#area()}: a layer with many features draws only those meeting that box,
     * in the same order as in a whole frame, so that the pixels come out as a whole frame would give them.
     */
    protected abstract void draw(GraphicsContext gc, Viewport viewport);
}
