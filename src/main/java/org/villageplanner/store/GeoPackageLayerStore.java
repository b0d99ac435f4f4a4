package org.villageplanner.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.PrecisionModel;
import org.villageplanner.domain.PlannerException;
import org.villageplanner.service.Basemap;
import org.villageplanner.service.Feature;
import org.villageplanner.service.LayerStyle;
import org.villageplanner.service.ReferenceLayer;
import org.villageplanner.service.ReferenceLayerStore;

/**
 * Reference layers and the basemap in the project GeoPackage. Each layer is an ordinary feature table (named as
 * the layer, every identifier quoted) registered in {@code gpkg_contents} and {@code gpkg_geometry_columns} with
 * GeoPackage geometry blobs in EPSG:4326, so {@code ogrinfo} and QGIS list it; its style goes to
 * {@code layer_styles} and its place in the map to {@code vcp_layers} (see {@link ReferenceTables}).
 *
 * <p>Every change is one SQLite transaction on the project file, rolled back on any failure; a file at an older
 * schema version is migrated in the same transaction. Stateless and thread safe.
 */
public final class GeoPackageLayerStore implements ReferenceLayerStore {
    @FunctionalInterface
    private interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    @Override
    public ReferenceLayer add(Path project, String name, String source, FeatureLayerData layer, LayerStyle style,
                              boolean barrier) {
        return write(project, c -> {
            refuseClash(c, project, name);
            LayerTable.create(c, name, layer);
            int order;
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                    "SELECT COALESCE(MAX(\"order\") + 1, 0) FROM " + Sql.q(ReferenceTables.LAYERS))) {
                order = rs.next() ? rs.getInt(1) : 0;
            }
            ReferenceLayer stored = new ReferenceLayer(name, layer.geometryType(), layer.features().size(), barrier,
                    true, order, 1.0, source, style);
            insertRegistry(c, stored);
            LayerStyles.write(c, name, layer.geometryType(), style, 1.0);
            return stored;
        });
    }

    @Override
    public List<ReferenceLayer> list(Path project) {
        return read(project, List.of(), c -> {
            List<ReferenceLayer> out = new ArrayList<>();
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT * FROM "
                    + Sql.q(ReferenceTables.LAYERS) + " ORDER BY \"order\", \"name\"")) {
                while (rs.next()) {
                    String table = rs.getString("table_name");
                    LayerStyle style = new LayerStyle(rs.getString("stroke"), rs.getDouble("width_mm"),
                            rs.getString("fill"), rs.getDouble("fill_opacity"), rs.getString("label_field"));
                    out.add(new ReferenceLayer(rs.getString("name"), rs.getString("geometry_type"), count(c, table),
                            rs.getBoolean("barrier"), rs.getBoolean("visible"), rs.getInt("order"),
                            rs.getDouble("opacity"), rs.getString("source"), style));
                }
            }
            return out;
        });
    }

    @Override
    public void remove(Path project, String name) {
        write(project, c -> {
            String table = requireLayer(c, project, name);
            Migrations.exec(c, "DROP TABLE " + Sql.q(table));
            for (String registry : List.of("gpkg_geometry_columns", "gpkg_contents")) {
                delete(c, registry, "table_name", table);
            }
            LayerStyles.delete(c, table);
            delete(c, ReferenceTables.LAYERS, "name", name);
            return null;
        });
    }

    @Override
    public void update(Path project, ReferenceLayer layer) {
        write(project, c -> {
            String table = requireLayer(c, project, layer.name());
            delete(c, ReferenceTables.LAYERS, "name", layer.name());
            insertRegistry(c, layer);
            LayerStyles.write(c, table, layer.geometryType(), layer.style(), layer.opacity());
            return null;
        });
    }

    @Override
    public FeatureLayerData features(Path project, String name) {
        return read(project, null, c -> {
            String table = requireLayer(c, project, name);
            GpkgGeometry blobs = new GpkgGeometry(new GeometryFactory(new PrecisionModel(), SpatialRefs.WGS84));
            String type = "GEOMETRY";
            try (PreparedStatement ps = c.prepareStatement("SELECT \"geometry_type_name\" FROM"
                    + " \"gpkg_geometry_columns\" WHERE \"table_name\" = ?")) {
                ps.setString(1, table);
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next()) {
                        type = rs.getString(1);
                    }
                }
            }
            List<String> columns = new ArrayList<>();
            List<String> types = new ArrayList<>();
            List<Feature> features = new ArrayList<>();
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT * FROM " + Sql.q(table))) {
                var md = rs.getMetaData();
                for (int i = 1; i <= md.getColumnCount(); i++) {
                    String col = md.getColumnName(i);
                    if (!col.equals("fid") && !col.equals("geom")) {
                        columns.add(col);
                        types.add(md.getColumnTypeName(i));
                    }
                }
                while (rs.next()) {
                    Map<String, Object> attrs = new LinkedHashMap<>();
                    for (String col : columns) {
                        attrs.put(col, rs.getObject(col));
                    }
                    Geometry g;
                    try {
                        g = blobs.decode(rs.getBytes("geom"));
                    } catch (IllegalArgumentException e) {
                        throw new PlannerException(e, "layers.store.badGeometry", project, table, rs.getLong("fid"),
                                e.getMessage());
                    }
                    features.add(new Feature(rs.getInt("fid"), g, attrs));
                }
            }
            return new FeatureLayerData(type, columns, types, features);
        });
    }

    @Override
    public void setBasemap(Path project, Basemap b) {
        write(project, c -> {
            delete(c, ReferenceTables.BASEMAP, "id", "1");
            Sql.update(c, "INSERT INTO " + Sql.q(ReferenceTables.BASEMAP) + " VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?)",
                    b.file(), b.format(), b.table(), b.gcj02(), b.opacity(), b.attribution(), b.minZoom(),
                    b.maxZoom());
            return null;
        });
    }

    @Override
    public void clearBasemap(Path project) {
        write(project, c -> {
            delete(c, ReferenceTables.BASEMAP, "id", "1");
            return null;
        });
    }

    @Override
    public Optional<Basemap> basemap(Path project) {
        return read(project, Optional.empty(), c -> {
            try (Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT * FROM " + Sql.q(ReferenceTables.BASEMAP))) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                return Optional.of(new Basemap(rs.getString("file"), rs.getString("format"),
                        rs.getString("tile_table"), rs.getBoolean("gcj02"), rs.getDouble("opacity"),
                        rs.getString("attribution"), rs.getInt("min_zoom"), rs.getInt("max_zoom")));
            }
        });
    }

    private static void insertRegistry(Connection c, ReferenceLayer l) throws SQLException {
        LayerStyle s = l.style();
        Sql.update(c, "INSERT INTO " + Sql.q(ReferenceTables.LAYERS)
                + " (\"name\", \"table_name\", \"geometry_type\", \"source\", \"barrier\", \"visible\", \"order\","
                + " \"opacity\", \"stroke\", \"width_mm\", \"fill\", \"fill_opacity\", \"label_field\")"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                l.name(), l.name(), l.geometryType(), l.source() == null ? "" : l.source(), l.barrier(), l.visible(),
                l.order(), l.opacity(), s.stroke(), s.widthMm(), s.fill(), s.fillOpacity(), s.labelField());
    }

    private static void refuseClash(Connection c, Path project, String name) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM " + Sql.q(ReferenceTables.LAYERS)
                + " WHERE lower(\"name\") = lower(?)")) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    throw new PlannerException("layers.name.exists", project, name);
                }
            }
        }
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT name FROM sqlite_master WHERE lower(name) = lower(?)")) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    throw new PlannerException("layers.name.reserved", name);
                }
            }
        }
    }

    private static String requireLayer(Connection c, Path project, String name) throws SQLException {
        if (Sql.tableExists(c, ReferenceTables.LAYERS)) {
            try (PreparedStatement ps = c.prepareStatement("SELECT \"table_name\" FROM "
                    + Sql.q(ReferenceTables.LAYERS) + " WHERE \"name\" = ?")) {
                ps.setString(1, name);
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next()) {
                        return rs.getString(1);
                    }
                }
            }
        }
        throw new PlannerException("layers.name.unknown", project, name);
    }

    private static long count(Connection c, String table) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + Sql.q(table))) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    private static void delete(Connection c, String table, String column, String value) throws SQLException {
        Sql.update(c, "DELETE FROM " + Sql.q(table) + " WHERE " + Sql.q(column) + " = ?", value);
    }

    private static <T> T write(Path project, Work<T> work) {
        GeoPackageRepository.checkSqlite(project);
        try (Connection c = GeoPackageRepository.open(project, false)) {
            int version = checkVersion(c, project);
            c.setAutoCommit(false);
            try {
                Migrations.migrate(c, version, Migrations.CURRENT);
                T result = work.run(c);
                c.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new PlannerException(e, "store.save.failed", project, String.valueOf(e.getMessage()));
        }
    }

    /** Runs {@code work} read-only; {@code none} when the file predates reference layers. */
    private static <T> T read(Path project, T none, Work<T> work) {
        GeoPackageRepository.checkSqlite(project);
        try (Connection c = GeoPackageRepository.open(project, true)) {
            checkVersion(c, project);
            if (!Sql.tableExists(c, ReferenceTables.LAYERS)) {
                if (none == null) {
                    throw new PlannerException("layers.name.unknown", project, "");
                }
                return none;
            }
            return work.run(c);
        } catch (SQLException e) {
            throw new PlannerException(e, "store.file.unreadable", project, String.valueOf(e.getMessage()));
        }
    }

    private static int checkVersion(Connection c, Path project) throws SQLException {
        GeoPackageRepository.requireGeoPackage(c, project);
        int version = Migrations.versionOf(c);
        if (version == 0) {
            throw new PlannerException("store.file.notProject", project);
        }
        if (version > Migrations.CURRENT) {
            throw new PlannerException("store.file.newer", project, version, Migrations.CURRENT);
        }
        return version;
    }
}
