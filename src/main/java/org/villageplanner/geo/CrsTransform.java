package org.villageplanner.geo;

import org.locationtech.jts.geom.Geometry;
import org.locationtech.proj4j.CRSFactory;
import org.locationtech.proj4j.CoordinateReferenceSystem;
import org.locationtech.proj4j.CoordinateTransform;
import org.locationtech.proj4j.CoordinateTransformFactory;
import org.locationtech.proj4j.ProjCoordinate;
import org.locationtech.proj4j.Proj4jException;
import org.villageplanner.domain.PlannerException;

/**
 * Transforms coordinates between two EPSG coordinate systems with proj4j (definitions from proj4j-epsg), x/y in
 * the systems' traditional GIS order: longitude, latitude in degrees for geographic systems, easting, northing in
 * metres for projected ones. CGCS2000 (4490) and WGS 84 (4326) are treated as coincident, as GDAL does without a
 * grid (they differ by centimetres). Agrees with GDAL's {@code gdaltransform} to well under 1 cm for the
 * CGCS2000 Gauss–Krüger zones.
 *
 * <p>Not thread-safe (proj4j transforms keep scratch state): use one instance per thread.
 */
public final class CrsTransform {
    private static final CRSFactory CRS = new CRSFactory();
    private static final CoordinateTransformFactory TRANSFORMS = new CoordinateTransformFactory();

    private final int source;
    private final int target;
    private final CoordinateTransform transform;
    private final ProjCoordinate in = new ProjCoordinate();
    private final ProjCoordinate out = new ProjCoordinate();

    private CrsTransform(int source, int target, CoordinateTransform transform) {
        this.source = source;
        this.target = target;
        this.transform = transform;
    }

    /** From {@code sourceEpsg} to {@code targetEpsg}; {@code where} names the file for the message on an unknown code. */
    public static CrsTransform between(int sourceEpsg, int targetEpsg, String where) {
        if (sourceEpsg == targetEpsg || coincident(sourceEpsg) && coincident(targetEpsg)) {
            return new CrsTransform(sourceEpsg, targetEpsg, null);
        }
        return new CrsTransform(sourceEpsg, targetEpsg,
                TRANSFORMS.createTransform(system(sourceEpsg, where), system(targetEpsg, where)));
    }

    /** To EPSG:4326 longitude/latitude. */
    public static CrsTransform toWgs84(int sourceEpsg, String where) {
        return between(sourceEpsg, Crs.WGS84, where);
    }

    /** True when {@code epsg} is a longitude/latitude system. */
    public static boolean isGeographic(int epsg, String where) {
        return system(epsg, where).getProjection() instanceof org.locationtech.proj4j.proj.LongLatProjection;
    }

    private static boolean coincident(int epsg) {
        return epsg == Crs.WGS84 || epsg == Crs.CGCS2000;
    }

    private static CoordinateReferenceSystem system(int epsg, String where) {
        CoordinateReferenceSystem crs;
        try {
            crs = CRS.createFromName(Crs.name(epsg));
        } catch (Proj4jException e) {
            throw new PlannerException(e, "crs.unknownCode", where, epsg);
        }
        if (crs == null) {
            throw new PlannerException("crs.unknownCode", where, epsg);
        }
        return crs;
    }

    public int source() {
        return source;
    }

    public boolean isIdentity() {
        return transform == null;
    }

    /** The transformed {x, y}. */
    public double[] apply(double x, double y) {
        if (transform == null) {
            return new double[] {x, y};
        }
        in.x = x;
        in.y = y;
        transform.transform(in, out);
        return new double[] {out.x, out.y};
    }

    /** A transformed copy of {@code g} with SRID set to the target code; {@code g} is not changed. */
    public Geometry apply(Geometry g) {
        Geometry copy = transform == null ? g.copy() : XyTransform.copy(g, (x, y, xy) -> {
            in.x = x;
            in.y = y;
            transform.transform(in, out);
            xy[0] = out.x;
            xy[1] = out.y;
        });
        copy.setSRID(target);
        return copy;
    }
}
