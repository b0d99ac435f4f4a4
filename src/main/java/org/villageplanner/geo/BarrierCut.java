package org.villageplanner.geo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygonal;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.villageplanner.domain.Barrier;
import org.villageplanner.domain.Village;

/**
 * Cuts the neighbour links of an {@link AdjacencyGraph} that cross a barrier (a river, an expressway): two
 * villages stop being neighbours when their shared border intersects a barrier's lines or polygons.
 *
 * <p>Applied to a graph after it is built, so it works whatever builds adjacency. The shared border of two
 * polygon villages is taken as the part of the first one's boundary that lies within the snapping tolerance of
 * the second (the same 5 m {@link AdjacencyGraphBuilder} uses to absorb digitising gaps); for point villages it
 * is the straight segment between them. A barrier counts as on the border when it comes within a reach (default
 * 25 m) of it, because rivers and roads are digitised apart from village boundaries; but not when it comes near
 * only within twice the reach of the border's ends: a river along the border between two banks meets the ends
 * of the borders between villages on the same bank, and those links stay. A road crossing exactly at a
 * three-village corner therefore cuts nothing; mark the villages' own border with the road where it matters.
 *
 * <p>Only pairs whose envelopes meet a barrier's envelope are measured; each barrier is prepared once. Pure and
 * stateless; the result is immutable.
 */
public final class BarrierCut {
    private static final GeometryFactory FACTORY = new GeometryFactory();
    private static final double METERS_PER_DEGREE = 111_320;
    /** Default reach: a barrier within 25 m of a shared border cuts it. */
    public static final double DEFAULT_REACH_METERS = 25;

    private BarrierCut() {
    }

    /** A neighbour link removed by the barriers named (in the order given). Codes in graph order. */
    public record Link(String a, String b, List<String> barriers) {
        public Link {
            barriers = List.copyOf(barriers);
        }
    }

    /** The cut graph and the links that were removed from the original. */
    public record Result(AdjacencyGraph graph, List<Link> cut) {
        public Result {
            cut = List.copyOf(cut);
        }

        /** The graph as built, when there is nothing to cut. */
        public static Result uncut(AdjacencyGraph graph) {
            return new Result(graph, List.of());
        }
    }

    /**
     * @param graph     the adjacency graph built from {@code villages} (same order)
     * @param villages  the villages, geometry in EPSG:4326
     * @param barriers  barrier layers, geometry in EPSG:4326
     * @param toleranceMeters how far apart two borders may lie and still be one shared border
     */
    public static Result apply(AdjacencyGraph graph, List<Village> villages, List<Barrier> barriers,
                               double toleranceMeters) {
        return apply(graph, villages, barriers, toleranceMeters, DEFAULT_REACH_METERS);
    }

    /**
     * @param reachMeters how far from the shared border a barrier may run and still count as on it: a river
     *                    digitised apart from the village boundaries rarely lies exactly on them
     */
    public static Result apply(AdjacencyGraph graph, List<Village> villages, List<Barrier> barriers,
                               double toleranceMeters, double reachMeters) {
        if (barriers.isEmpty() || graph.edgeCount() == 0) {
            return Result.uncut(graph);
        }
        List<PreparedGeometry> prepared = new ArrayList<>();
        List<Envelope> envelopes = new ArrayList<>();
        for (Barrier b : barriers) {
            prepared.add(PreparedGeometryFactory.prepare(b.geometry()));
            envelopes.add(b.geometry().getEnvelopeInternal());
        }
        List<Link> cut = new ArrayList<>();
        boolean[][] keep = new boolean[graph.size()][];
        for (int i = 0; i < graph.size(); i++) {
            keep[i] = new boolean[graph.degree(i)];
            java.util.Arrays.fill(keep[i], true);
        }
        Map<Long, Boolean> decided = new HashMap<>();
        for (int i = 0; i < graph.size(); i++) {
            for (int k = 0; k < graph.degree(i); k++) {
                int j = graph.neighbour(i, k);
                long key = (long) Math.min(i, j) << 32 | Math.max(i, j);
                Boolean isCut = decided.get(key);
                if (isCut == null) {
                    List<String> names = crossing(villages.get(Math.min(i, j)), villages.get(Math.max(i, j)),
                            barriers, prepared, envelopes, toleranceMeters, reachMeters);
                    isCut = !names.isEmpty();
                    decided.put(key, isCut);
                    if (isCut) {
                        cut.add(new Link(graph.code(Math.min(i, j)), graph.code(Math.max(i, j)), names));
                    }
                }
                keep[i][k] = !isCut;
            }
        }
        return cut.isEmpty() ? Result.uncut(graph) : new Result(rebuild(graph, keep), cut);
    }

