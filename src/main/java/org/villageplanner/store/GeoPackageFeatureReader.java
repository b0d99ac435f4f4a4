package org.villageplanner.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.villageplanner.domain.PlannerException;
import org.villageplanner.service.Feature;
import org.villageplanner.service.FeatureLayer;
import org.villageplanner.service.FeatureReader;
import org.villageplanner.service.ReadOptions;

/**
 * Reads a layer of any GeoPackage (QGIS, ogr2ogr, ArcGIS, our own project files) as raw features for import: the
 * geometry in the layer's own CRS (GP header + standard or ISO/extended WKB), every attribute column except the
 * primary key, geometry and BLOBs (values as Long, Double, String or Boolean), and the CRS as "EPSG:N" when the
 * SRS row names an EPSG code, else its definition WKT, or null for the undefined SRS (0 / -1).
 * Errors name the file, the layer, the feature and the field. Stateless and thread safe.
 */
public final class GeoPackageFeatureReader implements FeatureReader {
    @Override
    public boolean accepts(Path file) {
        return FeatureReader.hasExtension(file, ".gpkg");
    }

    /** Feature layers first, then attribute tables, each in the order of {@code gpkg_contents}. */
    @Override
    public List<String> layers(Path file) {
        GeoPackageRepository.checkSqlite(file);
        try (Connection c = GeoPackageRepository.open(file, true)) {
            GeoPackageRepository.requireGeoPackage(c, file);
            return layerNames(c);
        } catch (SQLException e) {
            throw new PlannerException(e, "store.file.unreadable", file, e.getMessage());
        }
    }

    private static List<String> layerNames(Connection c) throws SQLException {
        List<String> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT \"table_name\" FROM \"gpkg_contents\""
                + " WHERE \"data_type\" IN ('features', 'attributes')"
                + " ORDER BY CASE \"data_type\" WHEN 'features' THEN 0 ELSE 1 END, rowid");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }

    @Override
    public FeatureLayer read(Path file, ReadOptions options) {
        GeoPackageRepository.checkSqlite(file);
        try (Connection c = GeoPackageRepository.open(file, true)) {
            GeoPackageRepository.requireGeoPackage(c, file);
            List<String> layers = layerNames(c);
            if (layers.isEmpty()) {
                throw new PlannerException("store.import.noLayer", file);
            }
            String layer = options.layer() == null ? layers.get(0) : options.layer();
            if (!layers.contains(layer)) {
                throw new PlannerException("store.import.unknownLayer", file, layer, String.join(", ", layers));
            }
            String geomColumn = null;
            String crs = null;
            try (PreparedStatement ps = c.prepareStatement("SELECT g.\"column_name\", s.\"srs_id\", s.\"organization\","
                    + " s.\"organization_coordsys_id\", s.\"definition\" FROM \"gpkg_geometry_columns\" g"
                    + " LEFT JOIN \"gpkg_spatial_ref_sys\" s ON s.\"srs_id\" = g.\"srs_id\" WHERE g.\"table_name\" = ?")) {
                ps.setString(1, layer);
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next()) {
                        geomColumn = rs.getString(1);
                        crs = crsText(rs.getInt(2), rs.getString(3), rs.getInt(4), rs.getString(5));
                    }
                }
            }
            if (options.crs() != null) {
                crs = options.crs();
            }
            return readRows(c, file, layer, geomColumn, crs);
        } catch (SQLException e) {
            throw new PlannerException(e, "store.file.unreadable", file, e.getMessage());
        }
    }

    static String crsText(int srsId, String organization, int orgId, String definition) {
        if (srsId == 0 || srsId == -1 || organization == null) {
            return null;
        }
        if (organization.equalsIgnoreCase("EPSG")) {
            return "EPSG:" + orgId;
        }
        return definition == null || definition.equalsIgnoreCase("undefined") ? null : definition;
    }

    private static FeatureLayer readRows(Connection c, Path file, String layer, String geomColumn, String crs)
            throws SQLException {
        Map<String, String> declared = new LinkedHashMap<>();
        String pk = null;
        try (PreparedStatement ps = c.prepareStatement("SELECT \"name\", \"type\", \"pk\" FROM pragma_table_info(?)")) {
            ps.setString(1, layer);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    if (rs.getInt(3) == 1 && pk == null) {
                        pk = rs.getString(1);
                    }
                    declared.put(rs.getString(1), rs.getString(2) == null ? "" : rs.getString(2).toUpperCase(Locale.ROOT));
                }
            }
        }
        List<String> columns = new ArrayList<>();
        for (Map.Entry<String, String> e : declared.entrySet()) {
            if (!e.getKey().equals(pk) && !e.getKey().equals(geomColumn) && !e.getValue().equals("BLOB")) {
                columns.add(e.getKey());
            }
        }
        StringBuilder sql = new StringBuilder("SELECT ");
        sql.append(geomColumn == null ? "NULL" : Sql.q(geomColumn));
        for (String col : columns) {
            sql.append(", ").append(Sql.q(col));
        }
        sql.append(" FROM ").append(Sql.q(layer));
        if (pk != null) {
            sql.append(" ORDER BY ").append(Sql.q(pk));
        }
        GpkgGeometry blobs = new GpkgGeometry(new GeometryFactory());
        List<Feature> features = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql.toString()); ResultSet rs = ps.executeQuery()) {
            int row = 0;
            while (rs.next()) {
                row++;
                Geometry g = null;
                byte[] blob = rs.getBytes(1);
                if (blob != null) {
                    try {
                        g = blobs.decode(blob);
                    } catch (IllegalArgumentException e) {
                        throw new PlannerException(e, "store.import.badGeometry", file, layer, row, geomColumn,
                                e.getMessage());
                    }
                }
                Map<String, Object> attributes = new LinkedHashMap<>();
                for (int i = 0; i < columns.size(); i++) {
                    attributes.put(columns.get(i), value(rs.getObject(i + 2), declared.get(columns.get(i))));
                }
                features.add(new Feature(row, g, attributes));
            }
        }
        return new FeatureLayer(file.toString(), layer, crs, columns, features);
    }

    private static Object value(Object v, String declaredType) {
        if (v == null) {
            return null;
        }
        if (declaredType.equals("BOOLEAN") && v instanceof Number n) {
            return n.longValue() != 0;
        }
        if (v instanceof Integer || v instanceof Long || v instanceof Short || v instanceof Byte) {
            return ((Number) v).longValue();
        }
        if (v instanceof Number n) {
            return n.doubleValue();
        }
        if (v instanceof byte[]) {
            return null;
        }
        return v.toString();
    }
}
