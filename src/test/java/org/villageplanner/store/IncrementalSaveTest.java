package org.villageplanner.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.villageplanner.domain.Agreement;
import org.villageplanner.domain.Cluster;
import org.villageplanner.domain.ClusterType;
import org.villageplanner.domain.Contribution;
import org.villageplanner.domain.DistributionBasis;
import org.villageplanner.domain.GeoPoint;
import org.villageplanner.domain.InvestmentProject;
import org.villageplanner.domain.PlanProject;
import org.villageplanner.domain.PlannerException;
import org.villageplanner.domain.ProjectInfo;
import org.villageplanner.domain.Saving;
import org.villageplanner.domain.Scenario;
import org.villageplanner.domain.ShareRule;
import org.villageplanner.domain.Village;
import org.villageplanner.sample.SyntheticProject;

/**
 * The autosave's incremental write: after any sequence of random edits, each saved with
 * {@link GeoPackageRepository#writeChanges}, the file holds the same rows (and reads back as the same project) as a
 * whole write of the same project into a fresh file; the delta is really used for cluster edits; and a write that
 * fails at any stage leaves the file as the last save left it.
 */
class IncrementalSaveTest {
    private final GeoPackageRepository repo = new GeoPackageRepository();

    @TempDir
    Path dir;

    @AfterEach
    void forget() {
        OutlineCache.clear();
        VillageRows.clear();
        IncrementalSave.forget(dir.resolve("recovery.gpkg").toAbsolutePath());
    }

    @Test
    void randomEditsSavedIncrementallyGiveTheFileOfAWholeWrite() throws Exception {
        for (long seed : new long[] {1, 2}) {
            Path rec = dir.resolve("recovery.gpkg");
            Files.deleteIfExists(rec);
            Random random = new Random(seed);
            PlanProject p = SyntheticProject.generate(90, seed);
            List<PlanProject> history = new ArrayList<>(List.of(p));
            int deltas = 0;
            int movesByDelta = 0;
            for (int step = 0; step < 30; step++) {
                // Every third edit is a paint stroke's move, the common case; the rest are any edit.
                Edit e = step % 3 == 1 ? Edit.MOVE : Edit.values()[random.nextInt(Edit.values().length)];
                p = e == Edit.UNDO ? history.get(random.nextInt(history.size())) : edit(p, e, random, step);
                history.add(p);
                repo.writeChanges(p, rec);
                int touched = IncrementalSave.lastTouched();
                if (touched >= 0) {
                    deltas++;
                    movesByDelta += e == Edit.MOVE ? 1 : 0;
                }
                if (step == 0) {
                    assertEquals(-1, touched, "the first save of the session writes the whole file");
                }
                Path fresh = dir.resolve("fresh-" + seed + "-" + step + ".gpkg");
                assertTablesOfAWholeWrite(p, fresh, rec, "seed " + seed + ", step " + step + " (" + e + ")");
                assertEquals(repo.read(fresh), repo.read(rec), "seed " + seed + ", step " + step + " (" + e + ")");
                assertEquals(p.scenarios(), repo.read(rec).scenarios());
                Files.delete(fresh);
            }
            System.out.printf("seed %d: %d of 30 saves incremental, %d moves%n", seed, deltas, movesByDelta);
            assertTrue(deltas >= 12, "seed " + seed + ": only " + deltas + " of 30 saves were incremental");
            assertTrue(movesByDelta > 0, "seed " + seed + ": no village move was saved as a delta");
            try (Stream<Path> left = Files.list(dir)) {
                assertEquals(List.of(), left.filter(f -> f.toString().endsWith(".saving")).toList());
            }
        }
    }

    @Test
    void aOneVillageMoveRewritesTwoClustersAndAFileChangedByOthersIsWrittenWhole() throws Exception {
        Path rec = dir.resolve("recovery.gpkg");
        PlanProject p = SyntheticProject.generate(60, 3);
        repo.writeChanges(p, rec);
        assertEquals(-1, IncrementalSave.lastTouched());
        PlanProject moved = move(p, new Random(5));
        repo.writeChanges(moved, rec);
        assertEquals(2, IncrementalSave.lastTouched(), "the village's old and new cluster");
        // Another writer replaces the file: the next save cannot trust it and writes it whole.
        repo.write(p, rec);
        repo.writeChanges(move(moved, new Random(6)), rec);
        assertEquals(-1, IncrementalSave.lastTouched());
        // A file touched in place (same name and inode) is not trusted either.
        repo.writeChanges(moved, rec);
        assertEquals(2, IncrementalSave.lastTouched());
        Files.write(rec, new byte[] {0}, java.nio.file.StandardOpenOption.APPEND);
        Files.setLastModifiedTime(rec, java.nio.file.attribute.FileTime.fromMillis(1_000));
        repo.writeChanges(p, rec);
        assertEquals(-1, IncrementalSave.lastTouched());
        assertEquals(p, repo.read(rec));
    }

