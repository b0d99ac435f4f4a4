package org.villageplanner.importer;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.prep.PreparedPolygon;
import org.villageplanner.domain.PlannerException;

/**
 * Reads the geometries of a {@code .shp} file (ESRI Shapefile Technical Description, 1998): Null, Point,
 * MultiPoint and Polygon shapes, with their Z and M variants (z and m are dropped). Polygon rings are grouped
 * by orientation as the format says — clockwise rings are shells, counter-clockwise rings are holes of the shell
 * that contains them; a file whose rings all run counter-clockwise (some writers ignore the rule) gets one
 * polygon per ring. PolyLine shapes are rejected naming the feature: villages are areas or points.
 */
final class ShpGeometries {
    static final int NULL = 0;
    private static final int HEADER = 100;

    private ShpGeometries() {
    }

    /** One geometry per record, null for a Null shape, in file order. */
    static List<Geometry> read(ByteBuffer shp, String file, GeometryFactory factory) {
        return read(shp, file, factory, false);
    }

    /** As {@link #read(ByteBuffer, String, GeometryFactory)}; {@code lines} also accepts PolyLine shapes. */
    static List<Geometry> read(ByteBuffer shp, String file, GeometryFactory factory, boolean lines) {
        ByteBuffer b = shp.duplicate();
        if (b.limit() < HEADER || b.order(ByteOrder.BIG_ENDIAN).getInt(0) != 9994) {
            throw new PlannerException("importer.shp.notShapefile", file);
        }
        List<Geometry> out = new ArrayList<>();
        int pos = HEADER;
        while (pos + 8 <= b.limit()) {
            b.order(ByteOrder.BIG_ENDIAN);
            long contentBytes = b.getInt(pos + 4) * 2L;
            int start = pos + 8;
            int row = out.size() + 1;
            if (contentBytes < 4 || start + contentBytes > b.limit()) {
                throw new PlannerException("importer.shp.truncated", file, row);
            }
            ByteBuffer record = b.slice(start, (int) contentBytes).order(ByteOrder.LITTLE_ENDIAN);
            try {
                out.add(shape(record, file, row, factory, lines));
            } catch (IndexOutOfBoundsException e) {
                throw new PlannerException(e, "importer.shp.truncated", file, row);
            }
            pos = start + (int) contentBytes;
        }
        return out;
    }

    private static Geometry shape(ByteBuffer r, String file, int row, GeometryFactory f, boolean lines) {
        int type = r.getInt(0);
        switch (type) {
            case NULL:
                return null;
            case 1, 11, 21:
                return f.createPoint(new Coordinate(r.getDouble(4), r.getDouble(12)));
            case 8, 18, 28: {
                int n = r.getInt(36);
                if (n < 1 || 40L + 16L * n > r.limit()) {
                    throw new PlannerException("importer.shp.truncated", file, row);
                }
                Coordinate[] pts = new Coordinate[n];
                for (int i = 0; i < n; i++) {
                    pts[i] = new Coordinate(r.getDouble(40 + 16 * i), r.getDouble(48 + 16 * i));
                }
                return n == 1 ? f.createPoint(pts[0]) : f.createMultiPointFromCoords(pts);
            }
            case 5, 15, 25:
                return polygon(r, file, row, f);
            case 3, 13, 23:
                if (lines) {
                    return polyline(r, file, row, f);
                }
                throw new PlannerException("importer.shp.unsupportedShape", file, row, type);
            default:
                throw new PlannerException("importer.shp.unsupportedShape", file, row, type);
        }
    }

