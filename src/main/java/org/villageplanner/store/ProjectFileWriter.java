package org.villageplanner.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.operation.union.UnaryUnionOp;
import org.villageplanner.domain.Agreement;
import org.villageplanner.domain.Assumptions;
import org.villageplanner.domain.Cluster;
import org.villageplanner.domain.Contribution;
import org.villageplanner.domain.PlanProject;
import org.villageplanner.domain.InvestmentProject;
import org.villageplanner.domain.Saving;
import org.villageplanner.domain.Scenario;
import org.villageplanner.domain.Village;

/**
 * Inserts a whole project into a freshly migrated GeoPackage, inside the caller's transaction. Cluster outlines
 * are derived (the union of the members' geometries) so that GIS users see them; reading ignores them.
 */
final class ProjectFileWriter {
    private final GeometryFactory factory = new GeometryFactory(new PrecisionModel(), SpatialRefs.WGS84);
    private final GpkgGeometry blobs = new GpkgGeometry(factory);
    private final Connection c;
    /** Outlines kept from the last save: only clusters whose members changed are dissolved again. */
    private OutlineCache outlines;
    private ClusterExtents extents;

    ProjectFileWriter(Connection c) {
        this.c = c;
    }

    void write(PlanProject p, Runnable checkpoint) throws SQLException {
        insert("project_info", List.of("title", "township", "illustrative", "source", "plan_level"),
                List.of(java.util.Arrays.asList(p.info().title(), p.info().township(), p.info().illustrative(),
                        p.info().source(), p.info().level() == null ? null : p.info().level().key())));
        writeVillages(p.villages());
        checkpoint.run();
        Map<String, Village> byCode = p.villagesByCode();
        outlines = OutlineCache.begin();
        extents = new ClusterExtents();
        for (int i = 0; i < p.scenarios().size(); i++) {
            Scenario s = p.scenarios().get(i);
            insert("scenarios", List.of("name", "notes", "order"), List.of(List.of(s.name(), s.notes(), i)));
            insert("assumptions", ASSUMPTION_COLUMNS, List.of(assumptionRow(s)));
            for (Cluster cl : s.clusters()) {
                OutlineCache.Outline outline = outline(s.name(), cl, byCode);
                queueCluster(s.name(), cl, outline.blob());
                writeParts(s.name(), cl);
            }
            checkpoint.run();
        }
        ReferenceTables.writeBridges(c, p.scenarios());
        Envelope villageBox = new Envelope();
        List<String> villageTypes = new ArrayList<>();
        for (Village v : p.villages()) {
            if (v.geometry() != null) {
                villageBox.expandToInclude(v.geometry().getEnvelopeInternal());
                villageTypes.add(v.geometry().getGeometryType());
            }
        }
        layerExtent("villages", villageBox, geometryType(villageTypes, "MULTIPOLYGON"));
        layerExtent("clusters", extents.clusterBox(), geometryType(extents.types(), "MULTIPOLYGON"));
        layerExtent("projects", extents.projectBox(), "POINT");
        flush();
        outlines.commit();
    }

    /** Each cluster's part of the layers' extents, as written. */
    ClusterExtents extents() {
        return extents;
    }

    private void writeVillages(List<Village> villages) throws SQLException {
        insert("villages", List.of("geom", "code", "name", "town", "population", "households", "total_income",
                "operating_income", "assets", "idle_land_mu", "idle_houses", "resources", "mountain"),
                VillageRows.of(villages, this::villageRows));
    }

    private List<List<Object>> villageRows(List<Village> villages) {
        List<List<Object>> rows = new ArrayList<>(villages.size());
        for (Village v : villages) {
            rows.add(java.util.Arrays.asList(blobs.encode(v.geometry(), SpatialRefs.WGS84), v.code(), v.name(),
                    v.town(), v.population(), v.households(), v.totalIncome(), v.operatingIncome(), v.assets(),
                    v.idleLandMu(), v.idleHouses(), String.join(";", v.resources()), v.mountain()));
        }
        return rows;
    }

