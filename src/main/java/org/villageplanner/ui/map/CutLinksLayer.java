package org.villageplanner.ui.map;

import java.util.List;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import org.villageplanner.geo.CutMarks;

/**
 * The neighbour links a barrier cut, shown on request: a dashed red line joining the two villages and a red
 * cross on their shared border where the barrier separates them. Drawn over the villages.
 */
public final class CutLinksLayer extends MapLayer {
    private static final Color RED = Color.web("#d32f2f");
    private static final double CROSS = 5;
    private List<CutMarks.Mark> marks = List.of();
    private int lastDrawn;

    public CutLinksLayer() {
        setVisible(false);
    }

    public void setMarks(List<CutMarks.Mark> m) {
        marks = List.copyOf(m);
        markDirty();
    }

    public List<CutMarks.Mark> marks() {
        return marks;
    }

    /** Crosses drawn in the last frame (tests). */
    public int lastDrawn() {
        return lastDrawn;
    }

    @Override
    protected void draw(GraphicsContext gc, Viewport vp) {
        lastDrawn = 0;
        var visible = vp.visible();
        gc.setLineCap(StrokeLineCap.ROUND);
        for (CutMarks.Mark m : marks) {
            if (!visible.contains(m.x(), m.y()) || (vp.partial() && !reaches(vp, m))) {
                continue;
            }
            double x = vp.x(m.x());
            double y = vp.y(m.y());
            gc.setStroke(RED.deriveColor(0, 1, 1, 0.7));
            gc.setLineWidth(1.5);
            gc.setLineDashes(5, 4);
            gc.strokeLine(vp.x(m.ax()), vp.y(m.ay()), x, y);
            gc.strokeLine(x, y, vp.x(m.bx()), vp.y(m.by()));
            gc.setLineDashes();
            gc.setLineWidth(4.5);
            gc.setStroke(Color.WHITE);
            cross(gc, x, y);
            gc.setLineWidth(2.5);
            gc.setStroke(RED);
            cross(gc, x, y);
            lastDrawn++;
        }
    }

    /** Whether the mark's lines or cross reach a partial frame's area. */
    private static boolean reaches(Viewport vp, CutMarks.Mark m) {
        var box = new org.locationtech.jts.geom.Envelope(m.ax(), m.bx(), m.ay(), m.by());
        box.expandToInclude(m.x(), m.y());
        return vp.area(CROSS + 4).intersects(box);
    }

    private static void cross(GraphicsContext gc, double x, double y) {
        gc.strokeLine(x - CROSS, y - CROSS, x + CROSS, y + CROSS);
        gc.strokeLine(x - CROSS, y + CROSS, x + CROSS, y - CROSS);
    }
}
