package org.villageplanner.ui.map;

import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.shape.FillRule;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;

/** A context outline (the county) drawn under the villages: a pale land fill and a dashed border. */
public final class OutlineLayer extends MapLayer {
    private static final Color LAND = Color.web("#f4f1e8");
    private static final Color BORDER = Color.web("#8a7f6a");
    private Geometry outline;

    public void setOutline(Geometry g) {
        outline = g;
        markDirty();
    }

    @Override
    protected void draw(GraphicsContext gc, Viewport vp) {
        if (outline == null || !vp.visible().intersects(outline.getEnvelopeInternal())) {
            return;
        }
        gc.setFillRule(FillRule.EVEN_ODD);
        gc.beginPath();
        for (int i = 0; i < outline.getNumGeometries(); i++) {
            if (outline.getGeometryN(i) instanceof Polygon p) {
                ring(gc, vp, p.getExteriorRing().getCoordinates());
                for (int h = 0; h < p.getNumInteriorRing(); h++) {
                    ring(gc, vp, p.getInteriorRingN(h).getCoordinates());
                }
            }
        }
        gc.setFill(LAND);
        gc.fill();
        gc.setStroke(BORDER);
        gc.setLineWidth(1.5);
        gc.setLineDashes(6, 4);
        gc.stroke();
        gc.setLineDashes((double[]) null);
    }

    private static void ring(GraphicsContext gc, Viewport vp, Coordinate[] cs) {
        gc.moveTo(vp.x(cs[0].x), vp.y(cs[0].y));
        for (int i = 1; i < cs.length; i++) {
            gc.lineTo(vp.x(cs[i].x), vp.y(cs[i].y));
        }
        gc.closePath();
    }
}
