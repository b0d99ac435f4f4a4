package org.villageplanner.importer;

import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.MultiPoint;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.Polygonal;
import org.locationtech.jts.geom.util.PolygonExtracter;
import org.locationtech.jts.geom.util.GeometryFixer;

/**
 * Makes a village geometry usable: invalid polygons (self-intersecting rings, wrong nesting, spikes) are fixed with
 * JTS's {@link GeometryFixer}, keeping only the areal part; a one-point MultiPoint becomes a Point. Returns null
 * when nothing usable is left, so that the caller can report the feature.
 */
final class GeometryRepair {
    private GeometryRepair() {
    }

    /** The result and whether it had to be changed. */
    record Result(Geometry geometry, boolean repaired) {
    }

    static Result repair(Geometry g) {
        if (g == null) {
            return new Result(null, false);
        }
        if (g instanceof MultiPoint mp && mp.getNumGeometries() == 1) {
            return new Result(mp.getGeometryN(0), false);
        }
        if (g instanceof Point) {
            return new Result(g, false);
        }
        if (!(g instanceof Polygonal) || g.isEmpty()) {
            return new Result(null, false);
        }
        if (g.isValid()) {
            return new Result(g, false);
        }
        Geometry fixed = GeometryFixer.fix(g);
        List<Polygon> polygons = new ArrayList<>();
        PolygonExtracter.getPolygons(fixed, polygons);
        polygons.removeIf(Geometry::isEmpty);
        if (polygons.isEmpty()) {
            return new Result(null, true);
        }
        Geometry out = polygons.size() == 1 ? polygons.get(0)
                : g.getFactory().createMultiPolygon(polygons.toArray(Polygon[]::new));
        return new Result(out, true);
    }
}