    @Test
    void aRetiredCopyIsGoneButTheNextSaveIsStillADeltaFromIt() throws Exception {
        Path rec = dir.resolve("recovery.gpkg");
        Path spare = dir.resolve(".spare.gpkg");
        PlanProject p = SyntheticProject.generate(60, 11);
        repo.writeChanges(p, rec);
        repo.retire(rec, spare);
        assertTrue(!Files.exists(rec) && Files.exists(spare), "moved aside");
        PlanProject moved = move(p, new Random(3));
        repo.writeChanges(moved, rec);
        assertEquals(2, IncrementalSave.lastTouched());
        assertTrue(!Files.exists(spare), "the spare goes once the copy is written again");
        OutlineCache.clear();
        repo.write(moved, dir.resolve("fresh.gpkg"));
        assertEquals(dump(dir.resolve("fresh.gpkg")), dump(rec));
        Files.delete(dir.resolve("fresh.gpkg")); // not a project file the next write could start from
        // A retired copy whose spare was touched by someone else is not trusted.
        repo.retire(rec, spare);
        Files.setLastModifiedTime(spare, java.nio.file.attribute.FileTime.fromMillis(5_000));
        repo.writeChanges(p, rec);
        assertEquals(-1, IncrementalSave.lastTouched());
        assertEquals(p, repo.read(rec));
    }

    @Test
    void theFirstRecoveryWriteIsADeltaFromTheOpenedProjectFileWhichStaysUntouched() throws Exception {
        for (long seed : new long[] {21, 22}) {
            Path project = dir.resolve("project-" + seed + ".gpkg");
            Path rec = dir.resolve("recovery.gpkg");
            Files.deleteIfExists(rec);
            repo.write(SyntheticProject.generate(90, seed), project);
            OutlineCache.clear();
            VillageRows.clear();
            PlanProject p = repo.read(project); // a new session opens the file
            byte[] saved = Files.readAllBytes(project);
            Random random = new Random(seed);
            for (int step = 0; step < 6; step++) {
                Edit e = step == 0 ? Edit.MOVE : Edit.values()[random.nextInt(Edit.values().length)];
                p = e == Edit.UNDO ? p : edit(p, e, random, step);
                repo.writeChanges(p, rec);
                if (step == 0) {
                    assertEquals(2, IncrementalSave.lastTouched(), "seed " + seed
                            + ": the first recovery write is a delta from the project file");
                }
                Path fresh = dir.resolve("fresh.gpkg");
                assertTablesOfAWholeWrite(p, fresh, rec, "seed " + seed + ", step " + step + " (" + e + ")");
                assertEquals(p, repo.read(rec));
                Files.delete(fresh);
            }
            assertArrayEquals(saved, Files.readAllBytes(project), "the project file is copied, never changed");
        }
    }

    @Test
    void aProjectFileChangedSinceItWasOpenedIsNotTheBase() throws Exception {
        Path project = dir.resolve("project.gpkg");
        Path rec = dir.resolve("recovery.gpkg");
        repo.write(SyntheticProject.generate(60, 23), project);
        PlanProject p = repo.read(project);
        // Another program changes the file after it was opened (here: its modification time).
        Files.setLastModifiedTime(project, java.nio.file.attribute.FileTime.fromMillis(7_000));
        PlanProject moved = move(p, new Random(1));
        repo.writeChanges(moved, rec);
        assertEquals(-1, IncrementalSave.lastTouched(), "written whole");
        assertEquals(moved, repo.read(rec));
        // A file with a write-ahead log beside it is not copied alone either.
        p = repo.read(project);
        Files.write(dir.resolve("project.gpkg-wal"), new byte[] {1, 2, 3});
        Files.deleteIfExists(rec);
        repo.writeChanges(move(p, new Random(2)), rec);
        assertEquals(-1, IncrementalSave.lastTouched(), "written whole");
    }