    /** The columns of an {@code assumptions} row, in the order {@link #assumptionRow} gives its values. */
    static final List<String> ASSUMPTION_COLUMNS = List.of("scenario", "years", "baseline_growth", "discount_rate",
            "total_income_target", "operating_income_target", "strong_threshold", "weak_threshold", "land_yuan_per_mu",
            "mc_runs", "mc_seed", "mc_correlation");

    static List<Object> assumptionRow(Scenario s) {
        Assumptions a = s.assumptions();
        return List.of(s.name(), a.years(), a.baselineGrowth(), a.discountRate(), a.totalIncomeTarget(),
                a.operatingIncomeTarget(), a.strongThreshold(), a.weakThreshold(), a.landYuanPerMu(),
                a.monteCarlo().runs(), a.monteCarlo().seed(), a.monteCarlo().correlation());
    }

    /** The columns of a {@code clusters} row, in the order {@link #clusterRow} gives its values. */
    static final List<String> CLUSTER_COLUMNS = List.of("geom", "scenario", "cluster_id", "name", "type", "leader",
            "member_count", "locked");

    static List<Object> clusterRow(String scenario, Cluster cl, byte[] outline) {
        return java.util.Arrays.asList(outline, scenario, cl.id(), cl.name(), cl.type().name(), cl.leader(),
                cl.members().size(), cl.locked());
    }

    /**
     * The outline of {@code cl} (the last save's when {@link OutlineCache} still holds it), recording its part of the
     * layers' extents (its box and type, its projects' locations).
     */
    OutlineCache.Outline outline(String scenario, Cluster cl, Map<String, Village> byCode) {
        OutlineCache.Outline outline = outlines.of(cl, byCode, x -> dissolve(x, byCode));
        Envelope projects = null;
        for (InvestmentProject pr : cl.projects()) {
            if (pr.location() != null) {
                projects = projects == null ? new Envelope() : projects;
                projects.expandToInclude(pr.location().lon(), pr.location().lat());
            }
        }
        extents.put(scenario, cl.id(), new ClusterExtents.Part(outline.blob() == null ? null : outline.box(),
                outline.type(), projects));
        return outline;
    }

    /**
     * Starts a delta save from the extents of the file's last save, which it changes (they are dropped when the save
     * fails): only the clusters it rewrites are visited, and their outlines are added to the cache
     * ({@link OutlineCache#amend}).
     */
    void amend(ClusterExtents last) {
        outlines = OutlineCache.amend();
        extents = last;
    }

    OutlineCache outlines() {
        return outlines;
    }

    /** Queues the row of {@code cl} in {@code clusters}. */
    void queueCluster(String scenario, Cluster cl, byte[] outline) {
        insert("clusters", CLUSTER_COLUMNS, List.of(clusterRow(scenario, cl, outline)));
    }

    /** Queues the barriers {@code cl} bridges (a whole write writes them all with {@link ReferenceTables}). */
    void queueBridges(String scenario, Cluster cl) {
        List<List<Object>> rows = new ArrayList<>();
        for (String b : cl.bridges()) {
            rows.add(List.of(scenario, cl.id(), b));
        }
        insert(ReferenceTables.BRIDGES, List.of("scenario", "cluster_id", "barrier"), rows);
    }

