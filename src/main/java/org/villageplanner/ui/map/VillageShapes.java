package org.villageplanner.ui.map;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.index.strtree.STRtree;
import org.villageplanner.domain.Village;

/**
 * The villages' outlines flattened into coordinate arrays once per project, so a frame only multiplies and
 * adds; plus a spatial index for picking. Villages without geometry are left out of the map.
 */
public final class VillageShapes {
    /** One village ready to draw: rings as lon/lat arrays, its box and its label anchor. */
    public record Shape(Village village, double[][] ringsX, double[][] ringsY, Envelope box, double labelLon,
            double labelLat, double area, boolean point, int index) {
        /** Starts a new path on {@code gc} with this village's rings in screen coordinates (fill or stroke it). */
        public void trace(javafx.scene.canvas.GraphicsContext gc, Viewport vp) {
            gc.beginPath();
            for (int k = 0; k < ringsX.length; k++) {
                double[] rx = ringsX[k];
                double[] ry = ringsY[k];
                gc.moveTo(vp.x(rx[0]), vp.y(ry[0]));
                for (int i = 1; i < rx.length; i++) {
                    gc.lineTo(vp.x(rx[i]), vp.y(ry[i]));
                }
                gc.closePath();
            }
        }
    }

    private final List<Shape> shapes = new ArrayList<>();
    private final List<Shape> byAreaDescending;
    private final boolean hasPoints;
    private final STRtree index = new STRtree();
    private final java.util.Map<String, Shape> byCode = new java.util.HashMap<>();
    private final Envelope extent = new Envelope();
    private final GeometryFactory factory = new GeometryFactory();

    public VillageShapes(List<Village> villages) {
        for (Village v : villages) {
            Geometry g = v.geometry();
            if (g == null || g.isEmpty()) {
                continue;
            }
            List<double[]> xs = new ArrayList<>();
            List<double[]> ys = new ArrayList<>();
            for (int i = 0; i < g.getNumGeometries(); i++) {
                Geometry part = g.getGeometryN(i);
                if (part instanceof Polygon p) {
                    addRing(p.getExteriorRing(), xs, ys);
                    for (int h = 0; h < p.getNumInteriorRing(); h++) {
                        addRing(p.getInteriorRingN(h), xs, ys);
                    }
                }
            }
            Point anchor = g.getDimension() == 2 ? g.getInteriorPoint() : g.getCentroid();
            Shape s = new Shape(v, xs.toArray(double[][]::new), ys.toArray(double[][]::new),
                    g.getEnvelopeInternal(), anchor.getX(), anchor.getY(), g.getArea(), g.getDimension() == 0, shapes.size());
            shapes.add(s);
            byCode.putIfAbsent(v.code(), s);
            index.insert(s.box(), s);
            extent.expandToInclude(s.box());
        }
        // Built now, with the project, not by the first small view or pick that queries it (a hidden 20,000-item
        // build in the middle of a zoom).
        index.build();
        hasPoints = shapes.stream().anyMatch(Shape::point);
        byAreaDescending = shapes.stream().sorted(Comparator.comparingDouble(Shape::area).reversed()).toList();
    }

    private static void addRing(LineString ring, List<double[]> xs, List<double[]> ys) {
        Coordinate[] cs = ring.getCoordinates();
        double[] x = new double[cs.length];
        double[] y = new double[cs.length];
        for (int i = 0; i < cs.length; i++) {
            x[i] = cs[i].x;
            y[i] = cs[i].y;
        }
        xs.add(x);
        ys.add(y);
    }

    public List<Shape> all() {
        return shapes;
    }

    /** Whether any village is a point (points have no area and come last in {@link #byAreaDescending}). */
    public boolean hasPoints() {
        return hasPoints;
    }

    /** Largest first: labels of big villages win collisions. */
    public List<Shape> byAreaDescending() {
        return byAreaDescending;
    }

    private List<Shape> tallestFirst;

    /**
     * Points first (their marker always shows), then the polygons by the height of their box, tallest first: a layer
     * that draws only villages tall enough on screen stops at the first one too small. Worked out on first use.
     */
    public List<Shape> tallestFirst() {
        if (tallestFirst == null) {
            tallestFirst = shapes.stream().sorted(Comparator.comparing(Shape::point).reversed()
                    .thenComparing(Comparator.comparingDouble((Shape s) -> s.box().getHeight()).reversed())).toList();
        }
        return tallestFirst;
    }

