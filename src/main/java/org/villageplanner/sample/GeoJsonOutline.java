package org.villageplanner.sample;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import org.villageplanner.domain.PlannerException;

/**
 * Reads the (Multi)Polygon of the first feature of a GeoJSON file such as {@code maps/cixi_outline_wgs84.geojson}.
 * Deliberately tiny: it scans for the first {@code "coordinates"} member and parses its nested arrays, which is
 * all the bundled outlines need (general GeoJSON import lives in {@code importer}).
 */
public final class GeoJsonOutline {
    private final String text;
    private int pos;

    private GeoJsonOutline(String text) {
        this.text = text;
    }

    /** The outline as a JTS geometry in the file's lon/lat; a clear error naming the file when it has none. */
    public static Geometry read(Path file, GeometryFactory factory) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new PlannerException(e, "sample.file.unreadable", file, e.getMessage());
        }
        int at = text.indexOf("\"coordinates\"");
        if (at < 0) {
            throw new PlannerException("sample.outline.noGeometry", file);
        }
        GeoJsonOutline p = new GeoJsonOutline(text);
        p.pos = text.indexOf('[', at);
        try {
            Object nested = p.value();
            return toGeometry(nested, factory);
        } catch (RuntimeException e) {
            throw new PlannerException(e, "sample.outline.noGeometry", file);
        }
    }

    private Object value() {
        skipSpace();
        if (text.charAt(pos) == '[') {
            pos++;
            List<Object> items = new ArrayList<>();
            skipSpace();
            if (text.charAt(pos) == ']') {
                pos++;
                return items;
            }
            while (true) {
                items.add(value());
                skipSpace();
                char c = text.charAt(pos++);
                if (c == ']') {
                    return items;
                }
                if (c != ',') {
                    throw new IllegalStateException("expected , or ] at " + pos);
                }
            }
        }
        int start = pos;
        while (pos < text.length() && "+-0123456789.eE".indexOf(text.charAt(pos)) >= 0) {
            pos++;
        }
        return Double.parseDouble(text.substring(start, pos));
    }

    private void skipSpace() {
        while (Character.isWhitespace(text.charAt(pos))) {
            pos++;
        }
    }

    @SuppressWarnings("unchecked")
    private static Geometry toGeometry(Object nested, GeometryFactory f) {
        List<Object> top = (List<Object>) nested;
        int depth = 0;
        for (Object o = nested; o instanceof List<?> l && !l.isEmpty(); o = l.get(0)) {
            depth++;
        }
        List<List<Object>> polygons = new ArrayList<>();
        if (depth == 3) {
            polygons.add(top);
        } else if (depth == 4) {
            top.forEach(p -> polygons.add((List<Object>) p));
        } else {
            throw new IllegalStateException("not a polygon or multipolygon");
        }
        Polygon[] out = new Polygon[polygons.size()];
        for (int i = 0; i < out.length; i++) {
            List<Object> rings = polygons.get(i);
            LinearRing shell = ring(rings.get(0), f);
            LinearRing[] holes = new LinearRing[rings.size() - 1];
            for (int h = 1; h < rings.size(); h++) {
                holes[h - 1] = ring(rings.get(h), f);
            }
            out[i] = f.createPolygon(shell, holes);
        }
        return out.length == 1 ? out[0] : f.createMultiPolygon(out);
    }

    @SuppressWarnings("unchecked")
    private static LinearRing ring(Object o, GeometryFactory f) {
        List<Object> pts = (List<Object>) o;
        Coordinate[] cs = new Coordinate[pts.size()];
        for (int i = 0; i < cs.length; i++) {
            List<Object> xy = (List<Object>) pts.get(i);
            cs[i] = new Coordinate((Double) xy.get(0), (Double) xy.get(1));
        }
        return f.createLinearRing(cs);
    }
}
