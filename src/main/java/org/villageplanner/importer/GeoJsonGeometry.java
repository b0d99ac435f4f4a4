package org.villageplanner.importer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.MultiPoint;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.villageplanner.domain.PlannerException;

/**
 * GeoJSON geometry objects ↔ JTS, for the types villages can have: Point, MultiPoint, Polygon, MultiPolygon.
 * Only x and y are kept (a z value is dropped). A ring that is not closed is closed, as GDAL does; a ring with
 * fewer than three distinct points is an error. Errors name the file, the feature and the coordinate path.
 * Stateless and thread-safe.
 */
final class GeoJsonGeometry {
    private final GeometryFactory factory;

    GeoJsonGeometry(GeometryFactory factory) {
        this.factory = factory;
    }

    /** The geometry of {@code node}, or null for a JSON null (an attribute-only feature). */
    Geometry read(JsonNode node, String file, int feature) {
        return read(node, file, feature, false);
    }

    /** As {@link #read(JsonNode, String, int)}; {@code lines} also accepts LineString and MultiLineString. */
    Geometry read(JsonNode node, String file, int feature, boolean lines) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isObject() || !node.path("type").isTextual()) {
            throw new PlannerException("importer.geojson.badGeometry", file, feature,
                    JsonObjectReader.describe(node));
        }
        String type = node.get("type").textValue();
        JsonNode c = node.get("coordinates");
        Place at = new Place(file, feature);
        return switch (type) {
            case "Point" -> factory.createPoint(coordinate(c, at, "coordinates"));
            case "MultiPoint" -> factory.createMultiPoint(points(array(c, at, "coordinates"), at));
            case "Polygon" -> polygon(c, at, "coordinates");
            case "MultiPolygon" -> {
                JsonNode parts = array(c, at, "coordinates");
                Polygon[] polygons = new Polygon[parts.size()];
                for (int i = 0; i < polygons.length; i++) {
                    polygons[i] = polygon(parts.get(i), at, "coordinates[" + i + "]");
                }
                yield factory.createMultiPolygon(polygons);
            }
            case "LineString" -> {
                if (!lines) {
                    throw new PlannerException("importer.geojson.unsupportedGeometry", file, feature, type);
                }
                yield line(c, at, "coordinates");
            }
            case "MultiLineString" -> {
                if (!lines) {
                    throw new PlannerException("importer.geojson.unsupportedGeometry", file, feature, type);
                }
                JsonNode parts = array(c, at, "coordinates");
                LineString[] ls = new LineString[parts.size()];
                for (int i = 0; i < ls.length; i++) {
                    ls[i] = line(parts.get(i), at, "coordinates[" + i + "]");
                }
                yield factory.createMultiLineString(ls);
            }
            default -> throw new PlannerException("importer.geojson.unsupportedGeometry", file, feature, type);
        };
    }

    private LineString line(JsonNode node, Place at, String path) {
        array(node, at, path);
        Coordinate[] cs = new Coordinate[node.size()];
        for (int i = 0; i < cs.length; i++) {
            cs[i] = coordinate(node.get(i), at, path + "[" + i + "]");
        }
        if (cs.length < 2) {
            throw new PlannerException("importer.geojson.badCoordinates", at.file(), at.feature(), path,
                    JsonObjectReader.describe(node));
        }
        return factory.createLineString(cs);
    }

    private record Place(String file, int feature) {
    }

    private Point[] points(JsonNode array, Place at) {
        Point[] out = new Point[array.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = factory.createPoint(coordinate(array.get(i), at, "coordinates[" + i + "]"));
        }
        return out;
    }

    private Polygon polygon(JsonNode rings, Place at, String path) {
        array(rings, at, path);
        if (rings.isEmpty()) {
            return factory.createPolygon();
        }
        LinearRing shell = ring(rings.get(0), at, path + "[0]");
        LinearRing[] holes = new LinearRing[rings.size() - 1];
        for (int i = 1; i < rings.size(); i++) {
            holes[i - 1] = ring(rings.get(i), at, path + "[" + i + "]");
        }
        return factory.createPolygon(shell, holes);
    }

    private LinearRing ring(JsonNode node, Place at, String path) {
        array(node, at, path);
        int n = node.size();
        Coordinate[] read = new Coordinate[n];
        for (int i = 0; i < n; i++) {
            read[i] = coordinate(node.get(i), at, path + "[" + i + "]");
        }
        Coordinate[] closed = read;
        if (n > 0 && !read[0].equals2D(read[n - 1])) {
            closed = java.util.Arrays.copyOf(read, n + 1);
            closed[n] = new Coordinate(read[0]);
        }
        if (closed.length < 4) {
            throw new PlannerException("importer.geojson.shortRing", at.file(), at.feature(), path, n);
        }
        return factory.createLinearRing(closed);
    }

    private static JsonNode array(JsonNode node, Place at, String path) {
        if (node == null || !node.isArray()) {
            throw new PlannerException("importer.geojson.badCoordinates", at.file(), at.feature(), path,
                    JsonObjectReader.describe(node));
        }
        return node;
    }

    private static Coordinate coordinate(JsonNode node, Place at, String path) {
        if (node == null || !node.isArray() || node.size() < 2 || !node.get(0).isNumber()
                || !node.get(1).isNumber()) {
            throw new PlannerException("importer.geojson.badCoordinates", at.file(), at.feature(), path,
                    JsonObjectReader.describe(node));
        }
        double x = node.get(0).doubleValue();
        double y = node.get(1).doubleValue();
        if (!Double.isFinite(x) || !Double.isFinite(y)) {
            throw new PlannerException("importer.geojson.badCoordinates", at.file(), at.feature(), path,
                    JsonObjectReader.describe(node));
        }
        return new Coordinate(x, y);
    }

    /** The GeoJSON object of {@code g} (Point, MultiPoint, Polygon, MultiPolygon or null). */
    static JsonNode write(Geometry g) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        if (g == null) {
            return f.nullNode();
        }
        ObjectNode o = f.objectNode();
        o.put("type", g.getGeometryType());
        if (g instanceof Point p) {
            position(o.putArray("coordinates"), p.getCoordinate());
        } else if (g instanceof MultiPoint mp) {
            ArrayNode a = o.putArray("coordinates");
            for (Coordinate c : mp.getCoordinates()) {
                position(a.addArray(), c);
            }
        } else if (g instanceof Polygon p) {
            polygon(o.putArray("coordinates"), p);
        } else if (g instanceof MultiPolygon mp) {
            ArrayNode a = o.putArray("coordinates");
            for (int i = 0; i < mp.getNumGeometries(); i++) {
                polygon(a.addArray(), (Polygon) mp.getGeometryN(i));
            }
        } else {
            throw new IllegalArgumentException("villages are points or polygons, not " + g.getGeometryType());
        }
        return o;
    }

    private static void polygon(ArrayNode a, Polygon p) {
        if (p.isEmpty()) {
            return;
        }
        ring(a.addArray(), p.getExteriorRing(), true);
        for (int i = 0; i < p.getNumInteriorRing(); i++) {
            ring(a.addArray(), p.getInteriorRingN(i), false);
        }
    }

    /** RFC 7946 §3.1.6: exterior rings counter-clockwise, holes clockwise. */
    private static void ring(ArrayNode a, LineString ring, boolean exterior) {
        Coordinate[] cs = ring.getCoordinates();
        if (org.locationtech.jts.algorithm.Orientation.isCCW(cs) != exterior) {
            cs = cs.clone();
            java.util.Collections.reverse(java.util.Arrays.asList(cs));
        }
        for (Coordinate c : cs) {
            position(a.addArray(), c);
        }
    }

    private static void position(ArrayNode a, Coordinate c) {
        a.add(c.x);
        a.add(c.y);
    }
}