    /** The shape of the village {@code code}, or null when it has none. */
    public Shape of(String code) {
        return byCode.get(code);
    }

    /**
     * The shapes whose box meets {@code view}, from the spatial index, in the order of {@link #all()}; all of them
     * (without a query) when the view covers the whole extent. One order whatever the box: where neighbours' edges
     * overlap, a partial redraw paints them in the same order as a whole frame.
     */
    @SuppressWarnings("unchecked")
    public List<Shape> visible(Envelope view) {
        if (view.contains(extent)) {
            return shapes;
        }
        if (!small(view)) {
            // A view over a good part of the map (a province at a few times the fitted scale): one pass in order
            // is cheaper than walking the tree, collecting thousands of hits and sorting them; the same shapes.
            List<Shape> found = new ArrayList<>();
            for (Shape s : shapes) {
                if (view.intersects(s.box())) {
                    found.add(s);
                }
            }
            return found;
        }
        List<Shape> found = (List<Shape>) index.query(view);
        found.sort(BY_INDEX);
        return found;
    }

    /** From this share of the map's extent on, {@link #visible} scans the shapes instead of asking the tree. */
    private static final double SCAN_SHARE = 0.1;

    /** Whether {@code view} covers a small part of the map (the spatial index then finds its shapes fastest). */
    public boolean small(Envelope view) {
        Envelope common = view.intersection(extent);
        return common.getArea() < SCAN_SHARE * extent.getArea();
    }

    private static final Comparator<Shape> BY_INDEX = Comparator.comparingInt(Shape::index);

    public Envelope extent() {
        return new Envelope(extent);
    }

    public int size() {
        return shapes.size();
    }

    /** The village under (lon, lat), or null; points are picked within {@code toleranceDeg}. */
    @SuppressWarnings("unchecked")
    public Village pick(double lon, double lat, double toleranceDeg) {
        Envelope probe = new Envelope(lon - toleranceDeg, lon + toleranceDeg, lat - toleranceDeg, lat + toleranceDeg);
        Point p = factory.createPoint(new Coordinate(lon, lat));
        Village best = null;
        double bestDistance = Double.MAX_VALUE;
        for (Shape s : (List<Shape>) index.query(probe)) {
            Geometry g = s.village().geometry();
            if (!s.point() && g.covers(p)) {
                return s.village();
            }
            double d = g.distance(p);
            if (s.point() && d <= toleranceDeg && d < bestDistance) {
                best = s.village();
                bestDistance = d;
            }
        }
        return best;
    }

    /** Villages whose label anchor lies inside the closed ring of lon/lat vertices (lasso selection). */
    @SuppressWarnings("unchecked")
    public List<Village> withinRing(double[] lons, double[] lats) {
        Coordinate[] cs = new Coordinate[lons.length + 1];
        for (int i = 0; i < lons.length; i++) {
            cs[i] = new Coordinate(lons[i], lats[i]);
        }
        cs[lons.length] = cs[0];
        Geometry ring = factory.createPolygon(cs);
        org.locationtech.jts.algorithm.locate.IndexedPointInAreaLocator inside =
                new org.locationtech.jts.algorithm.locate.IndexedPointInAreaLocator(ring);
        List<Village> out = new ArrayList<>();
        for (Shape s : (List<Shape>) index.query(ring.getEnvelopeInternal())) {
            if (inside.locate(new Coordinate(s.labelLon(), s.labelLat())) != org.locationtech.jts.geom.Location.EXTERIOR) {
                out.add(s.village());
            }
        }
        return out;
    }

    /** Villages whose label anchor lies inside {@code box} (rectangle selection). */
    @SuppressWarnings("unchecked")
    public List<Village> within(Envelope box) {
        List<Village> out = new ArrayList<>();
        for (Shape s : (List<Shape>) index.query(box)) {
            if (box.contains(s.labelLon(), s.labelLat())) {
                out.add(s.village());
            }
        }
        return out;
    }
}
