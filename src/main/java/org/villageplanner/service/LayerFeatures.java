package org.villageplanner.service;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Lineal;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.Polygonal;
import org.locationtech.jts.geom.Puntal;
import org.locationtech.jts.geom.Envelope;
import org.villageplanner.domain.Messages;
import org.villageplanner.domain.PlannerException;
import org.villageplanner.geo.Crs;
import org.villageplanner.geo.CrsTransform;
import org.villageplanner.service.LayerStyle.GeometryFamily;
import org.villageplanner.service.ReferenceLayerStore.FeatureLayerData;

/**
 * Turns a layer as read from a file into the rows of a reference-layer table: reprojected to the project's CRS
 * (EPSG:4326), single and multi geometries of one kind made multi so that the table has one declared type, and
 * each column given the SQL type its values need. Features without geometry are dropped (a reference layer is
 * for the map); a layer left with none is refused.
 */
final class LayerFeatures {
    private static final GeometryFactory FACTORY = new GeometryFactory();

    /** The prepared rows and the warnings (CRS assumed, features without geometry dropped). */
    record Prepared(FeatureLayerData data, GeometryFamily family, List<String> warnings) {
    }

    private LayerFeatures() {
    }

    /**
     * @param crs the CRS to assume ("EPSG:4549"), overriding the file's; null to use the file's
     * @throws PlannerException naming the file when its CRS is unknown, it holds no geometry, or coordinates
     *                          fall outside longitude/latitude after reprojection
     */
    static Prepared prepare(FeatureLayer layer, String crs, String file) {
        List<String> warnings = new ArrayList<>();
        List<Feature> withGeometry = layer.features().stream()
                .filter(f -> f.geometry() != null && !f.geometry().isEmpty()).toList();
        if (withGeometry.isEmpty()) {
            throw new PlannerException("layers.source.empty", file);
        }
        int dropped = layer.features().size() - withGeometry.size();
        if (dropped > 0) {
            warnings.add(Messages.get("layers.source.noGeometry", file, dropped));
        }
        CrsTransform transform = transform(withGeometry, crs != null ? crs : layer.crs(), file, warnings);
        GeometryFamily family = family(withGeometry);
        boolean multi = withGeometry.stream().anyMatch(f -> f.geometry().getNumGeometries() > 1
                || f.geometry().getGeometryType().startsWith("Multi"));
        List<String> columns = columnNames(layer.columns());
        List<Feature> out = new ArrayList<>();
        for (Feature f : withGeometry) {
            Geometry g = transform.apply(f.geometry());
            checkRange(g, file, f.row(), transform.source());
            if (multi && family != GeometryFamily.MIXED) {
                g = toMulti(g);
            }
            Map<String, Object> attrs = new LinkedHashMap<>();
            for (int i = 0; i < columns.size(); i++) {
                attrs.put(columns.get(i), f.attributes().get(layer.columns().get(i)));
            }
            out.add(new Feature(f.row(), g, attrs));
        }
        List<String> types = new ArrayList<>();
        for (String c : columns) {
            types.add(sqlType(out.stream().map(f -> f.attributes().get(c)).toList()));
        }
        return new Prepared(new FeatureLayerData(typeName(family, multi), columns, types, out), family, warnings);
    }

    private static CrsTransform transform(List<Feature> features, String declared, String file, List<String> warnings) {
        if (declared == null) {
            Envelope env = new Envelope();
            features.forEach(f -> env.expandToInclude(f.geometry().getEnvelopeInternal()));
            if (env.getMinX() >= -180 && env.getMaxX() <= 180 && env.getMinY() >= -90 && env.getMaxY() <= 90) {
                warnings.add(Messages.get("layers.source.crsAssumed", file));
                return CrsTransform.toWgs84(Crs.WGS84, file);
            }
        }
        return CrsTransform.toWgs84(Crs.epsgOf(declared, file), file);
    }

    private static void checkRange(Geometry g, String file, int row, int source) {
        for (Coordinate c : g.getCoordinates()) {
            if (!(c.x >= -180 && c.x <= 180 && c.y >= -90 && c.y <= 90)) {
                throw new PlannerException("layers.source.outOfRange", file, row, c.x, c.y, Crs.name(source));
            }
        }
    }

    static GeometryFamily family(List<Feature> features) {
        Set<GeometryFamily> seen = new LinkedHashSet<>();
        for (Feature f : features) {
            Geometry g = f.geometry();
            seen.add(g instanceof Puntal ? GeometryFamily.POINT : g instanceof Lineal ? GeometryFamily.LINE
                    : g instanceof Polygonal ? GeometryFamily.POLYGON : GeometryFamily.MIXED);
        }
        return seen.size() == 1 ? seen.iterator().next() : GeometryFamily.MIXED;
    }

    private static String typeName(GeometryFamily family, boolean multi) {
        String base = switch (family) {
            case POINT -> "POINT";
            case LINE -> "LINESTRING";
            case POLYGON -> "POLYGON";
            case MIXED -> "GEOMETRY";
        };
        return multi && family != GeometryFamily.MIXED ? "MULTI" + base : base;
    }

    private static Geometry toMulti(Geometry g) {
        if (g instanceof Point p) {
            return FACTORY.createMultiPoint(new Point[] {p});
        }
        if (g instanceof LineString l) {
            return FACTORY.createMultiLineString(new LineString[] {l});
        }
        if (g instanceof Polygon p) {
            return FACTORY.createMultiPolygon(new Polygon[] {p});
        }
        return g;
    }

    /** Column names safe for the table: no clash with fid/geom, none empty, no case-insensitive duplicates. */
    private static List<String> columnNames(List<String> columns) {
        Set<String> used = new LinkedHashSet<>(List.of("fid", "geom"));
        List<String> out = new ArrayList<>();
        for (String c : columns) {
            String base = c == null || c.isBlank() ? "field" : c.strip();
            String name = base;
            for (int n = 1; used.contains(name.toLowerCase(Locale.ROOT)); n++) {
                name = base + "_" + n;
            }
            used.add(name.toLowerCase(Locale.ROOT));
            out.add(name);
        }
        return out;
    }

    private static String sqlType(List<Object> values) {
        boolean anyLong = false;
        boolean anyDouble = false;
        boolean anyBool = false;
        boolean anyOther = false;
        for (Object v : values) {
            if (v instanceof Long || v instanceof Integer) {
                anyLong = true;
            } else if (v instanceof Double || v instanceof Float) {
                anyDouble = true;
            } else if (v instanceof Boolean) {
                anyBool = true;
            } else if (v != null) {
                anyOther = true;
            }
        }
        if (anyOther || (anyBool && (anyLong || anyDouble))) {
            return "TEXT";
        }
        if (anyDouble) {
            return "REAL";
        }
        if (anyLong) {
            return "INTEGER";
        }
        return anyBool ? "BOOLEAN" : "TEXT";
    }
}
