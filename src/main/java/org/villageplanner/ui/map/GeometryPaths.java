package org.villageplanner.ui.map;

import javafx.scene.canvas.GraphicsContext;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;

/** JTS geometries traced onto a canvas's current path in screen coordinates: one way for every layer. */
final class GeometryPaths {
    private GeometryPaths() {
    }

    /** Adds the rings of every polygon of {@code g} (holes included; other parts are skipped). */
    static void polygons(GraphicsContext gc, Viewport vp, Geometry g) {
        for (int i = 0; i < g.getNumGeometries(); i++) {
            if (g.getGeometryN(i) instanceof Polygon p) {
                polygon(gc, vp, p);
            }
        }
    }

    /** Adds a polygon's outer ring and its holes, each closed. */
    static void polygon(GraphicsContext gc, Viewport vp, Polygon p) {
        line(gc, vp, p.getExteriorRing().getCoordinates(), true);
        for (int h = 0; h < p.getNumInteriorRing(); h++) {
            line(gc, vp, p.getInteriorRingN(h).getCoordinates(), true);
        }
    }

    /** Adds the vertices as one sub-path, closed when they are a ring. */
    static void line(GraphicsContext gc, Viewport vp, Coordinate[] cs, boolean ring) {
        if (cs.length == 0) {
            return;
        }
        gc.moveTo(vp.x(cs[0].x), vp.y(cs[0].y));
        for (int i = 1; i < cs.length; i++) {
            gc.lineTo(vp.x(cs[i].x), vp.y(cs[i].y));
        }
        if (ring) {
            gc.closePath();
        }
    }
}
