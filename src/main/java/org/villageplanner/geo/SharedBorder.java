package org.villageplanner.geo;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;

/**
 * Length of the boundary two polygons share, tolerating slivers and small gaps: the part of A's boundary
 * that lies within {@code toleranceMeters} of B's boundary, measured on both sides and averaged.
 *
 * <p>Works on projected coordinates (metres); see {@link LocalProjection}. Because the tolerance is a band,
 * a point of A's boundary counts when it is within the tolerance of a segment of B that runs within 30° of
 * parallel and its perpendicular foot falls on that segment. So polygons meeting at a corner share
 * (almost) nothing and the ends of a border add nothing; {@link AdjacencyGraphBuilder} still requires a
 * minimum length. No buffers are built: each boundary segment is compared with the nearby segments of the
 * other polygon and its qualifying part is found in closed form (both conditions are linear along the
 * segment). Stateless and thread-safe.
 */
public final class SharedBorder {
    /** cos 30°: segments less parallel than this do not count as one border. */
    private static final double PARALLEL_COS = Math.cos(Math.toRadians(30));

    private SharedBorder() {
    }

    /** Shared border of two projected polygons (or multipolygons) in metres; 0 for anything else. */
    public static double lengthMeters(Geometry a, Geometry b, double toleranceMeters) {
        return lengthMeters(segments(a), segments(b), toleranceMeters);
    }

    /** As {@link #lengthMeters(Geometry, Geometry, double)} on boundaries given by {@link #segments}. */
    public static double lengthMeters(double[] segsA, double[] segsB, double toleranceMeters) {
        // Only segments near the other polygon can count; for detailed boundaries this keeps the pairwise
        // comparison to the few segments along the common border.
        double[] nearA = near(segsA, envelope(segsB), toleranceMeters);
        double[] nearB = near(segsB, envelope(segsA), toleranceMeters);
        if (nearA.length == 0 || nearB.length == 0) {
            return 0;
        }
        return (oneSide(nearA, nearB, toleranceMeters) + oneSide(nearB, nearA, toleranceMeters)) / 2;
    }

    /** The segments of {@code segs} whose envelope meets {@code env} grown by {@code tol}. */
    private static double[] near(double[] segs, Envelope env, double tol) {
        double[] out = new double[segs.length];
        int k = 0;
        for (int i = 0; i < segs.length; i += 4) {
            if (Math.max(segs[i], segs[i + 2]) >= env.getMinX() - tol
                    && Math.min(segs[i], segs[i + 2]) <= env.getMaxX() + tol
                    && Math.max(segs[i + 1], segs[i + 3]) >= env.getMinY() - tol
                    && Math.min(segs[i + 1], segs[i + 3]) <= env.getMaxY() + tol) {
                System.arraycopy(segs, i, out, k, 4);
                k += 4;
            }
        }
        return k == out.length ? out : Arrays.copyOf(out, k);
    }

    /**
     * The boundary segments of the polygonal parts of {@code g} as a flat array x1, y1, x2, y2, ...;
     * empty for points, lines and null.
     */
    public static double[] segments(Geometry g) {
        List<LineString> rings = new ArrayList<>();
        if (g != null) {
            for (int i = 0; i < g.getNumGeometries(); i++) {
                if (g.getGeometryN(i) instanceof Polygon p) {
                    rings.add(p.getExteriorRing());
                    for (int h = 0; h < p.getNumInteriorRing(); h++) {
                        rings.add(p.getInteriorRingN(h));
                    }
                }
            }
        }
        int n = 0;
        for (LineString r : rings) {
            n += Math.max(0, r.getNumPoints() - 1);
        }
        double[] out = new double[4 * n];
        int k = 0;
        for (LineString r : rings) {
            Coordinate[] cs = r.getCoordinates();
            for (int i = 0; i + 1 < cs.length; i++) {
                out[k++] = cs[i].x;
                out[k++] = cs[i].y;
                out[k++] = cs[i + 1].x;
                out[k++] = cs[i + 1].y;
            }
        }
        return out;
    }

