package org.villageplanner.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The ordered schema history of the project file, recorded in {@code vcp_schema_version} (one row per applied
 * step). Version 1 is the GeoPackage core plus the planner's layers and tables; later steps alter them.
 */
final class Migrations {
    static final List<Migration> ALL = List.of(
            new Migration(1, "GeoPackage core, planner layers and tables", Migrations::base),
            new Migration(2, "Monte Carlo correlation in assumptions", c -> exec(c,
                    "ALTER TABLE \"assumptions\" ADD COLUMN \"mc_correlation\" REAL NOT NULL DEFAULT 0")),
            new Migration(3, "locked flag on clusters", c -> exec(c,
                    "ALTER TABLE \"clusters\" ADD COLUMN \"locked\" BOOLEAN NOT NULL DEFAULT 0")),
            new Migration(4, "reference layers, barrier bridges and the basemap", ReferenceTables::createRegistry),
            new Migration(5, "plan level setting in project_info", c -> exec(c,
                    "ALTER TABLE \"project_info\" ADD COLUMN \"plan_level\" TEXT")));

    static final int CURRENT = ALL.get(ALL.size() - 1).version();

    /** Feature layers and their declared geometry type before the data says more. */
    static final List<String> FEATURE_TABLES = List.of("villages", "clusters", "projects");
    static final List<String> ATTRIBUTE_TABLES = List.of("project_info", "scenarios", "assumptions",
            "cluster_members", "entities", "agreements", "agreement_shares", "contributions", "savings");

    private Migrations() {
    }

