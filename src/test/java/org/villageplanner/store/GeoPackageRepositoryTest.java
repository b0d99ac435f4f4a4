package org.villageplanner.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.villageplanner.domain.Messages;
import org.villageplanner.domain.PlannerException;
import org.villageplanner.domain.PlanProject;

class GeoPackageRepositoryTest {
    private final GeoPackageRepository repo = new GeoPackageRepository();

    @TempDir
    Path dir;

    @BeforeAll
    static void english() {
        Messages.setLocale(Locale.ENGLISH);
    }

    @Test
    void readingWhatWasWrittenGivesTheSameProject() {
        PlanProject p = TestProjects.everyField();
        Path f = dir.resolve("p.gpkg");
        repo.write(p, f);
        PlanProject back = repo.read(f);
        assertEquals(p.info(), back.info());
        for (int i = 0; i < p.villages().size(); i++) {
            assertEquals(p.villages().get(i), back.villages().get(i), "village " + i);
        }
        assertEquals(p.scenarios(), back.scenarios());
        assertEquals(p, back);
    }

    @Test
    void fileIsAGeoPackage13WithTheRequiredSpatialReferences() throws Exception {
        Path f = dir.resolve("p.gpkg");
        repo.write(TestProjects.everyField(), f);
        try (Connection c = GeoPackageRepository.open(f, true); var s = c.createStatement()) {
            var rs = s.executeQuery("PRAGMA application_id");
            assertEquals(0x47504B47, rs.getInt(1));
            rs = s.executeQuery("PRAGMA user_version");
            assertEquals(10300, rs.getInt(1));
            rs = s.executeQuery("SELECT group_concat(srs_id) FROM (SELECT srs_id FROM gpkg_spatial_ref_sys ORDER BY srs_id)");
            assertEquals("-1,0,4326,4490", rs.getString(1));
            rs = s.executeQuery("SELECT geometry_type_name FROM gpkg_geometry_columns WHERE table_name = 'villages'");
            assertEquals("GEOMETRY", rs.getString(1), "mixed polygons and points");
            rs = s.executeQuery("SELECT min_x, max_y FROM gpkg_contents WHERE table_name = 'villages'");
            assertEquals(121.5, rs.getDouble(1));
            assertEquals(30.13, rs.getDouble(2));
        }
    }

    @Test
    void failedSaveLeavesThePreviousFileByteForByte() throws Exception {
        Path f = dir.resolve("p.gpkg");
        repo.write(TestProjects.everyField(), f);
        byte[] before = Files.readAllBytes(f);
        for (String stage : List.of("schema", "data", "commit", "move")) {
            GeoPackageRepository failing = new GeoPackageRepository(s -> {
                if (s.equals(stage)) {
                    throw new IllegalStateException("disk full at " + s);
                }
            });
            PlanProject changed = TestProjects.everyField().withScenarios(List.of());
            PlannerException e = assertThrows(PlannerException.class, () -> failing.write(changed, f));
            assertEquals("store.save.failed", e.key());
            assertTrue(e.getMessage().contains(f.toAbsolutePath().toString()), e.getMessage());
            assertArrayEquals(before, Files.readAllBytes(f), "after failing at " + stage);
            try (Stream<Path> left = Files.list(dir)) {
                // The lock file PROJECT.gpkg.lock stays (cleared); no temporary file may.
                assertEquals(List.of(f), left.filter(p -> !p.toString().endsWith(".gpkg.lock")).toList(),
                        "no temporary file left after " + stage);
            }
        }
        assertEquals(2, repo.read(f).scenarios().size());
    }

    @Test
    void aFileThatIsNotAGeoPackageIsRefusedNamingIt() throws Exception {
        Path f = dir.resolve("notes.gpkg");
        Files.writeString(f, "hello");
        PlannerException e = assertThrows(PlannerException.class, () -> repo.read(f));
        assertEquals("store.file.notGeoPackage", e.key());
        assertTrue(e.getMessage().contains("notes.gpkg"));
        PlannerException missing = assertThrows(PlannerException.class, () -> repo.read(dir.resolve("none.gpkg")));
        assertEquals("store.file.missing", missing.key());
    }

