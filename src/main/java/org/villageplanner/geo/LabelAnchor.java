package org.villageplanner.geo;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.linearref.LengthIndexedLine;

/**
 * Where a reference layer's label goes: a point at its own place, a line at the middle of its longest part (by
 * length), a polygon at an interior point of its largest part. Shared by the map and the plan PDF. Pure.
 */
public final class LabelAnchor {
    private LabelAnchor() {
    }

    /** The anchor in the geometry's own coordinates, or null for a null or empty geometry. */
    public static Coordinate of(Geometry g) {
        if (g == null || g.isEmpty()) {
            return null;
        }
        Geometry best = g.getGeometryN(0);
        for (int i = 1; i < g.getNumGeometries(); i++) {
            Geometry p = g.getGeometryN(i);
            if (size(p) > size(best)) {
                best = p;
            }
        }
        return switch (best.getDimension()) {
            case 1 -> new LengthIndexedLine(best).extractPoint(best.getLength() / 2);
            case 2 -> best.getInteriorPoint().getCoordinate();
            default -> best.getCoordinate();
        };
    }

    private static double size(Geometry g) {
        return g.getDimension() == 2 ? g.getArea() : g.getLength();
    }
}
