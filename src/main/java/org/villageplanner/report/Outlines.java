package org.villageplanner.report;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.coverage.CoverageUnion;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygonal;
import org.locationtech.jts.geom.TopologyException;
import org.locationtech.jts.operation.union.UnaryUnionOp;

/**
 * Dissolves a cluster's member outlines for the plan's maps, and remembers the last few thousand results across
 * exports: a planner exports the same plan again and again, and the village geometries of an open project are
 * the same objects each time (the key compares them by identity, so an edited village is dissolved afresh).
 *
 * <p>Village polygons of a layer normally form a coverage (neighbours share their border vertex for vertex); such
 * a set is dissolved by dropping the shared edges ({@link CoverageUnion}), several times cheaper than a general
 * overlay union. The result is used only if it is a valid polygon of the same area as its parts together;
 * otherwise (gaps, overlaps or slivers in digitised data) the general union does it, as before. Thread-safe.
 */
final class Outlines {
    private static final int CACHED = 4_096;
    private static final Map<Key, Geometry> CACHE = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, Geometry> eldest) {
            return size() > CACHED;
        }
    };

    private Outlines() {
    }

    /** The union of {@code parts} (not empty; geometries are never modified). */
    static Geometry dissolve(List<Geometry> parts) {
        Key key = new Key(parts.toArray(Geometry[]::new));
        synchronized (CACHE) {
            Geometry known = CACHE.get(key);
            if (known != null) {
                return known;
            }
        }
        Geometry union = coverageUnion(key.parts);
        if (union == null) {
            try {
                union = UnaryUnionOp.union(parts);
            } catch (TopologyException e) {
                // Slightly invalid village polygons (common in digitised data) still dissolve after buffer(0).
                union = UnaryUnionOp.union(parts.stream().map(g -> g.buffer(0)).toList());
            }
        }
        synchronized (CACHE) {
            CACHE.put(key, union);
        }
        return union;
    }

    /** The coverage union, or null when the parts are not polygons forming a clean coverage. */
    private static Geometry coverageUnion(Geometry[] parts) {
        double area = 0;
        for (Geometry g : parts) {
            if (!(g instanceof Polygonal)) {
                return null;
            }
            area += g.getArea();
        }
        try {
            Geometry u = CoverageUnion.union(parts);
            return u != null && u.isValid() && Math.abs(u.getArea() - area) <= 1e-9 * Math.max(area, 1e-30) ? u : null;
        } catch (RuntimeException e) {
            return null; // not a coverage: the general union decides
        }
    }

    /** The member geometries, compared by identity. */
    private static final class Key {
        final Geometry[] parts;
        private final int hash;

        Key(Geometry[] parts) {
            this.parts = parts;
            int h = 1;
            for (Geometry g : parts) {
                h = 31 * h + System.identityHashCode(g);
            }
            this.hash = h;
        }

        @Override
        public boolean equals(Object o) {
            if (!(o instanceof Key k) || k.parts.length != parts.length) {
                return false;
            }
            for (int i = 0; i < parts.length; i++) {
                if (k.parts[i] != parts[i]) {
                    return false;
                }
            }
            return true;
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }
}
