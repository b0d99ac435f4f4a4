package org.villageplanner.importer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;
import org.villageplanner.domain.PlannerException;
import org.villageplanner.service.Feature;
import org.villageplanner.service.FeatureLayer;
import org.villageplanner.service.ReadOptions;

/**
 * Builds a layer from a table (CSV or spreadsheet): a WKT column ({@code wkt}, {@code geometry}, {@code geom}) or a
 * pair of coordinate columns ({@code lon}/{@code lat}, {@code longitude}/{@code latitude}, {@code 经度}/{@code 纬度},
 * {@code x}/{@code y}) become the geometry and leave the attribute columns; without them the rows are attributes
 * only (joined to a project's villages by code or name). Coordinates named lon/lat are taken as EPSG:4326;
 * x/y and WKT have no CRS unless {@code --crs} gives one. Bad coordinates name the row and column.
 */
final class TableLayer {
    private static final List<String> WKT = List.of("wkt", "geometry", "geom", "the_geom", "几何");
    private static final List<String> LON = List.of("lon", "lng", "longitude", "经度");
    private static final List<String> LAT = List.of("lat", "latitude", "纬度");

    private TableLayer() {
    }

    /** One data row: its number for messages (1 = first row after the header) and its cells. */
    record Row(int number, List<Object> cells) {
    }

    static FeatureLayer build(String path, String file, String name, List<String> header, List<Row> rows,
            ReadOptions options) {
        if (header.size() > MAX_COLUMNS) {
            // Excel's own limit; a damaged file can claim millions of columns (found by bench fuzz).
            throw new PlannerException("importer.table.tooManyColumns", file, header.size(), MAX_COLUMNS);
        }
        List<String> columns = uniqueColumns(header);
        int wkt = find(columns, WKT);
        int lon = find(columns, LON);
        int lat = find(columns, LAT);
        boolean degrees = lon >= 0 && lat >= 0;
        if (!degrees) {
            lon = find(columns, List.of("x"));
            lat = find(columns, List.of("y"));
        }
        boolean pair = lon >= 0 && lat >= 0 && wkt < 0;
        GeometryFactory factory = new GeometryFactory();
        WKTReader wktReader = new WKTReader(factory);
        List<Feature> features = new ArrayList<>(rows.size());
        List<String> attributeColumns = new ArrayList<>();
        for (int c = 0; c < columns.size(); c++) {
            if (c != wkt && !(pair && (c == lon || c == lat))) {
                attributeColumns.add(columns.get(c));
            }
        }
        for (Row row : rows) {
            List<Object> cells = row.cells();
            if (cells.size() > columns.size()) {
                throw new PlannerException("importer.table.tooManyCells", file, row.number(), cells.size(),
                        columns.size());
            }
            Map<String, Object> attributes = new LinkedHashMap<>();
            for (String c : attributeColumns) {
                int i = columns.indexOf(c);
                attributes.put(c, i < cells.size() ? cells.get(i) : null);
            }
            Geometry g = null;
            if (wkt >= 0) {
                g = wkt(cell(cells, wkt), wktReader, file, row.number(), columns.get(wkt));
            } else if (pair) {
                g = point(cells, lon, lat, columns, factory, file, row.number());
            }
            features.add(new Feature(row.number(), g, attributes));
        }
        String crs = options.crs() != null ? options.crs() : pair && degrees ? "EPSG:4326" : null;
        return new FeatureLayer(path, name, crs, attributeColumns, features);
    }

    private static Object cell(List<Object> cells, int i) {
        return i < cells.size() ? cells.get(i) : null;
    }

    private static Geometry wkt(Object value, WKTReader reader, String file, int row, String column) {
        if (value == null || value.toString().isBlank()) {
            return null;
        }
        try {
            return reader.read(value.toString());
        } catch (ParseException | IllegalArgumentException e) {
            throw new PlannerException(e, "importer.table.badWkt", file, row, column,
                    abbreviate(value.toString()));
        }
    }

    private static Geometry point(List<Object> cells, int lon, int lat, List<String> columns, GeometryFactory f,
            String file, int row) {
        Object x = cell(cells, lon);
        Object y = cell(cells, lat);
        boolean noX = x == null || x.toString().isBlank();
        boolean noY = y == null || y.toString().isBlank();
        if (noX && noY) {
            return null;
        }
        return f.createPoint(new Coordinate(coordinate(x, file, row, columns.get(lon)),
                coordinate(y, file, row, columns.get(lat))));
    }

    private static double coordinate(Object v, String file, int row, String column) {
        if (v instanceof Number n && Double.isFinite(n.doubleValue())) {
            return n.doubleValue();
        }
        try {
            double d = Double.parseDouble(v == null ? "" : VillageColumn.normalise(v.toString()));
            if (Double.isFinite(d)) {
                return d;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new PlannerException("importer.table.badCoordinate", file, row, column, String.valueOf(v));
    }

    private static int find(List<String> columns, List<String> names) {
        for (int i = 0; i < columns.size(); i++) {
            if (names.contains(VillageColumn.normalise(columns.get(i)))) {
                return i;
            }
        }
        return -1;
    }

    /** Characters of a header that are kept; longer ones are cut (see {@link #uniqueColumns}). */
    static final int MAX_HEADER = 200;

    /** Columns a table may have: Excel's limit (XFD). */
    static final int MAX_COLUMNS = 16_384;

    /** Blank headers become column_N, repeated ones get a _2, _3 suffix, so every value keeps a column. */
    static List<String> uniqueColumns(List<String> header) {
        List<String> out = new ArrayList<>();
        // Linear in the number of columns: a hostile file with thousands of equal headers took seconds when each
        // name was looked up in the list and each suffix search started again at _2 (found by bench fuzz).
        java.util.Set<String> taken = new java.util.HashSet<>();
        java.util.Map<String, Integer> nextSuffix = new java.util.HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            String h = header.get(i) == null ? "" : header.get(i).strip();
            if (h.length() > MAX_HEADER) {
                // No real header is this long; a damaged file can repeat megabytes of text in every cell.
                h = h.substring(0, MAX_HEADER);
            }
            String base = h.isEmpty() ? "column_" + (i + 1) : h;
            String candidate = base;
            // Suffixes below the one tried last for this base are taken already: the set only grows.
            for (int n = nextSuffix.getOrDefault(base, 2); taken.contains(candidate); n++) {
                candidate = base + "_" + n;
                nextSuffix.put(base, n + 1);
            }
            taken.add(candidate);
            out.add(candidate);
        }
        return out;
    }

    private static String abbreviate(String s) {
        return s.length() > 60 ? s.substring(0, 57) + "..." : s;
    }
}
