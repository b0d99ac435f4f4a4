package org.villageplanner.ui.map;

import java.util.Set;
import java.util.function.Function;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.shape.FillRule;
import javafx.scene.shape.StrokeLineJoin;
import org.locationtech.jts.geom.Envelope;
import org.villageplanner.domain.Village;

/**
 * Village polygons filled by a colour function, with thin outlines; the selection and the village under the
 * mouse are outlined on top. Villages smaller than a couple of pixels are drawn as a dot, which keeps a
 * 20,000-village frame cheap when zoomed out.
 */
public final class VillageLayer extends MapLayer {
    private static final Color OUTLINE = Color.web("#5f6b7a");
    private static final Color SELECTED = Color.web("#0b4fb3");
    private static final Color HOVER = Color.web("#e8590c");
    /** How far a village's pixels reach beyond its box: a point's 4 px marker, half the 3 px selection ring, AA. */
    private static final double REACH_PX = 6;
    /** Beyond this many changed villages an edit redraws the whole map (the union would cover most of it anyway). */
    private static final int PARTIAL_MAX_VILLAGES = 2000;
    private VillageShapes shapes;
    private Function<Village, Color> fill = v -> Color.LIGHTGRAY;
    /** Each shape's fill colour by {@link VillageShapes.Shape#index}, worked out once per style, not per frame. */
    private Color[] colours = new Color[0];
    private Set<String> selected = Set.of();
    private String hovered;
    private double[] xs = new double[64];
    private double[] ys = new double[64];
    private int lastDrawn;
    private double fillAlpha = 1;

    /** How many villages the last frame filled (0 before the first frame with a project); the startup probe reads it. */
    public int lastDrawnCount() {
        return lastDrawn;
    }

    /**
     * Lets what lies under the villages (reference layers, the basemap) show through the fill: 1 opaque, less
     * translucent. Outlines, selection and hover stay opaque.
     */
    public void setFillAlpha(double a) {
        if (a != fillAlpha) {
            fillAlpha = a;
            colours = colours(shapes, fill, a);
            markDirty();
        }
    }

    public double fillAlpha() {
        return fillAlpha;
    }

    public void setShapes(VillageShapes s) {
        shapes = s;
        colours = colours(s, fill, fillAlpha);
        markDirty();
    }

    public void setFill(Function<Village, Color> f) {
        fill = f;
        colours = colours(shapes, f, fillAlpha);
        markDirty();
    }

    /**
     * As {@link #setFill}, when {@code f} differs from the current fill only for the villages {@code codes} (an
     * edit of a few clusters): only those colours are worked out again.
     */
    public void updateFill(Function<Village, Color> f, java.util.Collection<String> codes) {
        fill = f;
        if (shapes == null || colours.length != shapes.size()) {
            colours = colours(shapes, f, fillAlpha);
            markDirty();
            return;
        }
        Envelope changed = new Envelope();
        for (String code : codes) {
            VillageShapes.Shape s = shapes.of(code);
            if (s != null) {
                Color c = withAlpha(f.apply(s.village()), fillAlpha);
                if (!c.equals(colours[s.index()])) {
                    changed.expandToInclude(s.box());
                }
                colours[s.index()] = c;
            }
        }
        changed(changed, codes.size());
    }

    /** Only the villages in {@code box} look different: a partial frame, or a whole one for a large edit. */
    private void changed(Envelope box, int villages) {
        if (villages > PARTIAL_MAX_VILLAGES) {
            markDirty();
        } else if (!box.isNull()) {
            markChanged(box, REACH_PX);
        }
    }

    private static Color withAlpha(Color c, double alpha) {
        return alpha < 1 ? Color.color(c.getRed(), c.getGreen(), c.getBlue(), c.getOpacity() * alpha) : c;
    }

    /** The fill colour the last style gives {@code code}'s village (null when it has no shape). */
    public Color colourOf(String code) {
        VillageShapes.Shape s = shapes == null ? null : shapes.of(code);
        return s == null ? null : colours[s.index()];
    }

    private static Color[] colours(VillageShapes shapes, Function<Village, Color> fill, double alpha) {
        if (shapes == null) {
            return new Color[0];
        }
        Color[] out = new Color[shapes.size()];
        for (VillageShapes.Shape s : shapes.all()) {
            out[s.index()] = withAlpha(fill.apply(s.village()), alpha);
        }
        return out;
    }