    @Test
    void removingTheClustersAtTheEdgeShrinksTheLayersExtentsAsAWholeWriteDoes() throws Exception {
        Path rec = dir.resolve("recovery.gpkg");
        PlanProject p = SyntheticProject.generate(60, 9);
        Scenario s = p.scenarios().get(1);
        Map<String, Village> byCode = p.villagesByCode();
        Cluster east = s.clusters().stream().max(Comparator.comparingDouble(c -> c.members().stream()
                .mapToDouble(m -> byCode.get(m).geometry().getEnvelopeInternal().getMaxX()).max().orElse(0))).orElseThrow();
        Cluster other = s.clusters().stream().filter(c -> c != east).findFirst().orElseThrow();
        p = p.withScenario(s.withCluster(other.withProjects(List.of(new InvestmentProject("码头", "PORT",
                org.villageplanner.domain.InvestmentMode.OPERATED, 1e6, 1e5, 1e4, 0, 0, 0, 20, 0.1, 0, 0, 0,
                new GeoPoint(125, 35))))));
        repo.writeChanges(p, rec);
        List<String> before = dump(rec).get("gpkg_contents");
        PlanProject smaller = p.withScenario(p.scenarios().get(1).withoutCluster(east.id())
                .withCluster(other.withProjects(List.of())));
        repo.writeChanges(smaller, rec);
        assertEquals(2, IncrementalSave.lastTouched());
        OutlineCache.clear();
        repo.write(smaller, dir.resolve("fresh.gpkg"));
        List<String> extents = dump(dir.resolve("fresh.gpkg")).get("gpkg_contents");
        assertEquals(extents, dump(rec).get("gpkg_contents"));
        assertNotEquals(before, extents, "both layers' extents shrink");
    }

    @Test
    void anIncrementalWriteThatFailsAtAnyStageLeavesTheFileAsItWas() throws Exception {
        for (String stage : List.of("copy", "data", "commit", "move")) {
            Path rec = dir.resolve("recovery-" + stage + ".gpkg");
            PlanProject p = SyntheticProject.generate(60, 4);
            repo.writeChanges(p, rec);
            PlanProject one = move(p, new Random(7));
            repo.writeChanges(one, rec);
            assertEquals(2, IncrementalSave.lastTouched());
            byte[] before = Files.readAllBytes(rec);
            GeoPackageRepository failing = new GeoPackageRepository(s -> {
                if (s.equals(stage)) {
                    throw new IllegalStateException("disk gone at " + s);
                }
            });
            PlanProject two = move(one, new Random(8));
            assertThrows(PlannerException.class, () -> failing.writeChanges(two, rec));
            assertArrayEquals(before, Files.readAllBytes(rec), stage);
            assertEquals(one, repo.read(rec));
            try (Stream<Path> left = Files.list(dir)) {
                assertEquals(List.of(), left.filter(f -> f.toString().endsWith(".saving")).toList(), stage);
            }
            // After a failure nothing is assumed about the file: the next save writes it whole, and right.
            repo.writeChanges(two, rec);
            assertEquals(-1, IncrementalSave.lastTouched(), stage);
            assertEquals(two, repo.read(rec));
        }
    }

    private enum Edit { MOVE, MOVE2, RENAME, KIND, MONEY, PROJECT, BRIDGE, ADD, REMOVE, UNDO, NOTES, REORDER, TITLE,
        OTHER_SCENARIO, VILLAGES }

    private static PlanProject edit(PlanProject p, Edit e, Random r, int step) {
        Scenario s = p.scenarios().get(1);
        List<Cluster> cs = s.clusters();
        Cluster c = cs.get(r.nextInt(cs.size()));
        return switch (e) {
            case MOVE, MOVE2 -> move(p, r);
            case RENAME -> p.withScenario(s.withCluster(c.withName("改名" + step)));
            case KIND -> p.withScenario(s.withCluster(c.withType(ClusterType.values()[r.nextInt(ClusterType.values().length)])
                    .withLocked(r.nextBoolean()).withLeader(c.members().isEmpty() ? null : c.members().get(0))));
            case MONEY -> p.withScenario(s.withCluster(c.withContributions(List.of(
                    Contribution.cash(c.members().isEmpty() ? "town" : c.members().get(0), 1000 * step),
                    new Contribution("town", "镇", 1, 2, 3, 4))).withAgreement(new Agreement(ShareRule.FIXED,
                    DistributionBasis.CASH, Map.of("town", 0.4, "x" + step, 0.6), 0.05, "town", step % 2 == 0 ? null
                    : 5e5, 0.1, 0.05, 0.9))));
            case PROJECT -> p.withScenario(s.withCluster(withSavings(c.withProjects(List.of(
                    InvestmentProject.operated("项目" + step, 1e6, 3e5, 1e5),
                    new InvestmentProject("厂房", "FACTORY", org.villageplanner.domain.InvestmentMode.LEASED, 4e6, 0, 0,
                            0, 0, 0, 30, 0.05, 4e5, 0.03, 1e6, new GeoPoint(121 + r.nextDouble(), 30 + step / 100.0)))),
                    step)));
            case BRIDGE -> p.withScenario(s.withCluster(c.withBridges(c.bridges().isEmpty() ? List.of("河", "路") : List.of())));
            case ADD -> p.withScenario(s.withCluster(Cluster.of("new" + step, "新片区" + step, ClusterType.ENCLAVE, null,
                    List.of())));
            case REMOVE -> p.withScenario(s.withoutCluster(c.id()));
            case NOTES -> p.withScenario(s.withNotes("备注" + step).withAssumptions(s.assumptions().withYears(5 + step % 20)));
            case REORDER -> {
                List<Cluster> out = new ArrayList<>(cs);
                java.util.Collections.swap(out, 0, out.size() - 1);
                yield p.withScenario(s.withClusters(out));
            }
            case TITLE -> p.withInfo(new ProjectInfo("标题" + step, p.info().township(), false, "test"));
            case OTHER_SCENARIO -> p.withScenario(p.scenarios().get(0).withCluster(Cluster.of("z" + step, "现状片区",
                    ClusterType.ENCLAVE, null, List.of())));
            case VILLAGES -> p.withVillages(new ArrayList<>(p.villages()));
            case UNDO -> p;
        };
    }