    @Test
    void aGeoPackageWithoutPlannerTablesIsRefusedNamingIt() throws Exception {
        Path f = dir.resolve("qgis.gpkg");
        Process p = new ProcessBuilder("ogr2ogr", "-f", "GPKG", f.toString(),
                Path.of("maps/cixi_outline_wgs84.geojson").toAbsolutePath().toString()).redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        assertEquals(0, p.waitFor());
        PlannerException e = assertThrows(PlannerException.class, () -> repo.read(f));
        assertEquals("store.file.notProject", e.key());
        assertTrue(e.getMessage().contains("qgis.gpkg"));
    }

    @Test
    void aFileFromAnOlderSchemaIsMigratedOnOpenWithoutTouchingIt() throws Exception {
        Path f = dir.resolve("old.gpkg");
        try (Connection c = GeoPackageRepository.open(f, false)) {
            Migrations.migrate(c, 0, 1);
            Migrations.exec(c, "INSERT INTO villages (code, name, town, population, households, total_income,"
                    + " operating_income, assets, idle_land_mu, idle_houses, resources, mountain)"
                    + " VALUES ('1', '甲村', '', 1, 1, 2, 1, 0, 0, 0, '', 0)");
            Migrations.exec(c, "INSERT INTO scenarios (name, notes, \"order\") VALUES ('现状', '', 0)");
            Migrations.exec(c, "INSERT INTO assumptions (scenario, years, baseline_growth, discount_rate,"
                    + " total_income_target, operating_income_target, strong_threshold, weak_threshold,"
                    + " land_yuan_per_mu, mc_runs, mc_seed) VALUES ('现状', 10, 0, 0.06, 1e6, 5e5, 2e6, 5e5, 0, 0, 1)");
            Migrations.exec(c, "INSERT INTO clusters (scenario, cluster_id, name, type, leader, member_count)"
                    + " VALUES ('现状', 'k', 'K', 'COMPLEMENTARY', NULL, 1)");
            Migrations.exec(c, "INSERT INTO cluster_members (scenario, cluster_id, \"order\", village_code)"
                    + " VALUES ('现状', 'k', 0, '1')");
        }
        byte[] before = Files.readAllBytes(f);
        PlanProject p = repo.read(f);
        assertEquals("甲村", p.villages().get(0).name());
        assertEquals(0.0, p.scenarios().get(0).assumptions().monteCarlo().correlation());
        assertFalse(p.scenarios().get(0).clusters().get(0).locked());
        assertArrayEquals(before, Files.readAllBytes(f));
    }

    @Test
    void anUnknownClusterTypeInTheFileIsAnErrorNamingFileTableAndColumn() throws Exception {
        Path f = dir.resolve("edited.gpkg");
        repo.write(TestProjects.everyField(), f);
        try (Connection c = GeoPackageRepository.open(f, false)) {
            Migrations.exec(c, "UPDATE clusters SET type = 'BIG' WHERE cluster_id = 'xufu'");
        }
        PlannerException e = assertThrows(PlannerException.class, () -> repo.read(f));
        assertEquals("core.enum.unknown", e.key());
        assertTrue(e.getMessage().contains("edited.gpkg: clusters #1") && e.getMessage().contains("BIG")
                && e.getMessage().contains("STRONG_HELPS_WEAK"), e.getMessage());
    }

    @Test
    void aFileFromANewerSchemaIsRefused() throws Exception {
        Path f = dir.resolve("new.gpkg");
        repo.write(TestProjects.everyField(), f);
        try (Connection c = GeoPackageRepository.open(f, false)) {
            Migrations.exec(c, "INSERT INTO vcp_schema_version VALUES (" + (Migrations.CURRENT + 1) + ", 'future')");
        }
        PlannerException e = assertThrows(PlannerException.class, () -> repo.read(f));
        assertEquals("store.file.newer", e.key());
        assertTrue(e.getMessage().contains("new.gpkg") && e.getMessage().contains(String.valueOf(Migrations.CURRENT + 1)));
    }
}