    /** Queues the rows that belong to {@code cl} in every table but {@code clusters} and the bridges. */
    void writeParts(String scenario, Cluster cl) {
        List<String> owner = List.of("scenario", "cluster_id");
        List<List<Object>> members = new ArrayList<>();
        for (int i = 0; i < cl.members().size(); i++) {
            members.add(List.of(scenario, cl.id(), i, cl.members().get(i)));
        }
        insert("cluster_members", cols(owner, "order", "village_code"), members);
        insert("entities", cols(owner, "name", "form", "income_tax_rate"), List.of(List.of(scenario, cl.id(),
                cl.entity().name(), cl.entity().form().name(), cl.entity().incomeTaxRate())));
        Agreement a = cl.agreement();
        insert("agreements", cols(owner, "rule", "basis", "guaranteed_yield", "guarantor", "floor", "reserve_ratio",
                "welfare_ratio", "payout_ratio"), List.of(java.util.Arrays.asList(scenario, cl.id(), a.rule().name(),
                a.basis().name(), a.guaranteedYield(), a.guarantor(), a.floor(), a.reserveRatio(), a.welfareRatio(),
                a.payoutRatio())));
        List<List<Object>> shares = new ArrayList<>();
        a.fixedShares().forEach((party, f) -> shares.add(List.of(scenario, cl.id(), party, f)));
        insert("agreement_shares", cols(owner, "party", "fraction"), shares);
        List<List<Object>> contributions = new ArrayList<>();
        for (Contribution k : cl.contributions()) {
            contributions.add(List.of(scenario, cl.id(), k.party(), k.name(), k.cash(), k.landMu(), k.assets(),
                    k.resources()));
        }
        insert("contributions", cols(owner, "party", "name", "cash", "land_mu", "assets", "resources"), contributions);
        List<List<Object>> projects = new ArrayList<>();
        for (InvestmentProject p : cl.projects()) {
            Point at = p.location() == null ? null
                    : factory.createPoint(new org.locationtech.jts.geom.Coordinate(p.location().lon(), p.location().lat()));
            projects.add(java.util.Arrays.asList(scenario, cl.id(), blobs.encode(at, SpatialRefs.WGS84), p.name(),
                    p.kind(), p.mode().name(), p.capex(), p.annualRevenue(), p.annualOpex(), p.rampYears(), p.growth(),
                    p.opexGrowth(), p.lifeYears(), p.volatility(), p.annualRent(), p.revenueShareRate(),
                    p.operatorTurnover()));
        }
        insert("projects", cols(owner, "geom", "name", "kind", "mode", "capex", "annual_revenue", "annual_opex",
                "ramp_years", "growth", "opex_growth", "life_years", "volatility", "annual_rent", "revenue_share_rate",
                "operator_turnover"), projects);
        List<List<Object>> savings = new ArrayList<>();
        for (Saving s : cl.savings()) {
            savings.add(List.of(scenario, cl.id(), s.village(), s.annual()));
        }
        insert("savings", cols(owner, "village", "annual"), savings);
    }

    /** The outline of {@code cl} encoded as written, with its box and type (blob null when it has none). */
    private OutlineCache.Outline dissolve(Cluster cl, Map<String, Village> byCode) {
        Geometry g = outline(cl, byCode);
        return g == null ? new OutlineCache.Outline(null, null, null)
                : new OutlineCache.Outline(blobs.encode(g, SpatialRefs.WGS84), g.getEnvelopeInternal(),
                        g.getGeometryType());
    }

    /** The dissolved outline of the members that have polygons, as a MultiPolygon; null when none has one. */
    Geometry outline(Cluster cl, Map<String, Village> byCode) {
        List<Geometry> parts = new ArrayList<>();
        for (String m : cl.members()) {
            Village v = byCode.get(m);
            if (v != null && v.geometry() != null && !v.geometry().isEmpty() && v.geometry().getDimension() == 2) {
                parts.add(v.geometry());
            }
        }
        if (parts.isEmpty()) {
            return null;
        }
        Geometry u = UnaryUnionOp.union(parts);
        if (u instanceof Polygon poly) {
            return factory.createMultiPolygon(new Polygon[] {poly});
        }
        return u instanceof MultiPolygon ? u : null;
    }