    private static Cluster withSavings(Cluster c, int step) {
        return c.members().isEmpty() ? c : new Cluster(c.id(), c.name(), c.type(), c.leader(), c.members(), c.entity(),
                c.agreement(), c.contributions(), c.projects(), List.of(new Saving(c.members().get(0), step)),
                c.locked(), c.bridges());
    }

    /** One village (any) moved into another cluster of 方案, as the paint brush does. */
    static PlanProject move(PlanProject p, Random r) {
        Scenario s = p.scenarios().get(1);
        Village v = p.villages().get(r.nextInt(p.villages().size()));
        List<Cluster> cs = s.clusters();
        Cluster into = cs.get(r.nextInt(cs.size()));
        Scenario out = s;
        for (Cluster c : cs) {
            if (c.members().contains(v.code()) && c != into) {
                out = out.withCluster(c.withMembers(c.members().stream().filter(m -> !m.equals(v.code())).toList()));
            }
        }
        if (!into.members().contains(v.code())) {
            List<String> members = new ArrayList<>(into.members());
            members.add(v.code());
            out = out.withCluster(into.withMembers(members));
        }
        return p.withScenario(out);
    }

    /**
     * Every table's rows as text, without the row ids and the change times: rows are in file order within the groups
     * whose order the reader keeps (a scenario's clusters, a cluster's rows), groups and other tables sorted.
     */
    /** Writes {@code p} whole into {@code fresh} (no cached outlines or rows) and compares {@code rec} table by table. */
    private void assertTablesOfAWholeWrite(PlanProject p, Path fresh, Path rec, String where) throws Exception {
        OutlineCache.clear();
        VillageRows.clear();
        repo.write(p, fresh);
        Map<String, List<String>> whole = dump(fresh);
        Map<String, List<String>> delta = dump(rec);
        assertEquals(whole.keySet(), delta.keySet(), where);
        for (String table : whole.keySet()) {
            assertEquals(whole.get(table), delta.get(table), where + ", table " + table);
        }
    }

    static Map<String, List<String>> dump(Path f) throws Exception {
        Map<String, List<String>> out = new LinkedHashMap<>();
        try (Connection c = GeoPackageRepository.open(f, true); Statement st = c.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = st.executeQuery("SELECT name, sql FROM sqlite_master WHERE type = 'table'"
                    + " AND name <> 'sqlite_sequence' ORDER BY name")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                    out.put("schema " + rs.getString(1), List.of(rs.getString(2)));
                }
            }
            for (String t : tables) {
                List<String[]> rows = new ArrayList<>();
                List<String> names = new ArrayList<>();
                try (ResultSet rs = st.executeQuery("SELECT * FROM " + Sql.q(t) + " ORDER BY rowid")) {
                    ResultSetMetaData md = rs.getMetaData();
                    for (int i = 1; i <= md.getColumnCount(); i++) {
                        names.add(md.getColumnName(i));
                    }
                    while (rs.next()) {
                        List<String> row = new ArrayList<>();
                        for (int i = 1; i <= names.size(); i++) {
                            if (names.get(i - 1).equals("fid") || names.get(i - 1).equals("last_change")) {
                                continue;
                            }
                            Object v = rs.getObject(i);
                            row.add(v instanceof byte[] b ? HexFormat.of().formatHex(b) : String.valueOf(v));
                        }
                        rows.add(row.toArray(String[]::new));
                    }
                }
                int sc = names.indexOf("scenario") - (names.contains("fid") ? 1 : 0);
                int id = names.indexOf("cluster_id") - (names.contains("fid") ? 1 : 0);
                Comparator<String[]> order;
                if (t.equals("clusters")) {
                    order = Comparator.comparing(a -> a[sc]);
                } else if (ProjectFileDelta.PART_TABLES.contains(t)) {
                    order = Comparator.<String[], String>comparing(a -> a[sc]).thenComparing(a -> a[id]);
                } else {
                    order = Comparator.comparing(a -> String.join("\u0001", a));
                }
                rows.sort(order); // stable: file order within a group
                out.put(t, rows.stream().map(a -> String.join(" | ", a)).toList());
            }
        }
        return out;
    }
}
