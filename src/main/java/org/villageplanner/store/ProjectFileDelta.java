package org.villageplanner.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.locationtech.jts.geom.Envelope;
import org.villageplanner.domain.Cluster;
import org.villageplanner.domain.PlanProject;
import org.villageplanner.domain.Scenario;
import org.villageplanner.domain.Village;

/**
 * What changed between the project a save wrote and the next one, when it can be written into that save's file as a
 * few row changes, and the writing of it. It can when the village list is the very same object (villages are
 * immutable, so their rows are the same), the project's info is equal, and the scenarios have the same names in the
 * same order; per scenario, the notes and assumptions, and the clusters changed, removed and added, where the kept
 * clusters are in their old order and the added ones come after all of them (the file's row order is the clusters'
 * order, so an added row, which goes last, must be last). Anything else gives {@code null}, and the caller writes
 * the whole file. The rows written are those {@link ProjectFileWriter} writes for a whole project; the file read
 * back after any sequence of deltas equals the file a whole write of the last project gives.
 */
final class ProjectFileDelta {
    /** The tables holding rows of one cluster besides {@code clusters}, each keyed by (scenario, cluster_id). */
    static final List<String> PART_TABLES = List.of("cluster_members", "entities", "agreements", "agreement_shares",
            "contributions", "projects", "savings", ReferenceTables.BRIDGES);

    /** The file does not look as the last save left it (a row missing, a layer of another type): write it whole. */
    static final class Refused extends RuntimeException {
        Refused(String why) {
            super(why, null, false, false);
        }
    }

    private record ScenarioDelta(Scenario before, Scenario after, boolean header, Set<String> changed, List<String> removed,
            Set<String> added) {
    }

    private final List<ScenarioDelta> scenarios;

    private ProjectFileDelta(List<ScenarioDelta> scenarios) {
        this.scenarios = scenarios;
    }

    /** The clusters this delta rewrites (changed, removed or added), over all scenarios: for tests and benches. */
    int clustersTouched() {
        return scenarios.stream().mapToInt(d -> d.changed().size() + d.removed().size() + d.added().size()).sum();
    }

    /** The change from {@code before} (what the file holds) to {@code after}, or null when it is not a delta. */
    static ProjectFileDelta between(PlanProject before, PlanProject after) {
        if (before.villages() != after.villages() || !before.info().equals(after.info())
                || before.scenarios().size() != after.scenarios().size()) {
            return null;
        }
        List<ScenarioDelta> out = new ArrayList<>();
        for (int i = 0; i < after.scenarios().size(); i++) {
            Scenario b = before.scenarios().get(i);
            Scenario a = after.scenarios().get(i);
            if (!b.name().equals(a.name())) {
                return null;
            }
            if (b == a) {
                continue;
            }
            ScenarioDelta d = of(b, a);
            if (d == null) {
                return null;
            }
            out.add(d);
        }
        return new ProjectFileDelta(out);
    }

    private static ScenarioDelta of(Scenario b, Scenario a) {
        Map<String, Integer> oldIndex = new HashMap<>();
        for (int i = 0; i < b.clusters().size(); i++) {
            if (oldIndex.put(b.clusters().get(i).id(), i) != null) {
                return null;
            }
        }
        Set<String> seen = new HashSet<>();
        Set<String> changed = new HashSet<>();
        Set<String> added = new HashSet<>();
        int lastKept = -1;
        for (Cluster c : a.clusters()) {
            if (!seen.add(c.id())) {
                return null;
            }
            Integer at = oldIndex.get(c.id());
            if (at == null) {
                added.add(c.id());
                continue;
            }
            if (!added.isEmpty() || at < lastKept) {
                return null; // a kept cluster after an added one, or kept clusters in another order
            }
            lastKept = at;
            Cluster o = b.clusters().get(at);
            if (o != c && !o.equals(c)) {
                changed.add(c.id());
            }
        }
        List<String> removed = new ArrayList<>();
        for (Cluster c : b.clusters()) {
            if (!seen.contains(c.id())) {
                removed.add(c.id());
            }
        }
        boolean header = !Objects.equals(b.notes(), a.notes()) || !Objects.equals(b.assumptions(), a.assumptions());
        return new ScenarioDelta(b, a, header, changed, removed, added);
    }