    /** The version recorded in {@code c}, 0 when the table is missing. */
    static int versionOf(Connection c) throws SQLException {
        if (!Sql.tableExists(c, "vcp_schema_version")) {
            return 0;
        }
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT COALESCE(MAX(\"version\"), 0) FROM \"vcp_schema_version\"")) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    /** Applies every step after {@code from} up to {@code to}, recording each; the caller commits. */
    static void migrate(Connection c, int from, int to) throws SQLException {
        for (Migration m : ALL) {
            if (m.version() > from && m.version() <= to) {
                m.step().apply(c);
                Sql.update(c, "INSERT INTO \"vcp_schema_version\" (\"version\", \"description\") VALUES (?, ?)",
                        m.version(), m.description());
            }
        }
    }

    private static void base(Connection c) throws SQLException {
        exec(c, "PRAGMA application_id = 1196444487"); // 'GPKG'
        exec(c, "PRAGMA user_version = 10300");
        exec(c, "CREATE TABLE \"gpkg_spatial_ref_sys\" (\"srs_name\" TEXT NOT NULL, \"srs_id\" INTEGER NOT NULL PRIMARY KEY,"
                + " \"organization\" TEXT NOT NULL, \"organization_coordsys_id\" INTEGER NOT NULL,"
                + " \"definition\" TEXT NOT NULL, \"description\" TEXT)");
        for (SpatialRefs.Row r : SpatialRefs.ROWS) {
            Sql.update(c, "INSERT INTO \"gpkg_spatial_ref_sys\" VALUES (?, ?, ?, ?, ?, ?)", r.name(), r.srsId(),
                    r.organization(), r.orgId(), r.definition(), r.description());
        }
        exec(c, "CREATE TABLE \"gpkg_contents\" (\"table_name\" TEXT NOT NULL PRIMARY KEY, \"data_type\" TEXT NOT NULL,"
                + " \"identifier\" TEXT UNIQUE, \"description\" TEXT DEFAULT '',"
                + " \"last_change\" DATETIME NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),"
                + " \"min_x\" DOUBLE, \"min_y\" DOUBLE, \"max_x\" DOUBLE, \"max_y\" DOUBLE, \"srs_id\" INTEGER,"
                + " CONSTRAINT \"fk_gc_r_srs_id\" FOREIGN KEY (\"srs_id\") REFERENCES \"gpkg_spatial_ref_sys\"(\"srs_id\"))");
        exec(c, "CREATE TABLE \"gpkg_geometry_columns\" (\"table_name\" TEXT NOT NULL, \"column_name\" TEXT NOT NULL,"
                + " \"geometry_type_name\" TEXT NOT NULL, \"srs_id\" INTEGER NOT NULL, \"z\" TINYINT NOT NULL,"
                + " \"m\" TINYINT NOT NULL, CONSTRAINT \"pk_geom_cols\" PRIMARY KEY (\"table_name\", \"column_name\"),"
                + " CONSTRAINT \"uk_gc_table_name\" UNIQUE (\"table_name\"),"
                + " CONSTRAINT \"fk_gc_tn\" FOREIGN KEY (\"table_name\") REFERENCES \"gpkg_contents\"(\"table_name\"),"
                + " CONSTRAINT \"fk_gc_srs\" FOREIGN KEY (\"srs_id\") REFERENCES \"gpkg_spatial_ref_sys\"(\"srs_id\"))");
        exec(c, "CREATE TABLE \"vcp_schema_version\" (\"version\" INTEGER NOT NULL PRIMARY KEY, \"description\" TEXT NOT NULL)");

        String key = "\"fid\" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL, ";
        String owner = "\"scenario\" TEXT NOT NULL, \"cluster_id\" TEXT NOT NULL, ";
        feature(c, "villages", "MULTIPOLYGON", "Villages", key + "\"geom\" MULTIPOLYGON, \"code\" TEXT NOT NULL UNIQUE,"
                + " \"name\" TEXT NOT NULL, \"town\" TEXT NOT NULL, \"population\" INTEGER NOT NULL,"
                + " \"households\" INTEGER NOT NULL, \"total_income\" REAL NOT NULL, \"operating_income\" REAL NOT NULL,"
                + " \"assets\" REAL NOT NULL, \"idle_land_mu\" REAL NOT NULL, \"idle_houses\" INTEGER NOT NULL,"
                + " \"resources\" TEXT NOT NULL, \"mountain\" BOOLEAN NOT NULL");
        feature(c, "clusters", "MULTIPOLYGON", "Cluster outlines per scenario", key + "\"geom\" MULTIPOLYGON, " + owner
                + "\"name\" TEXT NOT NULL, \"type\" TEXT NOT NULL, \"leader\" TEXT, \"member_count\" INTEGER NOT NULL");
        feature(c, "projects", "POINT", "Cluster projects", key + "\"geom\" POINT, " + owner
                + "\"name\" TEXT NOT NULL, \"kind\" TEXT NOT NULL, \"mode\" TEXT NOT NULL, \"capex\" REAL NOT NULL,"
                + " \"annual_revenue\" REAL NOT NULL, \"annual_opex\" REAL NOT NULL, \"ramp_years\" INTEGER NOT NULL,"
                + " \"growth\" REAL NOT NULL, \"opex_growth\" REAL NOT NULL, \"life_years\" INTEGER NOT NULL,"
                + " \"volatility\" REAL NOT NULL, \"annual_rent\" REAL NOT NULL, \"revenue_share_rate\" REAL NOT NULL,"
                + " \"operator_turnover\" REAL NOT NULL");
        attributes(c, "project_info", key + "\"title\" TEXT NOT NULL, \"township\" TEXT NOT NULL,"
                + " \"illustrative\" BOOLEAN NOT NULL, \"source\" TEXT NOT NULL");
        attributes(c, "scenarios", key + "\"name\" TEXT NOT NULL UNIQUE, \"notes\" TEXT NOT NULL, \"order\" INTEGER NOT NULL");
        attributes(c, "assumptions", key + "\"scenario\" TEXT NOT NULL UNIQUE, \"years\" INTEGER NOT NULL,"
                + " \"baseline_growth\" REAL NOT NULL, \"discount_rate\" REAL NOT NULL,"
                + " \"total_income_target\" REAL NOT NULL, \"operating_income_target\" REAL NOT NULL,"
                + " \"strong_threshold\" REAL NOT NULL, \"weak_threshold\" REAL NOT NULL,"
                + " \"land_yuan_per_mu\" REAL NOT NULL, \"mc_runs\" INTEGER NOT NULL, \"mc_seed\" INTEGER NOT NULL");
        attributes(c, "cluster_members", key + owner + "\"order\" INTEGER NOT NULL, \"village_code\" TEXT NOT NULL");
        attributes(c, "entities", key + owner + "\"name\" TEXT NOT NULL, \"form\" TEXT NOT NULL,"
                + " \"income_tax_rate\" REAL NOT NULL");
        attributes(c, "agreements", key + owner + "\"rule\" TEXT NOT NULL, \"basis\" TEXT NOT NULL,"
                + " \"guaranteed_yield\" REAL NOT NULL, \"guarantor\" TEXT, \"floor\" REAL,"
                + " \"reserve_ratio\" REAL NOT NULL, \"welfare_ratio\" REAL NOT NULL, \"payout_ratio\" REAL NOT NULL");
        attributes(c, "agreement_shares", key + owner + "\"party\" TEXT NOT NULL, \"fraction\" REAL NOT NULL");
        attributes(c, "contributions", key + owner + "\"party\" TEXT NOT NULL, \"name\" TEXT NOT NULL,"
                + " \"cash\" REAL NOT NULL, \"land_mu\" REAL NOT NULL, \"assets\" REAL NOT NULL, \"resources\" REAL NOT NULL");
        attributes(c, "savings", key + owner + "\"village\" TEXT NOT NULL, \"annual\" REAL NOT NULL");
    }

    private static void feature(Connection c, String table, String type, String description, String columns)
            throws SQLException {
        exec(c, "CREATE TABLE " + Sql.q(table) + " (" + columns + ")");
        contents(c, table, "features", description, SpatialRefs.WGS84);
        Sql.update(c, "INSERT INTO \"gpkg_geometry_columns\" VALUES (?, 'geom', ?, ?, 0, 0)", table, type,
                SpatialRefs.WGS84);
    }

    private static void attributes(Connection c, String table, String columns) throws SQLException {
        exec(c, "CREATE TABLE " + Sql.q(table) + " (" + columns + ")");
        contents(c, table, "attributes", "Village Cluster Planner: " + table.replace('_', ' '), null);
    }

    private static void contents(Connection c, String table, String dataType, String description, Integer srs)
            throws SQLException {
        Sql.update(c, "INSERT INTO \"gpkg_contents\" (\"table_name\", \"data_type\", \"identifier\", \"description\","
                + " \"srs_id\") VALUES (?, ?, ?, ?, ?)", table, dataType, table, description, srs);
    }

    static void exec(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
