package org.villageplanner.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.PrecisionModel;
import org.villageplanner.domain.Agreement;
import org.villageplanner.domain.Assumptions;
import org.villageplanner.domain.Cluster;
import org.villageplanner.domain.ClusterType;
import org.villageplanner.domain.Contribution;
import org.villageplanner.domain.DistributionBasis;
import org.villageplanner.domain.EntityForm;
import org.villageplanner.domain.Enums;
import org.villageplanner.domain.GeoPoint;
import org.villageplanner.domain.JointEntity;
import org.villageplanner.domain.MonteCarloSettings;
import org.villageplanner.domain.PlannerException;
import org.villageplanner.domain.PlanProject;
import org.villageplanner.domain.InvestmentProject;
import org.villageplanner.domain.ProjectInfo;
import org.villageplanner.domain.InvestmentMode;
import org.villageplanner.domain.Saving;
import org.villageplanner.domain.Scenario;
import org.villageplanner.domain.ShareRule;
import org.villageplanner.domain.Village;

/**
 * Reads a project from a GeoPackage at the current schema version. Cluster outlines in the {@code clusters} layer
 * are derived data and are not read back. Bad rows raise a {@link PlannerException} naming the file, table, row
 * and field.
 */
final class ProjectFileReader {
    private final GeometryFactory factory = new GeometryFactory(new PrecisionModel(), SpatialRefs.WGS84);
    private final GpkgGeometry blobs = new GpkgGeometry(factory);
    private final Connection c;
    private final String file;

    ProjectFileReader(Connection c, String file) {
        this.c = c;
        this.file = file;
    }

    /** The stored plan level; a value the planner does not know is a clear error naming file, row and field. */
    private org.villageplanner.domain.PlanLevel planLevel(Row r) {
        String key = r.text("plan_level");
        try {
            return org.villageplanner.domain.PlanLevel.parse(key);
        } catch (IllegalArgumentException e) {
            throw new PlannerException("store.file.badValue", file, "project_info", r.fid, "plan_level", key);
        }
    }

