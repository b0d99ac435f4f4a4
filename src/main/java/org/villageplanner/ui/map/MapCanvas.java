package org.villageplanner.ui.map;

import java.util.ArrayList;
import java.util.List;
import javafx.animation.AnimationTimer;
import javafx.animation.PauseTransition;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.util.Duration;
import org.locationtech.jts.geom.Envelope;

/**
 * A resizable canvas that draws its layers in order. Layers mark themselves dirty; the canvas redraws once
 * on the next pulse. Mouse gestures: drag pans; wheel zooms at the pointer; click picks; Shift-drag draws a
 * selection rectangle; in paint mode a drag paints (Alt-drag erases). What a gesture means is decided by the
 * {@link Listener}, not here.
 */
public final class MapCanvas extends Region {
    /** What the canvas reports; coordinates are lon/lat. */
    public interface Listener {
        void clicked(double lon, double lat, boolean extend);

        void hovered(double lon, double lat, double screenX, double screenY);

        void painted(double lon, double lat, boolean erase);

        void strokeEnded();

        void rectangleSelected(Envelope box, boolean extend);

        /** A lasso (Ctrl-drag) closed over the given lon/lat vertices. */
        void lassoSelected(double[] lons, double[] lats);

        void viewChanged();
    }

    private final Canvas canvas = new Canvas();
    private final Viewport viewport = new Viewport();
    private final List<MapLayer> layers = new ArrayList<>();
    private final RectangleOverlay rubberBand = new RectangleOverlay();
    private final LassoOverlay lasso = new LassoOverlay();
    private Listener listener;
    private boolean dirty = true;
    /** What layers changed since the last frame, when no whole frame was asked for (an edit of a few villages). */
    private final Damage damage = new Damage();
    /** The viewport the canvas's pixels were drawn for; a partial frame is only drawn over a frame of the same view. */
    private double[] drawnView;
    private long partialFrames;
    private int[] lastArea;
    private static final Color BACKGROUND = Color.web("#dfe7ee");
    private final MapLayer.Host host = new MapLayer.Host() {
        @Override
        public void requestRedraw() {
            MapCanvas.this.requestRedraw();
        }

        @Override
        public void changed(Envelope lonLat, double marginPx) {
            if (dirty) {
                return;
            }
            damage.ask();
            if (lonLat != null && !lonLat.isNull()) {
                damage.add(new double[] {viewport.x(lonLat.getMinX()) - marginPx,
                    viewport.y(lonLat.getMaxY()) - marginPx, viewport.x(lonLat.getMaxX()) + marginPx,
                    viewport.y(lonLat.getMinY()) + marginPx});
            }
        }
    };
    /** The box the view was last fitted to, kept until the user pans or zooms: a resize fits it again. */
    private Envelope fitted;
    private boolean paintMode;
    private double lastX;
    private double lastY;
    private double pressX;
    private double pressY;
    private boolean dragged;
    private long frames;
    private final GestureBitmap bitmap = new GestureBitmap();
    private boolean interacting;
    private boolean bitmapGestures;
    private final PauseTransition settle = new PauseTransition(Duration.millis(180));
    private long lastFrameNanos;
    private long lastFrameCpuNanos;
    private static final java.lang.management.ThreadMXBean THREADS =
            java.lang.management.ManagementFactory.getThreadMXBean();

    public MapCanvas() {
        getChildren().add(canvas);
        setId("mapCanvas");
        setFocusTraversable(true);
        setAccessibleText("map");
        setMinSize(100, 100);
        addLayer(rubberBand);
        addLayer(lasso);
        new AnimationTimer() {
            @Override
            public void handle(long now) {
                if (dirty || damage.asked()) {
                    redraw();
                }
            }
        }.start();
        setOnMousePressed(this::pressed);
        setOnMouseDragged(this::dragged);
        setOnMouseReleased(this::released);
        setOnMouseMoved(e -> {
            if (listener != null) {
                listener.hovered(viewport.lon(e.getX()), viewport.lat(e.getY()), e.getScreenX(), e.getScreenY());
            }
        });
        setOnScroll(this::scrolled);
        settle.setOnFinished(e -> endInteraction());
    }

    /**
     * While a gesture runs, frames shift and scale the bitmap of the last full frame instead of drawing every
     * village; the full frame follows when the gesture ends. Only used when
     * {@link #setBitmapGestures} says full frames are slow.
     */
    public void beginInteraction() {
        // The picture to move is taken when a gesture starts (the canvas still shows the last full frame), not
        // after every full frame: a snapshot costs as much as a frame, and most frames are followed by no gesture.
        if (!interacting && bitmapGestures && !dirty && !damage.asked() && !bitmap.available()) {
            bitmap.keep(canvas, viewport);
        }
        interacting = true;
    }

