package org.villageplanner.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.villageplanner.domain.Barrier;
import org.villageplanner.domain.Cluster;
import org.villageplanner.domain.PlannerException;
import org.villageplanner.domain.Scenario;

/**
 * The tables behind reference layers, kept apart from the planner's own: {@code vcp_layers} (one row per layer:
 * its table, barrier flag, order, visibility, opacity and style), {@code vcp_cluster_bridges} (barriers switched
 * off for one cluster of one scenario) and {@code vcp_basemap} (the tile file the map draws under the villages).
 * The registry tables are not in {@code gpkg_contents}, so GDAL and QGIS list only the layers themselves.
 *
 * <p>A project save writes a whole new file; {@link #carry} copies the reference layers, their styles and the
 * basemap from the file being replaced, so that a save never loses them.
 */
final class ReferenceTables {
    static final String LAYERS = "vcp_layers";
    static final String BRIDGES = "vcp_cluster_bridges";
    static final String BASEMAP = "vcp_basemap";
    static final String STYLES = "layer_styles";

    private ReferenceTables() {
    }

    static void createRegistry(Connection c) throws SQLException {
        Migrations.exec(c, "CREATE TABLE " + Sql.q(LAYERS) + " (\"name\" TEXT NOT NULL PRIMARY KEY,"
                + " \"table_name\" TEXT NOT NULL UNIQUE, \"geometry_type\" TEXT NOT NULL, \"source\" TEXT NOT NULL,"
                + " \"barrier\" BOOLEAN NOT NULL, \"visible\" BOOLEAN NOT NULL, \"order\" INTEGER NOT NULL,"
                + " \"opacity\" REAL NOT NULL, \"stroke\" TEXT NOT NULL, \"width_mm\" REAL NOT NULL, \"fill\" TEXT,"
                + " \"fill_opacity\" REAL NOT NULL, \"label_field\" TEXT)");
        Migrations.exec(c, "CREATE TABLE " + Sql.q(BRIDGES) + " (\"scenario\" TEXT NOT NULL,"
                + " \"cluster_id\" TEXT NOT NULL, \"barrier\" TEXT NOT NULL,"
                + " PRIMARY KEY (\"scenario\", \"cluster_id\", \"barrier\"))");
        Migrations.exec(c, "CREATE TABLE " + Sql.q(BASEMAP) + " (\"id\" INTEGER NOT NULL PRIMARY KEY CHECK (\"id\" = 1),"
                + " \"file\" TEXT NOT NULL, \"format\" TEXT NOT NULL, \"tile_table\" TEXT, \"gcj02\" BOOLEAN NOT NULL,"
                + " \"opacity\" REAL NOT NULL, \"attribution\" TEXT NOT NULL, \"min_zoom\" INTEGER NOT NULL,"
                + " \"max_zoom\" INTEGER NOT NULL)");
    }

