package org.villageplanner.geo;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.MultiPoint;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygonal;
import org.locationtech.jts.index.strtree.STRtree;
import org.locationtech.jts.triangulate.DelaunayTriangulationBuilder;
import org.villageplanner.domain.Village;

/**
 * Builds an {@link AdjacencyGraph} from villages in EPSG:4326.
 *
 * <p>All geometry is projected once to metres ({@link LocalProjection} centred on the data). Polygon pairs
 * are found with an STRtree of envelopes grown by the snapping tolerance, and only those candidate pairs are
 * measured ({@link SharedBorder}). Two polygons are neighbours when the boundary they share within
 * {@code snapToleranceMeters} (default 5 m, which absorbs slivers and small gaps of digitised boundaries)
 * is longer than {@code minSharedBorderMeters} (default four times the tolerance, so that polygons meeting
 * at a corner are not neighbours). Point villages are joined by the edges of a Delaunay triangulation of
 * all villages' representative points that are at most {@code maxPointDistanceMeters} long (default
 * 5 km) and have a point at one end at least. Villages with null or empty geometry are isolated.
 *
 * <p>The builder is a mutable configuration object: not thread-safe, but cheap; the graphs it builds are.
 * Negative or non-finite settings are rejected with {@link IllegalArgumentException}.
 */
public final class AdjacencyGraphBuilder {
    public static final double DEFAULT_SNAP_TOLERANCE_METERS = 5;
    public static final double DEFAULT_MAX_POINT_DISTANCE_METERS = 5_000;

    private double snapToleranceMeters = DEFAULT_SNAP_TOLERANCE_METERS;
    private Double minSharedBorderMeters;
    private double maxPointDistanceMeters = DEFAULT_MAX_POINT_DISTANCE_METERS;

    public AdjacencyGraphBuilder snapToleranceMeters(double meters) {
        this.snapToleranceMeters = checked(meters);
        return this;
    }

    public AdjacencyGraphBuilder minSharedBorderMeters(double meters) {
        this.minSharedBorderMeters = checked(meters);
        return this;
    }

    public AdjacencyGraphBuilder maxPointDistanceMeters(double meters) {
        this.maxPointDistanceMeters = checked(meters);
        return this;
    }

    private static double checked(double meters) {
        if (!(meters >= 0 && Double.isFinite(meters))) {
            throw new IllegalArgumentException("distance must be finite and ≥ 0: " + meters);
        }
        return meters;
    }

    /** The effective minimum shared border (metres) for neighbours. */
    public double effectiveMinSharedBorderMeters() {
        return minSharedBorderMeters != null ? minSharedBorderMeters : Math.max(4 * snapToleranceMeters, 0.01);
    }

    public AdjacencyGraph build(List<Village> villages) {
        int n = villages.size();
        Envelope all = new Envelope();
        for (Village v : villages) {
            if (v.geometry() != null && !v.geometry().isEmpty()) {
                all.expandToInclude(v.geometry().getEnvelopeInternal());
            }
        }
        LocalProjection projection = LocalProjection.centredOn(all);
        double[][] segments = new double[n][];
        boolean[] isPoint = new boolean[n];
        double[] cx = new double[n];
        double[] cy = new double[n];
        double[] area = new double[n];
        Envelope[] envelopes = new Envelope[n];
        STRtree tree = new STRtree();
        boolean anyPoint = false;
        for (int i = 0; i < n; i++) {
            Geometry g = villages.get(i).geometry();
            cx[i] = Double.NaN;
            cy[i] = Double.NaN;
            if (g == null || g.isEmpty()) {
                continue;
            }
            Geometry m = projection.toMeters(g);
            Coordinate c = (m instanceof Polygonal ? m.getInteriorPoint() : m.getCentroid()).getCoordinate();
            cx[i] = c.x;
            cy[i] = c.y;
            if (m instanceof Polygonal) {
                area[i] = m.getArea();
                segments[i] = SharedBorder.segments(m);
                envelopes[i] = m.getEnvelopeInternal();
                Envelope grown = new Envelope(envelopes[i]);
                grown.expandBy(snapToleranceMeters);
                tree.insert(grown, i);
            } else if (m instanceof Point || m instanceof MultiPoint) {
                isPoint[i] = true;
                anyPoint = true;
            }
        }
        EdgeList edges = new EdgeList();
        double minShared = effectiveMinSharedBorderMeters();
        for (int i = 0; i < n; i++) {
            if (envelopes[i] == null) {
                continue;
            }
            @SuppressWarnings("unchecked")
            List<Integer> candidates = tree.query(envelopes[i]);
            for (int j : candidates) {
                if (j <= i) {
                    continue;
                }
                double shared = SharedBorder.lengthMeters(segments[i], segments[j], snapToleranceMeters);
                if (shared > minShared) {
                    edges.add(i, j, shared, Math.hypot(cx[i] - cx[j], cy[i] - cy[j]));
                }
            }
        }
        if (anyPoint) {
            addDelaunayEdges(isPoint, cx, cy, edges);
        }
        List<String> codes = villages.stream().map(Village::code).toList();
        return edges.toGraph(codes, cx, cy, area);
    }