    /**
     * Writes this delta into {@code c} (inside the caller's transaction), leaving it holding {@code after}, and
     * returns the clusters' extents of the file so written (from {@code last}, those of the file before); throws
     * {@link Refused} when the file is not as expected, after which the caller must not commit.
     */
    ClusterExtents apply(Connection c, PlanProject after, ClusterExtents last) throws SQLException {
        ProjectFileWriter w = new ProjectFileWriter(c);
        w.amend(last);
        Map<String, Village> byCode = after.villagesByCode();
        for (ScenarioDelta d : scenarios) {
            String name = d.after().name();
            if (d.header()) {
                updateHeader(c, d.after());
            }
            List<String> gone = new ArrayList<>(d.changed());
            gone.addAll(d.removed());
            for (String table : PART_TABLES) {
                delete(c, table, name, gone);
            }
            delete(c, "clusters", name, d.removed());
            for (Cluster old : d.before().clusters()) {
                if (d.changed().contains(old.id()) || d.removed().contains(old.id())) {
                    w.outlines().drop(old.members());
                }
            }
            for (String id : d.removed()) {
                w.extents().remove(name, id);
            }
            // Only the clusters rewritten are visited: the others' rows, outlines and extents stay as they were.
            Map<String, Long> rows = fids(c, name, new ArrayList<>(d.changed()));
            for (Cluster cl : d.after().clusters()) {
                boolean changed = d.changed().contains(cl.id());
                if (!changed && !d.added().contains(cl.id())) {
                    continue;
                }
                OutlineCache.Outline outline = w.outline(name, cl, byCode);
                if (changed) {
                    updateCluster(c, rows.get(cl.id()), name, cl, outline.blob());
                } else {
                    w.queueCluster(name, cl, outline.blob());
                }
                w.writeParts(name, cl);
                w.queueBridges(name, cl);
            }
        }
        w.flush();
        ClusterExtents extents = w.extents();
        requireType(c, "clusters", ProjectFileWriter.geometryType(extents.types(), "MULTIPOLYGON"));
        requireType(c, "projects", "POINT");
        try (PreparedStatement ps = c.prepareStatement("UPDATE \"gpkg_contents\" SET"
                + " \"last_change\" = strftime('%Y-%m-%dT%H:%M:%fZ','now')")) {
            ps.executeUpdate();
        }
        extent(c, "clusters", extents.clusterBox());
        extent(c, "projects", extents.projectBox());
        w.outlines().commit();
        return extents;
    }

