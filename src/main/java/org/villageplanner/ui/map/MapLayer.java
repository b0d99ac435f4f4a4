package org.villageplanner.ui.map;

import javafx.scene.canvas.GraphicsContext;

/**
 * One layer of the map. It owns its drawing; when its data or style changes it calls {@link #markDirty()},
 * and the canvas redraws all layers once on the next pulse, however many layers asked.
 */
public abstract class MapLayer {
    private Runnable repaint = () -> { };
    private boolean visible = true;

    final void attach(Runnable requestRepaint) {
        this.repaint = requestRepaint;
    }

    protected final void markDirty() {
        repaint.run();
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

    /** Draws the layer for the current viewport; called on the UI thread during a pulse. */
    protected abstract void draw(GraphicsContext gc, Viewport viewport);
}