    static void writeBridges(Connection c, List<Scenario> scenarios) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + Sql.q(BRIDGES) + " VALUES (?, ?, ?)")) {
            for (Scenario s : scenarios) {
                for (Cluster cl : s.clusters()) {
                    for (String b : cl.bridges()) {
                        ps.setString(1, s.name());
                        ps.setString(2, cl.id());
                        ps.setString(3, b);
                        ps.executeUpdate();
                    }
                }
            }
        }
    }

    /** The scenarios with each cluster's bridges as recorded. */
    static List<Scenario> withBridges(Connection c, List<Scenario> scenarios) throws SQLException {
        Map<String, List<String>> bridges = new HashMap<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT \"scenario\", \"cluster_id\","
                + " \"barrier\" FROM " + Sql.q(BRIDGES) + " ORDER BY rowid")) {
            while (rs.next()) {
                bridges.computeIfAbsent(rs.getString(1) + '\u0000' + rs.getString(2), k -> new ArrayList<>())
                        .add(rs.getString(3));
            }
        }
        if (bridges.isEmpty()) {
            return scenarios;
        }
        List<Scenario> out = new ArrayList<>();
        for (Scenario s : scenarios) {
            out.add(s.withClusters(s.clusters().stream().map(cl -> cl.withBridges(
                    bridges.getOrDefault(s.name() + '\u0000' + cl.id(), List.of()))).toList()));
        }
        return out;
    }

    /** Every layer marked as a barrier, its geometries merged into one collection. */
    static List<Barrier> barriers(Connection c, GpkgGeometry blobs, String file) throws SQLException {
        List<String[]> layers = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT \"name\", \"table_name\" FROM "
                + Sql.q(LAYERS) + " WHERE \"barrier\" ORDER BY \"order\", \"name\"")) {
            while (rs.next()) {
                layers.add(new String[] {rs.getString(1), rs.getString(2)});
            }
        }
        List<Barrier> out = new ArrayList<>();
        GeometryFactory factory = new GeometryFactory();
        for (String[] l : layers) {
            List<Geometry> parts = new ArrayList<>();
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                    "SELECT \"fid\", \"geom\" FROM " + Sql.q(l[1]))) {
                while (rs.next()) {
                    try {
                        Geometry g = blobs.decode(rs.getBytes(2));
                        if (g != null && !g.isEmpty()) {
                            parts.add(g);
                        }
                    } catch (IllegalArgumentException e) {
                        throw new PlannerException(e, "layers.store.badGeometry", file, l[1], rs.getLong(1),
                                e.getMessage());
                    }
                }
            }
            if (!parts.isEmpty()) {
                out.add(new Barrier(l[0], factory.buildGeometry(parts)));
            }
        }
        return out;
    }

    /**
     * Copies the reference layers, their styles and the basemap of {@code old} (the file a save replaces) into
     * the new file {@code c}, inside the save's transaction. Nothing to do when {@code old} does not exist, is
     * not a SQLite file, or has no reference layers yet.
     */
    static void carry(Path old, Connection c) throws SQLException {
        if (!Files.isRegularFile(old)) {
            return;
        }
        try {
            GeoPackageRepository.checkSqlite(old);
        } catch (PlannerException e) {
            return;
        }
        try (Connection from = GeoPackageRepository.open(old, true)) {
            if (!Sql.tableExists(from, LAYERS)) {
                return;
            }
            List<String> tables = new ArrayList<>();
            try (Statement s = from.createStatement();
                 ResultSet rs = s.executeQuery("SELECT \"table_name\" FROM " + Sql.q(LAYERS))) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            for (String t : tables) {
                copyTable(from, c, t, true);
                copyRows(from, c, "SELECT * FROM \"gpkg_contents\" WHERE \"table_name\" = ?", "gpkg_contents", t);
                copyRows(from, c, "SELECT * FROM \"gpkg_geometry_columns\" WHERE \"table_name\" = ?",
                        "gpkg_geometry_columns", t);
            }
            if (Sql.tableExists(from, STYLES)) {
                copyTable(from, c, STYLES, true);
                copyRows(from, c, "SELECT * FROM \"gpkg_contents\" WHERE \"table_name\" = ?", "gpkg_contents", STYLES);
            }
            copyTable(from, c, LAYERS, false);
            copyTable(from, c, BASEMAP, false);
        }
    }

    /** Copies table {@code t}'s rows (and, when {@code create}, its definition) from one file to the other. */
    private static void copyTable(Connection from, Connection to, String t, boolean create) throws SQLException {
        if (create) {
            try (PreparedStatement ps = from.prepareStatement(
                    "SELECT \"sql\" FROM sqlite_master WHERE type = 'table' AND name = ?")) {
                ps.setString(1, t);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        return;
                    }
                    Migrations.exec(to, rs.getString(1));
                }
            }
        }
        copyRows(from, to, "SELECT * FROM " + Sql.q(t), t, null);
    }

    private static void copyRows(Connection from, Connection to, String select, String table, String key)
            throws SQLException {
        try (PreparedStatement ps = from.prepareStatement(select)) {
            if (key != null) {
                ps.setString(1, key);
            }
            try (ResultSet rs = ps.executeQuery()) {
                ResultSetMetaData md = rs.getMetaData();
                int n = md.getColumnCount();
                StringBuilder cols = new StringBuilder();
                StringBuilder marks = new StringBuilder();
                for (int i = 1; i <= n; i++) {
                    cols.append(i > 1 ? ", " : "").append(Sql.q(md.getColumnName(i)));
                    marks.append(i > 1 ? ", ?" : "?");
                }
                try (PreparedStatement ins = to.prepareStatement(
                        "INSERT INTO " + Sql.q(table) + " (" + cols + ") VALUES (" + marks + ")")) {
                    while (rs.next()) {
                        for (int i = 1; i <= n; i++) {
                            ins.setObject(i, rs.getObject(i));
                        }
                        ins.addBatch();
                    }
                    ins.executeBatch();
                }
            }
        }
    }
}
