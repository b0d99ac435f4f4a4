package org.villageplanner.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
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
 * basemap from the file being replaced, or for a Save As from the file the project was opened from
 * ({@code ProjectService.saveAs}), so that a save never loses them.
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
     * Attaches the file a save replaces as schema {@code old} when it holds reference layers (a SQLite file with
     * {@code vcp_layers}); false, with nothing attached, when it does not exist or has none. Must run outside a
     * transaction.
     */
    static boolean attachOld(Path old, Connection c) throws SQLException {
        if (!Files.isRegularFile(old)) {
            return false;
        }
        try {
            GeoPackageRepository.checkSqlite(old);
        } catch (PlannerException e) {
            return false;
        }
        try (PreparedStatement ps = c.prepareStatement("ATTACH DATABASE ? AS \"old\"")) {
            ps.setString(1, old.toAbsolutePath().toString());
            ps.execute();
        }
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT 1 FROM \"old\".sqlite_master WHERE type = 'table' AND name = '" + LAYERS + "'")) {
            if (rs.next()) {
                return true;
            }
        }
        Migrations.exec(c, "DETACH DATABASE \"old\"");
        return false;
    }

    /**
     * Copies the reference layers, their styles and the basemap from the attached {@code old} file (see
     * {@link #attachOld}) into the new one, inside the save's transaction, table by table in SQL.
     */
    static void carry(Connection c) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT \"table_name\" FROM \"old\"." + Sql.q(LAYERS))) {
            while (rs.next()) {
                tables.add(rs.getString(1));
            }
        }
        if (tableIn(c, STYLES)) {
            tables.add(STYLES);
        }
        for (String t : tables) {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT \"sql\" FROM \"old\".sqlite_master WHERE type = 'table' AND name = ?")) {
                ps.setString(1, t);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        continue;
                    }
                    Migrations.exec(c, rs.getString(1));
                }
            }
            Migrations.exec(c, "INSERT INTO main." + Sql.q(t) + " SELECT * FROM \"old\"." + Sql.q(t));
            for (String registry : List.of("gpkg_contents", "gpkg_geometry_columns")) {
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO main." + Sql.q(registry)
                        + " SELECT * FROM \"old\"." + Sql.q(registry) + " WHERE \"table_name\" = ?")) {
                    ps.setString(1, t);
                    ps.executeUpdate();
                }
            }
        }
        for (String t : List.of(LAYERS, BASEMAP)) {
            Migrations.exec(c, "INSERT INTO main." + Sql.q(t) + " SELECT * FROM \"old\"." + Sql.q(t));
        }
    }

    private static boolean tableIn(Connection c, String table) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT 1 FROM \"old\".sqlite_master WHERE type = 'table' AND name = ?")) {
            ps.setString(1, table);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }
}