    /**
     * The clusters' extents of a file this process did not write (the project file as opened), read from its rows as
     * a whole write would have recorded them: each cluster's outline box and type, its projects' box. Throws
     * {@link Refused} when a geometry cannot be read.
     */
    static ClusterExtents extentsOf(Connection c) throws SQLException {
        ClusterExtents out = new ClusterExtents();
        GpkgGeometry blobs = new GpkgGeometry(new org.locationtech.jts.geom.GeometryFactory());
        Map<String, Envelope> projects = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT \"scenario\", \"cluster_id\", \"geom\" FROM \"projects\" WHERE \"geom\" IS NOT NULL");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                org.locationtech.jts.geom.Geometry at = decode(blobs, rs.getBytes(3));
                if (at != null && !at.isEmpty()) {
                    projects.computeIfAbsent(rs.getString(1) + '\u0000' + rs.getString(2), k -> new Envelope())
                            .expandToInclude(at.getEnvelopeInternal());
                }
            }
        }
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT \"scenario\", \"cluster_id\", \"geom\" FROM \"clusters\"");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                org.locationtech.jts.geom.Geometry g = decode(blobs, rs.getBytes(3));
                out.put(rs.getString(1), rs.getString(2), new ClusterExtents.Part(g == null ? null
                        : g.getEnvelopeInternal(), g == null ? null : g.getGeometryType(),
                        projects.get(rs.getString(1) + '\u0000' + rs.getString(2))));
            }
        }
        return out;
    }

    private static org.locationtech.jts.geom.Geometry decode(GpkgGeometry blobs, byte[] blob) {
        try {
            return blobs.decode(blob);
        } catch (IllegalArgumentException e) {
            throw new Refused("unreadable geometry: " + e.getMessage());
        }
    }

    private static void updateHeader(Connection c, Scenario s) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE \"scenarios\" SET \"notes\" = ? WHERE \"name\" = ?")) {
            ps.setString(1, s.notes());
            ps.setString(2, s.name());
            requireOne(ps.executeUpdate(), "scenarios", s.name());
        }
        List<String> cols = ProjectFileWriter.ASSUMPTION_COLUMNS;
        List<Object> row = ProjectFileWriter.assumptionRow(s);
        StringBuilder sql = new StringBuilder("UPDATE \"assumptions\" SET ");
        for (int i = 1; i < cols.size(); i++) {
            sql.append(i > 1 ? ", " : "").append(Sql.q(cols.get(i))).append(" = ?");
        }
        sql.append(" WHERE \"scenario\" = ?");
        try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
            for (int i = 1; i < cols.size(); i++) {
                ProjectFileWriter.bind(ps, i, row.get(i));
            }
            ps.setString(cols.size(), s.name());
            requireOne(ps.executeUpdate(), "assumptions", s.name());
        }
    }

    /** Updates the cluster's row where it is, so that its place in the file (the clusters' order) stays. */
    private static void updateCluster(Connection c, Long fid, String scenario, Cluster cl, byte[] outline)
            throws SQLException {
        if (fid == null) {
            throw new Refused("no row for cluster " + scenario + " / " + cl.id());
        }
        List<String> cols = ProjectFileWriter.CLUSTER_COLUMNS;
        List<Object> row = ProjectFileWriter.clusterRow(scenario, cl, outline);
        StringBuilder sql = new StringBuilder("UPDATE \"clusters\" SET ");
        List<Object> values = new ArrayList<>();
        for (int i = 0; i < cols.size(); i++) {
            if (!cols.get(i).equals("scenario") && !cols.get(i).equals("cluster_id")) {
                sql.append(values.isEmpty() ? "" : ", ").append(Sql.q(cols.get(i))).append(" = ?");
                values.add(row.get(i));
            }
        }
        sql.append(" WHERE \"fid\" = ?");
        values.add(fid);
        try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
            for (int i = 0; i < values.size(); i++) {
                ProjectFileWriter.bind(ps, i + 1, values.get(i));
            }
            requireOne(ps.executeUpdate(), "clusters", scenario + " / " + cl.id());
        }
    }

    /** The row ids of the clusters {@code ids} of {@code scenario} in {@code clusters}, found in one pass per 500. */
    private static Map<String, Long> fids(Connection c, String scenario, List<String> ids) throws SQLException {
        Map<String, Long> out = new HashMap<>();
        for (int from = 0; from < ids.size(); from += 500) {
            List<String> part = ids.subList(from, Math.min(ids.size(), from + 500));
            String sql = "SELECT \"fid\", \"cluster_id\" FROM \"clusters\" WHERE \"scenario\" = ? AND \"cluster_id\" IN ("
                    + String.join(", ", Collections.nCopies(part.size(), "?")) + ")";
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setString(1, scenario);
                for (int i = 0; i < part.size(); i++) {
                    ps.setString(i + 2, part.get(i));
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        if (out.put(rs.getString(2), rs.getLong(1)) != null) {
                            throw new Refused("two rows for cluster " + scenario + " / " + rs.getString(2));
                        }
                    }
                }
            }
        }
        return out;
    }

    /** Deletes the rows of the clusters {@code ids} of {@code scenario} from {@code table}, in one pass per 500. */
    private static void delete(Connection c, String table, String scenario, List<String> ids) throws SQLException {
        for (int from = 0; from < ids.size(); from += 500) {
            List<String> part = ids.subList(from, Math.min(ids.size(), from + 500));
            String sql = "DELETE FROM " + Sql.q(table) + " WHERE \"scenario\" = ? AND \"cluster_id\" IN ("
                    + String.join(", ", Collections.nCopies(part.size(), "?")) + ")";
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setString(1, scenario);
                for (int i = 0; i < part.size(); i++) {
                    ps.setString(i + 2, part.get(i));
                }
                int n = ps.executeUpdate();
                if (table.equals("clusters") && n != part.size()) {
                    throw new Refused("clusters of " + scenario + " to remove: " + part.size() + ", rows: " + n);
                }
            }
        }
    }

    private static void requireType(Connection c, String table, String type) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT \"geometry_type_name\" FROM \"gpkg_geometry_columns\" WHERE \"table_name\" = ?")) {
            ps.setString(1, table);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next() || !type.equals(rs.getString(1))) {
                    throw new Refused(table + " is not a " + type + " layer");
                }
            }
        }
    }

    private static void extent(Connection c, String table, Envelope box) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE \"gpkg_contents\" SET \"min_x\" = ?, \"min_y\" = ?,"
                + " \"max_x\" = ?, \"max_y\" = ? WHERE \"table_name\" = ?")) {
            Object[] values = box.isNull() ? new Object[4]
                    : new Object[] {box.getMinX(), box.getMinY(), box.getMaxX(), box.getMaxY()};
            for (int i = 0; i < 4; i++) {
                ProjectFileWriter.bind(ps, i + 1, values[i]);
            }
            ps.setString(5, table);
            requireOne(ps.executeUpdate(), "gpkg_contents", table);
        }
    }

    private static void requireOne(int rows, String table, String what) {
        if (rows != 1) {
            throw new Refused(table + ": " + rows + " rows for " + what);
        }
    }
}