    /** Turns bitmap gestures on for maps whose full frames are slow (thousands of villages). */
    public void setBitmapGestures(boolean on) {
        bitmapGestures = on;
        bitmap.clear();
    }

    public void endInteraction() {
        interacting = false;
        requestRedraw();
    }

    public Viewport viewport() {
        return viewport;
    }

    public void setListener(Listener l) {
        listener = l;
    }

    public void setPaintMode(boolean on) {
        paintMode = on;
    }

    public boolean isPaintMode() {
        return paintMode;
    }

    /** Adds a layer under the selection rectangle, above those added before. */
    public void addLayer(MapLayer layer) {
        layer.attach(host);
        layers.add(Math.max(0, layers.size() - overlays()), layer);
        requestRedraw();
    }

    /** Adds a layer just under {@code anchor} (e.g. the reference layers under the village fill). */
    public void addLayerBelow(MapLayer anchor, MapLayer layer) {
        int at = layers.indexOf(anchor);
        if (at < 0) {
            addLayer(layer);
            return;
        }
        layer.attach(host);
        layers.add(at, layer);
        requestRedraw();
    }

    /** The selection overlays stay on top of every layer added later. */
    private int overlays() {
        return (int) layers.stream().filter(l -> l == rubberBand || l == lasso).count();
    }

    public void requestRedraw() {
        dirty = true;
    }

    public void zoom(double factor) {
        fitted = null;
        viewport.zoomAt(factor, getWidth() / 2, getHeight() / 2);
        changed();
    }

    /**
     * Shows {@code e} whole. Until the user pans or zooms, the map stays fitted to it when the canvas is resized
     * (the window is laid out or resized before the first frame, a split pane moves).
     */
    public void fit(Envelope e) {
        fitted = e == null ? null : new Envelope(e);
        if (getWidth() < 2 || getHeight() < 2) {
            return;
        }
        viewport.setSize(getWidth(), getHeight());
        viewport.fit(e, 24);
        changed();
    }

    /** Frames drawn so far and the duration of the last one, for the status bar and the benchmark. */
    public long frames() {
        return frames;
    }

    public double lastFrameMillis() {
        return lastFrameNanos / 1e6;
    }

    /** The UI thread's CPU time in the last frame: on a shared machine, the figure the load does not inflate. */
    public double lastFrameCpuMillis() {
        return lastFrameCpuNanos / 1e6;
    }

    private String lastLayerTrace = "";

    /** Each layer's UI-thread CPU in the last whole frame with {@code -Dplanner.bench.trace=true}; else empty. */
    public String lastLayerTrace() {
        return lastLayerTrace;
    }

    /** Whether something waits to be drawn on the next pulse (tests wait until nothing does). */
    boolean pendingRedraw() {
        return dirty || damage.asked();
    }

    /** Partial frames drawn so far (only the part of the map an edit changed). */
    public long partialFrames() {
        return partialFrames;
    }

    /**
     * The rectangle {x, y, w, h} in pixels the last frame redrew when it was partial (empty when nothing changed on
     * screen); null after a whole frame.
     */
    public int[] lastFrameArea() {
        return lastArea == null ? null : lastArea.clone();
    }