    private static double oneSide(double[] a, double[] b, double tol) {
        Envelope envB = envelope(b);
        envB.expandBy(tol);
        double total = 0;
        double[] intervals = new double[16];
        for (int i = 0; i < a.length; i += 4) {
            double ax1 = a[i], ay1 = a[i + 1], ax2 = a[i + 2], ay2 = a[i + 3];
            if (Math.max(ax1, ax2) < envB.getMinX() || Math.min(ax1, ax2) > envB.getMaxX()
                    || Math.max(ay1, ay2) < envB.getMinY() || Math.min(ay1, ay2) > envB.getMaxY()) {
                continue;
            }
            int count = 0;
            for (int j = 0; j < b.length; j += 4) {
                double bx1 = b[j], by1 = b[j + 1], bx2 = b[j + 2], by2 = b[j + 3];
                if (Math.max(ax1, ax2) + tol < Math.min(bx1, bx2) || Math.min(ax1, ax2) - tol > Math.max(bx1, bx2)
                        || Math.max(ay1, ay2) + tol < Math.min(by1, by2)
                        || Math.min(ay1, ay2) - tol > Math.max(by1, by2)) {
                    continue;
                }
                double[] iv = interval(ax1, ay1, ax2, ay2, bx1, by1, bx2, by2, tol);
                if (iv != null) {
                    if (count + 2 > intervals.length) {
                        intervals = Arrays.copyOf(intervals, intervals.length * 2);
                    }
                    intervals[count++] = iv[0];
                    intervals[count++] = iv[1];
                }
            }
            if (count > 0) {
                total += unionLength(intervals, count) * Math.hypot(ax2 - ax1, ay2 - ay1);
            }
        }
        return total;
    }

    /**
     * The parameter interval [lo, hi] ⊂ [0, 1] of segment P whose points lie within tol of segment Q and
     * whose perpendicular foot falls on Q, when P and Q are within 30° of parallel; else null. The foot and
     * angle conditions keep the ends of a shared border and corners from adding a tolerance's worth each.
     */
    private static double[] interval(double px1, double py1, double px2, double py2,
                                     double qx1, double qy1, double qx2, double qy2, double tol) {
        double dx = px2 - px1, dy = py2 - py1;
        double ex = qx2 - qx1, ey = qy2 - qy1;
        double lenP = Math.hypot(dx, dy), lenQ = Math.hypot(ex, ey);
        if (lenP == 0 || lenQ == 0 || Math.abs(dx * ex + dy * ey) < PARALLEL_COS * lenP * lenQ) {
            return null;
        }
        // Along P(u) = P1 + u·D, both the foot parameter on Q and the signed offset from Q's line are linear in u.
        double v0 = ((px1 - qx1) * ex + (py1 - qy1) * ey) / (lenQ * lenQ);
        double vd = (dx * ex + dy * ey) / (lenQ * lenQ);
        double h0 = ((px1 - qx1) * ey - (py1 - qy1) * ex) / lenQ;
        double hd = (dx * ey - dy * ex) / lenQ;
        double[] iv = {0, 1};
        if (!clip(iv, v0, vd, 0, 1) || !clip(iv, h0, hd, -tol, tol)) {
            return null;
        }
        return iv;
    }

    /** Narrows iv to the u where lo ≤ a + b·u ≤ hi; false when nothing is left. */
    private static boolean clip(double[] iv, double a, double b, double lo, double hi) {
        if (Math.abs(b) < 1e-15) {
            return a >= lo && a <= hi && iv[0] <= iv[1];
        }
        double u1 = (lo - a) / b, u2 = (hi - a) / b;
        iv[0] = Math.max(iv[0], Math.min(u1, u2));
        iv[1] = Math.min(iv[1], Math.max(u1, u2));
        return iv[1] > iv[0];
    }

    private static double unionLength(double[] iv, int count) {
        int n = count / 2;
        if (n == 1) {
            return iv[1] - iv[0];
        }
        double[][] pairs = new double[n][];
        for (int i = 0; i < n; i++) {
            pairs[i] = new double[] {iv[2 * i], iv[2 * i + 1]};
        }
        Arrays.sort(pairs, (p, q) -> Double.compare(p[0], q[0]));
        double total = 0, lo = pairs[0][0], hi = pairs[0][1];
        for (int i = 1; i < n; i++) {
            if (pairs[i][0] > hi) {
                total += hi - lo;
                lo = pairs[i][0];
                hi = pairs[i][1];
            } else {
                hi = Math.max(hi, pairs[i][1]);
            }
        }
        return total + hi - lo;
    }

    private static Envelope envelope(double[] segs) {
        Envelope e = new Envelope();
        for (int i = 0; i < segs.length; i += 2) {
            e.expandToInclude(segs[i], segs[i + 1]);
        }
        return e;
    }
}