    PlanProject read() throws SQLException {
        ProjectInfo info = ProjectInfo.untitled();
        for (Row r : rows("project_info")) {
            info = new ProjectInfo(r.text("title"), r.text("township"), r.bool("illustrative"), r.text("source"),
                    planLevel(r));
        }
        // A file too large to hold is refused before a single village is read.
        try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM " + Sql.q("villages"));
             ResultSet rs = ps.executeQuery()) {
            org.villageplanner.domain.ProjectLimits.checkVillageCount(file, rs.next() ? rs.getLong(1) : 0);
        }
        List<Village> villages = new ArrayList<>();
        for (Row r : rows("villages")) {
            String res = r.text("resources");
            Set<String> resources = res == null || res.isBlank() ? Set.of()
                    : new LinkedHashSet<>(Arrays.asList(res.split(";")));
            villages.add(new Village(r.text("code"), r.text("name"), r.text("town"), r.geometry("geom"),
                    r.integer("population"), r.integer("households"), r.real("total_income"),
                    r.real("operating_income"), r.real("assets"), r.real("idle_land_mu"), r.integer("idle_houses"),
                    resources, r.bool("mountain")));
        }
        Map<String, List<Row>> members = byCluster("cluster_members");
        Map<String, List<Row>> entities = byCluster("entities");
        Map<String, List<Row>> agreements = byCluster("agreements");
        Map<String, List<Row>> shares = byCluster("agreement_shares");
        Map<String, List<Row>> contributions = byCluster("contributions");
        Map<String, List<Row>> projects = byCluster("projects");
        Map<String, List<Row>> savings = byCluster("savings");
        Map<String, List<Cluster>> clusters = new HashMap<>();
        for (Row r : rows("clusters")) {
            String key = key(r);
            List<String> codes = members.getOrDefault(key, List.of()).stream()
                    .sorted((a, b) -> Integer.compare(a.integer("order"), b.integer("order")))
                    .map(m -> m.text("village_code")).toList();
            JointEntity entity = null;
            for (Row e : entities.getOrDefault(key, List.of())) {
                entity = new JointEntity(e.text("name"), e.choice(EntityForm.class, "form"), e.real("income_tax_rate"));
            }
            Map<String, Double> fixed = new LinkedHashMap<>();
            for (Row s : shares.getOrDefault(key, List.of())) {
                fixed.put(s.text("party"), s.real("fraction"));
            }
            Agreement agreement = null;
            for (Row a : agreements.getOrDefault(key, List.of())) {
                agreement = new Agreement(a.choice(ShareRule.class, "rule"), a.choice(DistributionBasis.class, "basis"),
                        fixed, a.real("guaranteed_yield"), a.text("guarantor"), a.nullableReal("floor"),
                        a.real("reserve_ratio"), a.real("welfare_ratio"), a.real("payout_ratio"));
            }
            List<Contribution> cs = contributions.getOrDefault(key, List.of()).stream()
                    .map(k -> new Contribution(k.text("party"), k.text("name"), k.real("cash"), k.real("land_mu"),
                            k.real("assets"), k.real("resources"))).toList();
            List<InvestmentProject> ps = new ArrayList<>();
            for (Row p : projects.getOrDefault(key, List.of())) {
                Geometry g = p.geometry("geom");
                GeoPoint at = g instanceof Point pt && !pt.isEmpty() ? new GeoPoint(pt.getX(), pt.getY()) : null;
                ps.add(new InvestmentProject(p.text("name"), p.text("kind"), p.choice(InvestmentMode.class, "mode"), p.real("capex"),
                        p.real("annual_revenue"), p.real("annual_opex"), p.integer("ramp_years"), p.real("growth"),
                        p.real("opex_growth"), p.integer("life_years"), p.real("volatility"), p.real("annual_rent"),
                        p.real("revenue_share_rate"), p.real("operator_turnover"), at));
            }
            List<Saving> ss = savings.getOrDefault(key, List.of()).stream()
                    .map(s -> new Saving(s.text("village"), s.real("annual"))).toList();
            clusters.computeIfAbsent(r.text("scenario"), k -> new ArrayList<>()).add(new Cluster(r.text("cluster_id"),
                    r.text("name"), r.choice(ClusterType.class, "type"), r.text("leader"), codes, entity, agreement, cs,
                    ps, ss, r.bool("locked")));
        }
        Map<String, Assumptions> assumptions = new HashMap<>();
        for (Row a : rows("assumptions")) {
            assumptions.put(a.text("scenario"), new Assumptions(a.integer("years"), a.real("baseline_growth"),
                    a.real("discount_rate"), a.real("total_income_target"), a.real("operating_income_target"),
                    a.real("strong_threshold"), a.real("weak_threshold"), a.real("land_yuan_per_mu"),
                    new MonteCarloSettings(a.integer("mc_runs"), a.longValue("mc_seed"), a.real("mc_correlation"))));
        }
        List<Row> scenarioRows = new ArrayList<>(rows("scenarios"));
        scenarioRows.sort((a, b) -> Integer.compare(a.integer("order"), b.integer("order")));
        List<Scenario> scenarios = new ArrayList<>();
        for (Row s : scenarioRows) {
            String name = s.text("name");
            scenarios.add(new Scenario(name, s.text("notes"), assumptions.get(name), clusters.get(name)));
        }
        return new PlanProject(info, villages, ReferenceTables.withBridges(c, scenarios),
                ReferenceTables.barriers(c, blobs, file));
    }

    private static String key(Row r) {
        return r.text("scenario") + '\u0000' + r.text("cluster_id");
    }

    private Map<String, List<Row>> byCluster(String table) throws SQLException {
        Map<String, List<Row>> out = new HashMap<>();
        for (Row r : rows(table)) {
            out.computeIfAbsent(key(r), k -> new ArrayList<>()).add(r);
        }
        return out;
    }

    private List<Row> rows(String table) throws SQLException {
        List<Row> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT * FROM " + Sql.q(table) + " ORDER BY \"fid\"");
             ResultSet rs = ps.executeQuery()) {
            int n = rs.getMetaData().getColumnCount();
            Map<String, Integer> index = new HashMap<>();
            for (int i = 1; i <= n; i++) {
                index.put(rs.getMetaData().getColumnName(i), i - 1);
            }
            while (rs.next()) {
                Object[] values = new Object[n];
                for (int i = 0; i < n; i++) {
                    values[i] = rs.getObject(i + 1);
                }
                out.add(new Row(table, rs.getLong("fid"), index, values));
            }
        }
        return out;
    }

    /** One table row; accessors name the file, table, row and column when a value is missing or mistyped. */
    private final class Row {
        private final String table;
        private final long fid;
        private final Map<String, Integer> index;
        private final Object[] values;

        Row(String table, long fid, Map<String, Integer> index, Object[] values) {
            this.table = table;
            this.fid = fid;
            this.index = index;
            this.values = values;
        }

        private Object raw(String column) {
            Integer i = index.get(column);
            if (i == null) {
                throw new PlannerException("store.file.missingColumn", file, table, column);
            }
            return values[i];
        }

        String text(String column) {
            Object v = raw(column);
            return v == null ? null : v.toString();
        }

        private Number number(String column) {
            Object v = raw(column);
            if (v instanceof Number n) {
                return n;
            }
            throw new PlannerException("store.file.badValue", file, table, fid, column, String.valueOf(v));
        }

        double real(String column) {
            return number(column).doubleValue();
        }

        Double nullableReal(String column) {
            return raw(column) == null ? null : real(column);
        }

        int integer(String column) {
            return number(column).intValue();
        }

        long longValue(String column) {
            return number(column).longValue();
        }

        /** An enum value; an unknown name is an error naming the file, table, row and column. */
        <E extends Enum<E>> E choice(Class<E> type, String column) {
            return Enums.parse(type, text(column), file + ": " + table + " #" + fid, column);
        }

        boolean bool(String column) {
            return number(column).intValue() != 0;
        }

        Geometry geometry(String column) {
            Object v = raw(column);
            if (v == null) {
                return null;
            }
            if (!(v instanceof byte[] blob)) {
                throw new PlannerException("store.file.badGeometry", file, table, fid, "not a blob");
            }
            try {
                return blobs.decode(blob);
            } catch (IllegalArgumentException e) {
                throw new PlannerException(e, "store.file.badGeometry", file, table, fid, e.getMessage());
            }
        }
    }
}