    /**
     * Draws the map now; the pulse calls this when something changed. When only layers that said where their change
     * lies ({@link MapLayer#markChanged}) asked, and the view did not move since the last frame, only that rectangle
     * is drawn again: cleared, clipped, every layer drawing the features that meet it. Otherwise every visible layer
     * is drawn whole.
     */
    public void redraw() {
        long t0 = System.nanoTime();
        long c0 = THREADS.getCurrentThreadCpuTime();
        GraphicsContext gc = canvas.getGraphicsContext2D();
        if (interacting && bitmap.available()) {
            dirty = false;
            damage.clear();
            drawnView = null;
            lastArea = null;
            gc.setFill(BACKGROUND);
            gc.fillRect(0, 0, canvas.getWidth(), canvas.getHeight());
            bitmap.draw(gc, viewport);
            frames++;
            lastFrameNanos = System.nanoTime() - t0;
            lastFrameCpuNanos = THREADS.getCurrentThreadCpuTime() - c0;
            return;
        }
        int[] area = !dirty && damage.asked() && java.util.Arrays.equals(drawnView, viewport.state())
                ? damage.draw(gc, layers, viewport, canvas.getWidth(), canvas.getHeight(), BACKGROUND) : null;
        if (area != null) {
            lastArea = area;
            bitmap.clear();
            frames++;
            partialFrames++;
            lastFrameNanos = System.nanoTime() - t0;
            lastFrameCpuNanos = THREADS.getCurrentThreadCpuTime() - c0;
            return;
        }
        dirty = false;
        damage.clear();
        lastArea = null;
        gc.setFill(BACKGROUND);
        gc.fillRect(0, 0, canvas.getWidth(), canvas.getHeight());
        lastLayerTrace = LayerPass.draw(gc, layers, viewport);
        drawnView = viewport.state();
        frames++;
        lastFrameNanos = System.nanoTime() - t0;
        lastFrameCpuNanos = THREADS.getCurrentThreadCpuTime() - c0;
        if (bitmapGestures && interacting) {
            bitmap.keep(canvas, viewport);
        } else {
            bitmap.clear();
        }
    }

    @Override
    protected void layoutChildren() {
        double w = getWidth();
        double h = getHeight();
        if (canvas.getWidth() != w || canvas.getHeight() != h) {
            canvas.setWidth(w);
            canvas.setHeight(h);
            viewport.setSize(w, h);
            if (fitted != null && w >= 2 && h >= 2) {
                viewport.fit(fitted, 24);
            }
            requestRedraw();
        }
    }

    private void pressed(MouseEvent e) {
        requestFocus();
        lastX = pressX = e.getX();
        lastY = pressY = e.getY();
        dragged = false;
        if (e.isShortcutDown() && e.getButton() == MouseButton.PRIMARY) {
            lasso.start(e.getX(), e.getY());
            return;
        }
        if (paintMode && e.getButton() == MouseButton.PRIMARY && !e.isShiftDown() && listener != null) {
            listener.painted(viewport.lon(e.getX()), viewport.lat(e.getY()), e.isAltDown());
        }
    }

    private void dragged(MouseEvent e) {
        dragged = dragged || Math.hypot(e.getX() - pressX, e.getY() - pressY) > 3;
        if (lasso.active()) {
            lasso.add(e.getX(), e.getY());
        } else if (e.isShiftDown()) {
            rubberBand.set(pressX, pressY, e.getX(), e.getY());
        } else if (paintMode && e.getButton() == MouseButton.PRIMARY) {
            if (listener != null) {
                listener.painted(viewport.lon(e.getX()), viewport.lat(e.getY()), e.isAltDown());
            }
        } else {
            beginInteraction();
            fitted = null;
            viewport.pan(e.getX() - lastX, e.getY() - lastY);
            changed();
        }
        lastX = e.getX();
        lastY = e.getY();
    }

    private void released(MouseEvent e) {
        if (interacting) {
            endInteraction();
        }
        if (listener == null) {
            return;
        }
        if (lasso.active()) {
            double[][] xy = lasso.finish();
            if (xy[0].length >= 3) {
                double[] lons = new double[xy[0].length];
                double[] lats = new double[xy[0].length];
                for (int i = 0; i < lons.length; i++) {
                    lons[i] = viewport.lon(xy[0][i]);
                    lats[i] = viewport.lat(xy[1][i]);
                }
                listener.lassoSelected(lons, lats);
            }
        } else if (rubberBand.active()) {
            Envelope box = new Envelope(viewport.lon(pressX), viewport.lon(e.getX()), viewport.lat(pressY),
                    viewport.lat(e.getY()));
            rubberBand.clear();
            listener.rectangleSelected(box, true);
        } else if (paintMode && e.getButton() == MouseButton.PRIMARY) {
            listener.strokeEnded();
        } else if (!dragged && e.getButton() == MouseButton.PRIMARY) {
            listener.clicked(viewport.lon(e.getX()), viewport.lat(e.getY()), e.isShiftDown() || e.isShortcutDown());
        }
    }

    private void scrolled(ScrollEvent e) {
        if (e.getDeltaY() != 0) {
            beginInteraction();
            settle.playFromStart();
            fitted = null;
            viewport.zoomAt(e.getDeltaY() > 0 ? 1.2 : 1 / 1.2, e.getX(), e.getY());
            changed();
        }
    }

    private void changed() {
        requestRedraw();
        if (listener != null) {
            listener.viewChanged();
        }
    }
}
