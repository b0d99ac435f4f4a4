package org.villageplanner.ui.map;

import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.shape.FillRule;
import org.locationtech.jts.geom.Geometry;

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
        GeometryPaths.polygons(gc, vp, outline);
        gc.setFill(LAND);
        gc.fill();
        gc.setStroke(BORDER);
        gc.setLineWidth(1.5);
        gc.setLineDashes(6, 4);
        gc.stroke();
        gc.setLineDashes((double[]) null);
    }
}