    /** A PolyLine record: parts of two or more points; one part gives a LineString, more a MultiLineString. */
    private static Geometry polyline(ByteBuffer r, String file, int row, GeometryFactory f) {
        int parts = r.getInt(36);
        int points = r.getInt(40);
        if (parts < 1 || points < 0 || parts > points) {
            throw new PlannerException("importer.shp.truncated", file, row);
        }
        int pointsAt = 44 + 4 * parts;
        List<LineString> lines = new ArrayList<>();
        for (int p = 0; p < parts; p++) {
            int from = r.getInt(44 + 4 * p);
            int to = p + 1 < parts ? r.getInt(44 + 4 * (p + 1)) : points;
            if (from < 0 || to > points || to - from < 2) {
                throw new PlannerException("importer.shp.truncated", file, row);
            }
            Coordinate[] cs = new Coordinate[to - from];
            for (int i = from; i < to; i++) {
                cs[i - from] = new Coordinate(r.getDouble(pointsAt + 16 * i), r.getDouble(pointsAt + 16 * i + 8));
            }
            lines.add(f.createLineString(cs));
        }
        return lines.size() == 1 ? lines.get(0) : f.createMultiLineString(lines.toArray(LineString[]::new));
    }

    private static Geometry polygon(ByteBuffer r, String file, int row, GeometryFactory f) {
        int parts = r.getInt(36);
        int points = r.getInt(40);
        // Counts the record cannot hold are refused before anything is allocated for them.
        if (parts < 0 || points < 0 || parts > points || 44L + 4L * parts + 16L * points > r.limit()) {
            throw new PlannerException("importer.shp.truncated", file, row);
        }
        int pointsAt = 44 + 4 * parts;
        List<LinearRing> shells = new ArrayList<>();
        List<LinearRing> holes = new ArrayList<>();
        for (int p = 0; p < parts; p++) {
            int from = r.getInt(44 + 4 * p);
            int to = p + 1 < parts ? r.getInt(44 + 4 * (p + 1)) : points;
            if (from < 0 || to > points || to - from < 3) {
                throw new PlannerException("importer.shp.badRing", file, row, p, Math.max(0, to - from));
            }
            List<Coordinate> cs = new ArrayList<>(to - from + 1);
            for (int i = from; i < to; i++) {
                cs.add(new Coordinate(r.getDouble(pointsAt + 16 * i), r.getDouble(pointsAt + 16 * i + 8)));
            }
            if (!cs.get(0).equals2D(cs.get(cs.size() - 1))) {
                cs.add(new Coordinate(cs.get(0)));
            }
            if (cs.size() < 4) {
                throw new PlannerException("importer.shp.badRing", file, row, p, cs.size());
            }
            LinearRing ring;
            try {
                ring = f.createLinearRing(cs.toArray(Coordinate[]::new));
            } catch (IllegalArgumentException notClosed) { // NaN coordinates never close (found by bench fuzz)
                throw new PlannerException(notClosed, "importer.shp.badRing", file, row, p, cs.size());
            }
            (Orientation.isCCW(ring.getCoordinateSequence()) ? holes : shells).add(ring);
        }
        if (shells.isEmpty()) {
            shells.addAll(holes);
            holes.clear();
        }
        return assemble(shells, holes, f);
    }

    private static Geometry assemble(List<LinearRing> shells, List<LinearRing> holes, GeometryFactory f) {
        List<List<LinearRing>> holesOf = new ArrayList<>();
        List<PreparedPolygon> areas = new ArrayList<>();
        for (LinearRing s : shells) {
            holesOf.add(new ArrayList<>());
            areas.add(new PreparedPolygon(f.createPolygon(s)));
        }
        for (LinearRing h : holes) {
            int owner = 0;
            for (int i = 0; i < shells.size(); i++) {
                if (areas.get(i).getGeometry().getEnvelopeInternal().covers(h.getEnvelopeInternal())
                        && areas.get(i).covers(f.createPoint(h.getCoordinateN(0)))) {
                    owner = i;
                    break;
                }
            }
            holesOf.get(owner).add(h);
        }
        Polygon[] polygons = new Polygon[shells.size()];
        for (int i = 0; i < polygons.length; i++) {
            polygons[i] = f.createPolygon(shells.get(i), holesOf.get(i).toArray(LinearRing[]::new));
        }
        return polygons.length == 1 ? polygons[0] : f.createMultiPolygon(polygons);
    }
}
