package org.villageplanner.ui.map;

import java.util.Comparator;
import java.util.List;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.shape.StrokeLineJoin;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.villageplanner.service.LayerStyle;
import org.villageplanner.service.ReferenceLayer;

/**
 * The project's reference layers (rivers, roads, towns) under the villages, each with its stored style and
 * opacity, lowest order first. Features outside the screen are skipped by their envelope.
 */
public final class ReferenceLayersPainter extends MapLayer {
    /** Screen pixels per millimetre of stored line width (96 dpi). */
    private static final double PX_PER_MM = 96 / 25.4;

    /**
     * A layer with its features in lon/lat and, when the style names a label field, each feature's label (same
     * order; null or blank for none).
     */
    public record Drawn(ReferenceLayer layer, List<Geometry> geometries, List<String> labels) {
        public Drawn {
            geometries = List.copyOf(geometries);
            labels = labels == null ? List.of() : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(labels));
        }

        /** Without labels. */
        public Drawn(ReferenceLayer layer, List<Geometry> geometries) {
            this(layer, geometries, List.of());
        }
    }

    private List<Drawn> layers = List.of();
    private long drawnFeatures;

    /** Replaces what is drawn (after loading, or when a layer's look or place changed). */
    public void setLayers(List<Drawn> drawn) {
        if (drawn.isEmpty() && layers.isEmpty()) {
            return; // a project without layers read again: nothing to draw again
        }
        layers = drawn.stream().sorted(Comparator.comparingInt(d -> d.layer().order())).toList();
        markDirty();
    }

    public List<Drawn> layers() {
        return layers;
    }

    /** Features drawn in the last frame (for tests and the benchmark). */
    public long drawnFeatures() {
        return drawnFeatures;
    }

    @Override
    protected void draw(GraphicsContext gc, Viewport vp) {
        long n = 0;
        gc.setLineCap(StrokeLineCap.ROUND);
        gc.setLineJoin(StrokeLineJoin.ROUND);
        for (Drawn d : layers) {
            ReferenceLayer l = d.layer();
            if (!l.visible() || l.opacity() <= 0) {
                continue;
            }
            LayerStyle s = l.style();
            Color stroke = Color.web(s.stroke());
            Color fill = s.fill() == null ? null : Color.web(s.fill(), s.fillOpacity());
            gc.setGlobalAlpha(l.opacity());
            gc.setStroke(stroke);
            double width = Math.max(0.5, s.widthMm() * PX_PER_MM);
            gc.setLineWidth(width);
            // Half the line and a point's 4 px dot beyond the feature's box (the whole screen in a whole frame).
            Envelope screen = vp.area(width / 2 + 6);
            for (Geometry g : d.geometries()) {
                if (g != null && screen.intersects(g.getEnvelopeInternal())) {
                    drawGeometry(gc, vp, g, stroke, fill);
                    n++;
                }
            }
        }
        gc.setGlobalAlpha(1);
        drawnFeatures = n;
    }

    private static void drawGeometry(GraphicsContext gc, Viewport vp, Geometry g, Color stroke, Color fill) {
        for (int i = 0; i < g.getNumGeometries(); i++) {
            Geometry part = g.getGeometryN(i);
            if (part instanceof Polygon poly) {
                gc.beginPath();
                GeometryPaths.polygon(gc, vp, poly);
                if (fill != null) {
                    gc.setFill(fill);
                    gc.fill();
                }
                gc.stroke();
            } else if (part instanceof LineString line) {
                gc.beginPath();
                GeometryPaths.line(gc, vp, line.getCoordinates(), false);
                gc.stroke();
            } else if (part instanceof Point p) {
                double x = vp.x(p.getX());
                double y = vp.y(p.getY());
                gc.setFill(fill != null ? fill : stroke);
                gc.fillOval(x - 4, y - 4, 8, 8);
                gc.strokeOval(x - 4, y - 4, 8, 8);
            } else if (part.getNumGeometries() > 1 || part != g) {
                drawGeometry(gc, vp, part, stroke, fill);
            }
        }
    }
}