    private static List<String> crossing(Village va, Village vb, List<Barrier> barriers,
                                         List<PreparedGeometry> prepared, List<Envelope> envelopes,
                                         double toleranceMeters, double reachMeters) {
        Geometry ga = va.geometry();
        Geometry gb = vb.geometry();
        if (ga == null || gb == null || ga.isEmpty() || gb.isEmpty()) {
            return List.of();
        }
        // The shared border lies where the two envelopes (grown by the reach) overlap: a cheap first test.
        double grow = degrees(ga, reachMeters + toleranceMeters);
        Envelope ea = new Envelope(ga.getEnvelopeInternal());
        ea.expandBy(grow);
        Envelope eb = new Envelope(gb.getEnvelopeInternal());
        eb.expandBy(grow);
        boolean areas = ga instanceof Polygonal && gb instanceof Polygonal;
        Envelope pair = areas ? ea.intersection(eb) : union(ea, eb); // points: the segment between them
        if (pair.isNull()) {
            return List.of();
        }
        Geometry box = FACTORY.toGeometry(pair);
        List<String> names = new ArrayList<>();
        Geometry border = null;
        for (int t = 0; t < barriers.size(); t++) {
            if (!envelopes.get(t).intersects(pair) || !prepared.get(t).intersects(box)) {
                continue;
            }
            if (border == null) {
                border = zone(sharedBorder(ga, gb, box, toleranceMeters), degrees(ga, reachMeters));
                if (border.isEmpty()) {
                    return List.of();
                }
            }
            if (prepared.get(t).intersects(border)) {
                names.add(barriers.get(t).name());
            }
        }
        return names;
    }

    /**
     * The area within {@code reach} of the border, except near the border's ends: a river that runs along the
     * border between two rows of villages meets the ends of the borders across it (between villages on the same
     * bank) and must not cut those.
     */
    private static Geometry zone(Geometry border, double reach) {
        if (border.isEmpty()) {
            return border;
        }
        Geometry zone = border.buffer(reach, 2);
        Geometry ends = border.getBoundary();
        return ends.isEmpty() ? zone : zone.difference(ends.buffer(2 * reach, 4));
    }

    /** Part of a's boundary within the tolerance of b; for points, the segment between their centroids. */
    static Geometry sharedBorder(Geometry a, Geometry b, Geometry box, double toleranceMeters) {
        if (!(a instanceof Polygonal) || !(b instanceof Polygonal)) {
            Coordinate ca = a.getInteriorPoint().getCoordinate();
            Coordinate cb = b.getInteriorPoint().getCoordinate();
            return FACTORY.createLineString(new Coordinate[] {ca, cb});
        }
        // Only the boundaries inside the overlap box can be shared: clip first, then buffer the small piece.
        Geometry aLine = a.getBoundary().intersection(box);
        Geometry bLine = b.getBoundary().intersection(box);
        if (aLine.isEmpty() || bLine.isEmpty()) {
            return aLine.getFactory().createLineString();
        }
        return aLine.intersection(bLine.buffer(degrees(b, toleranceMeters), 2));
    }

    private static Envelope union(Envelope a, Envelope b) {
        Envelope e = new Envelope(a);
        e.expandToInclude(b);
        return e;
    }

    /** {@code meters} as degrees of longitude at the geometry's latitude (the larger of the two degree sizes). */
    private static double degrees(Geometry g, double meters) {
        double lat = g.getEnvelopeInternal().centre().y;
        return meters / (METERS_PER_DEGREE * Math.max(0.1, Math.cos(Math.toRadians(lat))));
    }

    private static AdjacencyGraph rebuild(AdjacencyGraph g, boolean[][] keep) {
        int n = g.size();
        int[] offsets = new int[n + 1];
        for (int i = 0; i < n; i++) {
            int kept = 0;
            for (boolean k : keep[i]) {
                kept += k ? 1 : 0;
            }
            offsets[i + 1] = offsets[i] + kept;
        }
        int m = offsets[n];
        int[] targets = new int[m];
        double[] border = new double[m];
        double[] distance = new double[m];
        double[] cx = new double[n];
        double[] cy = new double[n];
        double[] area = new double[n];
        for (int i = 0; i < n; i++) {
            cx[i] = g.centroidX(i);
            cy[i] = g.centroidY(i);
            area[i] = g.areaSquareMeters(i);
            int e = offsets[i];
            for (int k = 0; k < g.degree(i); k++) {
                if (keep[i][k]) {
                    targets[e] = g.neighbour(i, k);
                    border[e] = g.borderMeters(i, k);
                    distance[e] = g.distanceMeters(i, k);
                    e++;
                }
            }
        }
        return new AdjacencyGraph(g.codes(), offsets, targets, border, distance, cx, cy, area);
    }
}