    private void layerExtent(String table, Envelope box, String type) throws SQLException {
        Object[] extent = box.isNull() ? new Object[4]
                : new Object[] {box.getMinX(), box.getMinY(), box.getMaxX(), box.getMaxY()};
        Sql.update(c, "UPDATE \"gpkg_contents\" SET \"min_x\" = ?, \"min_y\" = ?, \"max_x\" = ?, \"max_y\" = ?,"
                + " \"last_change\" = strftime('%Y-%m-%dT%H:%M:%fZ','now') WHERE \"table_name\" = ?",
                extent[0], extent[1], extent[2], extent[3], table);
        Sql.update(c, "UPDATE \"gpkg_geometry_columns\" SET \"geometry_type_name\" = ? WHERE \"table_name\" = ?",
                type, table);
        retypeGeometryColumn(table, type);
    }

    /**
     * GDAL warns when the column's declared SQL type differs from gpkg_geometry_columns, and QGIS splits GEOMETRY
     * layers by type, so the declared type follows the data. The table is still empty here (rows are queued until
     * {@link #flush()}), so it can simply be re-created from its own DDL with the new type.
     */
    private void retypeGeometryColumn(String table, String type) throws SQLException {
        String ddl;
        try (PreparedStatement ps = c.prepareStatement("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?")) {
            ps.setString(1, table);
            try (java.sql.ResultSet rs = ps.executeQuery()) {
                rs.next();
                ddl = rs.getString(1);
            }
        }
        String retyped = ddl.replaceFirst("\"geom\" [A-Z]+", "\"geom\" " + type);
        if (!retyped.equals(ddl)) {
            Migrations.exec(c, "DROP TABLE " + Sql.q(table));
            Migrations.exec(c, retyped);
        }
    }

    /** One type when all geometries share it, GEOMETRY when they are mixed, {@code empty} when there are none. */
    static String geometryType(List<String> types, String empty) {
        List<String> distinct = types.stream().distinct().toList();
        if (distinct.isEmpty()) {
            return empty;
        }
        return distinct.size() == 1 ? distinct.get(0).toUpperCase(java.util.Locale.ROOT) : "GEOMETRY";
    }

    private static List<String> cols(List<String> first, String... rest) {
        List<String> out = new ArrayList<>(first);
        out.addAll(List.of(rest));
        return out;
    }

    /** Queues rows; {@link #flush()} writes each table with one prepared statement, in first-use order. */
    private void insert(String table, List<String> columns, List<List<Object>> rows) {
        pending.computeIfAbsent(table, t -> new Pending(columns, new ArrayList<>())).rows().addAll(rows);
    }

    private record Pending(List<String> columns, List<List<Object>> rows) {
    }

    private final Map<String, Pending> pending = new java.util.LinkedHashMap<>();

    void flush() throws SQLException {
        for (Map.Entry<String, Pending> e : pending.entrySet()) {
            List<String> columns = e.getValue().columns();
            StringBuilder sql = new StringBuilder("INSERT INTO ").append(Sql.q(e.getKey())).append(" (");
            sql.append(String.join(", ", columns.stream().map(Sql::q).toList())).append(") VALUES (");
            sql.append(String.join(", ", java.util.Collections.nCopies(columns.size(), "?"))).append(')');
            try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
                for (List<Object> row : e.getValue().rows()) {
                    for (int i = 0; i < row.size(); i++) {
                        bind(ps, i + 1, row.get(i));
                    }
                    ps.executeUpdate();
                }
            }
        }
        pending.clear();
    }

    static void bind(PreparedStatement ps, int i, Object v) throws SQLException {
        if (v == null) {
            ps.setNull(i, Types.NULL);
        } else if (v instanceof Boolean b) {
            ps.setInt(i, b ? 1 : 0);
        } else if (v instanceof byte[] bytes) {
            ps.setBytes(i, bytes);
        } else if (v instanceof Double d) {
            ps.setDouble(i, d);
        } else if (v instanceof Integer n) {
            ps.setInt(i, n);
        } else if (v instanceof Long n) {
            ps.setLong(i, n);
        } else {
            ps.setString(i, v.toString());
        }
    }
}