    public void setSelected(Set<String> codes) {
        Set<String> before = selected;
        selected = Set.copyOf(codes);
        // The rings that go and those that come: the villages in one set and not the other, and the hovered one,
        // whose orange ring a selection hides or shows.
        Envelope changed = new Envelope();
        int n = 0;
        for (String code : before) {
            n += selected.contains(code) ? 0 : include(changed, code);
        }
        for (String code : selected) {
            n += before.contains(code) ? 0 : include(changed, code);
        }
        if (n > 0) {
            n += include(changed, hovered);
        }
        changed(changed, n);
    }

    /** Adds the box of {@code code}'s village to {@code box}; 1 when it has one. */
    private int include(Envelope box, String code) {
        VillageShapes.Shape s = shapes == null || code == null ? null : shapes.of(code);
        if (s == null) {
            return 0;
        }
        box.expandToInclude(s.box());
        return 1;
    }

    public void setHovered(String code) {
        if (!java.util.Objects.equals(code, hovered)) {
            Envelope changed = new Envelope();
            int n = include(changed, hovered) + include(changed, code);
            hovered = code;
            changed(changed, n);
        }
    }

    @Override
    protected void draw(GraphicsContext gc, Viewport vp) {
        lastDrawn = 0;
        if (shapes == null) {
            return;
        }
        Envelope visible = vp.area(REACH_PX);
        gc.setFillRule(FillRule.EVEN_ODD);
        gc.setLineJoin(StrokeLineJoin.ROUND);
        gc.setStroke(OUTLINE);
        gc.setLineWidth(vp.scale() > 3000 ? 0.8 : 0.4);
        Color current = null;
        for (VillageShapes.Shape s : shapes.visible(visible)) {
            Color c = colours[s.index()];
            if (c != current) {
                gc.setFill(c);
                current = c;
            }
            lastDrawn++;
            double w = s.box().getWidth() * vp.scale();
            if (s.point() || w < 2.5) {
                double x = vp.x(s.labelLon());
                double y = vp.y(s.labelLat());
                double r = s.point() ? 4 : 1.5;
                gc.fillRect(x - r, y - r, 2 * r, 2 * r);
                continue;
            }
            if (s.ringsX().length == 1 && w < 6) {
                // Small single-ring villages: one fill call, no outline (it would cover the fill anyway).
                int n = project(vp, s.ringsX()[0], s.ringsY()[0]);
                gc.fillPolygon(xs, ys, n);
                continue;
            }
            trace(gc, vp, s);
            gc.fill();
            gc.stroke();
        }
        // Selection and hover from their codes: a frame does not walk every village twice.
        if (hovered != null && !selected.contains(hovered)) {
            outline(gc, vp, visible, shapes.of(hovered), HOVER, 2);
        }
        for (String code : selected) {
            outline(gc, vp, visible, shapes.of(code), SELECTED, 3);
        }
    }

    private void outline(GraphicsContext gc, Viewport vp, Envelope visible, VillageShapes.Shape s, Color colour,
            double width) {
        if (s != null && visible.intersects(s.box())) {
            gc.setStroke(colour);
            gc.setLineWidth(width);
            trace(gc, vp, s);
            gc.stroke();
        }
    }

    private void trace(GraphicsContext gc, Viewport vp, VillageShapes.Shape s) {
        gc.beginPath();
        for (int r = 0; r < s.ringsX().length; r++) {
            double[] rx = s.ringsX()[r];
            double[] ry = s.ringsY()[r];
            ensure(rx.length);
            for (int i = 0; i < rx.length; i++) {
                xs[i] = vp.x(rx[i]);
                ys[i] = vp.y(ry[i]);
            }
            gc.moveTo(xs[0], ys[0]);
            for (int i = 1; i < rx.length; i++) {
                gc.lineTo(xs[i], ys[i]);
            }
            gc.closePath();
        }
    }

    private int project(Viewport vp, double[] rx, double[] ry) {
        ensure(rx.length);
        for (int i = 0; i < rx.length; i++) {
            xs[i] = vp.x(rx[i]);
            ys[i] = vp.y(ry[i]);
        }
        return rx.length;
    }

    private void ensure(int n) {
        if (xs.length < n) {
            xs = new double[n * 2];
            ys = new double[n * 2];
        }
    }
}