    private void addDelaunayEdges(boolean[] isPoint, double[] cx, double[] cy, EdgeList edges) {
        Map<Coordinate, Integer> first = new HashMap<>();
        List<Coordinate> sites = new ArrayList<>();
        for (int i = 0; i < cx.length; i++) {
            if (Double.isNaN(cx[i])) {
                continue;
            }
            Coordinate c = new Coordinate(cx[i], cy[i]);
            Integer earlier = first.putIfAbsent(c, i);
            if (earlier == null) {
                sites.add(c);
            } else if (isPoint[i] || isPoint[earlier]) {
                // Two villages at the same spot: neighbours at distance 0 rather than one of them lost.
                edges.add(earlier, i, 0, 0);
            }
        }
        if (sites.size() < 2) {
            return;
        }
        GeometryFactory gf = new GeometryFactory();
        DelaunayTriangulationBuilder dtb = new DelaunayTriangulationBuilder();
        dtb.setSites(sites);
        Geometry lines = dtb.getEdges(gf);
        for (int k = 0; k < lines.getNumGeometries(); k++) {
            Coordinate[] cs = lines.getGeometryN(k).getCoordinates();
            Integer a = first.get(cs[0]);
            Integer b = first.get(cs[cs.length - 1]);
            if (a == null || b == null || a.equals(b) || !(isPoint[a] || isPoint[b])) {
                continue;
            }
            double d = cs[0].distance(cs[cs.length - 1]);
            if (d <= maxPointDistanceMeters) {
                edges.add(Math.min(a, b), Math.max(a, b), 0, d);
            }
        }
    }

    /** Undirected edges collected during the build, turned into compressed rows at the end. */
    private static final class EdgeList {
        private int[] from = new int[64];
        private int[] to = new int[64];
        private double[] border = new double[64];
        private double[] dist = new double[64];
        private int count;

        void add(int a, int b, double shared, double d) {
            if (count == from.length) {
                from = Arrays.copyOf(from, count * 2);
                to = Arrays.copyOf(to, count * 2);
                border = Arrays.copyOf(border, count * 2);
                dist = Arrays.copyOf(dist, count * 2);
            }
            from[count] = a;
            to[count] = b;
            border[count] = shared;
            dist[count] = d;
            count++;
        }

        AdjacencyGraph toGraph(List<String> codes, double[] cx, double[] cy, double[] area) {
            int n = codes.size();
            // Duplicate pairs (a point edge found twice) keep the first figure.
            Map<Long, Integer> seen = new HashMap<>();
            int[] degree = new int[n];
            boolean[] keep = new boolean[count];
            for (int e = 0; e < count; e++) {
                long key = (long) from[e] * n + to[e];
                if (seen.putIfAbsent(key, e) == null) {
                    keep[e] = true;
                    degree[from[e]]++;
                    degree[to[e]]++;
                }
            }
            int[] offsets = new int[n + 1];
            for (int i = 0; i < n; i++) {
                offsets[i + 1] = offsets[i] + degree[i];
            }
            int[] fill = Arrays.copyOf(offsets, n);
            long[] packed = new long[offsets[n]];
            double[][] figures = new double[offsets[n]][];
            int[] targets = new int[offsets[n]];
            double[] b = new double[offsets[n]];
            double[] d = new double[offsets[n]];
            for (int e = 0; e < count; e++) {
                if (keep[e]) {
                    targets[fill[from[e]]] = to[e];
                    b[fill[from[e]]] = border[e];
                    d[fill[from[e]]++] = dist[e];
                    targets[fill[to[e]]] = from[e];
                    b[fill[to[e]]] = border[e];
                    d[fill[to[e]]++] = dist[e];
                }
            }
            // Sort each row by target so that lookups can bisect.
            for (int i = 0; i < n; i++) {
                int lo = offsets[i], hi = offsets[i + 1];
                for (int k = lo; k < hi; k++) {
                    packed[k] = ((long) targets[k] << 32) | (k - lo);
                    figures[k] = new double[] {b[k], d[k]};
                }
                Arrays.sort(packed, lo, hi);
                double[][] row = Arrays.copyOfRange(figures, lo, hi);
                for (int k = lo; k < hi; k++) {
                    int orig = (int) (packed[k] & 0xffffffffL);
                    targets[k] = (int) (packed[k] >>> 32);
                    b[k] = row[orig][0];
                    d[k] = row[orig][1];
                }
            }
            return new AdjacencyGraph(codes, offsets, targets, b, d, cx, cy, area);
        }
    }
}
