package org.villageplanner.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.villageplanner.domain.Cluster;
import org.villageplanner.domain.Messages;
import org.villageplanner.domain.PlanProject;
import org.villageplanner.domain.Scenario;
import org.villageplanner.domain.Village;
import org.villageplanner.sample.SyntheticProject;
import org.villageplanner.store.GeoPackageRepository;

/**
 * Every export format of the bundled sample and of a generated county, imported again with {@code planner import},
 * gives an equal project: the same villages with the same figures, and the exported scenario's clusters (members,
 * name, type, leader); a GeoPackage export brings every scenario back whole. GDAL's ogrinfo opens every export.
 */
class ProjectRoundTripTest {
    @TempDir
    Path dir;
    private final GeoPackageRepository repo = new GeoPackageRepository();

    @BeforeEach
    void english() {
        Messages.setLocale(Messages.ENGLISH);
    }

    static Stream<Arguments> cases() {
        return Stream.of("sample", "generated").flatMap(p -> Stream.of("gpkg", "geojson", "shp", "csv", "xlsx")
                .map(f -> Arguments.of(p, f)));
    }

    private Path source(String which) throws IOException {
        Path p = dir.resolve(which + ".gpkg");
        if (which.equals("sample")) {
            Files.copy(Path.of("samples/longshan.gpkg"), p);
        } else {
            PlanProject g = SyntheticProject.generate(300, 7);
            // Full-precision figures a rounding export would lose.
            List<Village> vs = g.villages().stream().map(v -> new Village(v.code(), v.name(), v.town(), v.geometry(),
                    v.population(), v.households(), v.totalIncome() + 0.37, v.operatingIncome(), v.assets(),
                    16.375, v.idleHouses(), v.resources(), v.mountain())).toList();
            repo.write(g.withVillages(vs), p);
        }
        return p;
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("cases")
    void exportImportsBackIntoAnEqualProject(String which, String format) throws IOException {
        Path project = source(which);
        PlanProject before = repo.read(project);
        Scenario exported = before.scenarios().stream().filter(s -> !s.clusters().isEmpty()).findFirst()
                .orElseThrow();
        Path out = export(project, format, exported.name());
        // A project GeoPackage brings all its scenarios; a flat table's cluster columns become the named one.
        Path back = dir.resolve("back.gpkg");
        CliRun i = format.equals("gpkg")
                ? CliRun.of("import", out.toString(), "--out", back.toString(), "--json", "--lang", "en")
                : CliRun.of("import", out.toString(), "--out", back.toString(), "--scenario", exported.name(),
                        "--json", "--lang", "en");
        assertEquals(0, i.exit(), i.err());
        assertTrue(noWarnings(i.out()), i.out());
        PlanProject after = repo.read(back);
        assertEqualProjects(before, after, exported, format, i.out());
    }

    private Path export(Path project, String format, String scenario) {
        Path out = dir.resolve("export." + format);
        CliRun e = CliRun.of("export", project.toString(), "--format", format, "--out", out.toString(),
                "--scenario", scenario, "--json", "--lang", "en");
        assertEquals(0, e.exit(), e.err());
        assertTrue(noWarnings(e.out()), "nothing was cut: " + e.out());
        return out;
    }

    /** With --scenario a project GeoPackage gives only that scenario; the others are listed as not taken over. */
    @org.junit.jupiter.api.Test
    void aProjectGeoPackageGivesTheOneScenarioNamed() throws IOException {
        Path project = source("sample");
        PlanProject before = repo.read(project);
        Path back = dir.resolve("one.gpkg");
        CliRun i = CliRun.of("import", project.toString(), "--out", back.toString(), "--scenario", "方案A",
                "--json", "--lang", "en");
        assertEquals(0, i.exit(), i.err());
        PlanProject after = repo.read(back);
        assertEquals(before.requireScenario("方案A"), after.requireScenario("方案A"));
        // The new project's own empty baseline stays; the file's 现状 was not taken over, and the summary says so.
        assertEquals(Scenario.baseline(), after.requireScenario("现状"));
        assertTrue(i.out().contains("was not taken over (not chosen)") && i.out().contains("现状"), i.out());

        CliRun missing = CliRun.of("import", project.toString(), "--out", dir.resolve("none.gpkg").toString(),
                "--scenario", "方案Z", "--lang", "en");
        assertEquals(1, missing.exit());
        assertTrue(missing.err().contains("sample.gpkg") && missing.err().contains("方案Z")
                && missing.err().contains("方案A"), missing.err());
        assertTrue(!Files.exists(dir.resolve("none.gpkg")), "nothing written on a refused import");
    }

    /**
     * The QGIS round trip: a GeoJSON export saved as a Shapefile by GDAL (what QGIS's "Save Features As" does, UTF-8)
     * cuts its long column names to 10 characters (total_inco, operating_, idle_land_, cluster_na, cluster_ty,
     * cluster_le); imported again it is the same project, clusters included, and the summary lists every cut name.
     */
    @org.junit.jupiter.api.Test
    void aShapefileSavedByGdalWithCutNamesComesBackWhole() throws IOException {
        assumeTrue(gdal(), "ogr2ogr is not installed (apt-get install gdal-bin): QGIS-style round trip skipped");
        Path project = source("generated");
        PlanProject before = repo.read(project);
        Scenario exported = before.requireScenario("方案");
        Path geojson = export(project, "geojson", exported.name());
        Path shp = dir.resolve("qgis.shp");
        Process p = new ProcessBuilder("ogr2ogr", "-f", "ESRI Shapefile", "-lco", "ENCODING=UTF-8", shp.toString(),
                geojson.toString()).redirectErrorStream(true).start();
        String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        try {
            assertEquals(0, p.waitFor(), log);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
        assertTrue(log.contains("cluster_na") || ogrinfo(shp).contains("cluster_na"), log);
        Path back = dir.resolve("qgis-back.gpkg");
        CliRun i = CliRun.of("import", shp.toString(), "--out", back.toString(), "--scenario", exported.name(),
                "--json", "--lang", "en");
        assertEquals(0, i.exit(), i.err());
        for (String cut : List.of("total_inco", "operating_", "idle_land_", "cluster_na", "cluster_ty", "cluster_le")) {
            assertTrue(i.out().contains("column \\\"" + cut + "\\\" read as"), cut + " in " + i.out());
        }
        assertEqualProjects(before, repo.read(back), exported, "shp", i.out());
    }

    /** A village in two clusters (a validation finding, not an error) cannot be one table row: the export says so. */
    @org.junit.jupiter.api.Test
    void aVillageInTwoClustersIsWarnedAboutInFlatExports() throws IOException {
        Path project = source("sample");
        PlanProject p = repo.read(project);
        Scenario a = p.requireScenario("方案A");
        Cluster first = a.clusters().get(0);
        Cluster second = a.clusters().get(1);
        String shared = first.members().get(0);
        List<String> members = new java.util.ArrayList<>(second.members());
        members.add(shared);
        Scenario both = a.withClusters(List.of(first, second.withMembers(members)));
        repo.write(p.withScenario(both), project);
        for (String format : List.of("csv", "shp", "xlsx", "geojson")) {
            Path out = dir.resolve("two." + format);
            CliRun e = CliRun.of("export", project.toString(), "--format", format, "--out", out.toString(),
                    "--scenario", "方案A", "--json", "--lang", "en");
            assertEquals(0, e.exit(), e.err());
            assertTrue(e.out().contains(shared) && e.out().contains(first.name()) && e.out().contains(second.name())
                    && e.out().contains("holds one cluster"), format + ": " + e.out());
        }
    }

    /** ogrinfo (GDAL, as QGIS reads files) opens every export and counts every village — when GDAL is installed. */
    @ParameterizedTest(name = "{0} as {1} opens in ogrinfo")
    @MethodSource("cases")
    void everyExportOpensInOgrinfo(String which, String format) throws IOException {
        assumeTrue(gdal(), "ogrinfo is not installed (apt-get install gdal-bin): GDAL check skipped");
        Path project = source(which);
        PlanProject before = repo.read(project);
        Path out = export(project, format, before.scenarios().stream().filter(s -> !s.clusters().isEmpty())
                .findFirst().orElseThrow().name());
        String text = ogrinfo(out);
        assertTrue(text.contains("Feature Count: " + before.villages().size()), text);
    }

    private void assertEqualProjects(PlanProject before, PlanProject after, Scenario exported, String format,
            String report) {

        assertEquals(before.villages().size(), after.villages().size());
        Map<String, Village> byCode = new java.util.HashMap<>();
        after.villages().forEach(v -> byCode.put(v.code(), v));
        boolean geometry = !format.equals("csv") && !format.equals("xlsx");
        for (Village v : before.villages()) {
            Village b = byCode.get(v.code());
            assertNotNull(b, v.code());
            assertEquals(v.withGeometry(null), b.withGeometry(null), v.code());
            if (geometry && v.geometry() != null) {
                assertTrue(single(v.geometry()).norm().equalsExact(single(b.geometry()).norm(), 1e-9), v.code());
            }
        }
        Scenario got = after.scenarios().stream().filter(s -> s.name().equals(exported.name())).findFirst()
                .orElseThrow(() -> new AssertionError("no scenario " + exported.name() + " in " + report));
        if (format.equals("gpkg")) {
            assertEquals(before.scenarios(), after.scenarios());
            assertTrue(report.contains(exported.name()), report);
        } else {
            assertEquals(exported.clusters().size(), got.clusters().size());
            for (Cluster c : exported.clusters()) {
                Cluster g = got.cluster(c.id()).orElseThrow(() -> new AssertionError("cluster " + c.id()));
                // Members come back in the table's row order; the set is what the file carries.
                assertEquals(new java.util.HashSet<>(c.members()), new java.util.HashSet<>(g.members()), c.id());
                assertEquals(c.name(), g.name());
                assertEquals(c.type(), g.type());
                assertEquals(c.leader(), g.leader());
            }
        }
    }

    /** A one-part MultiPolygon as its Polygon (the GeoJSON import reads it so; the shape is the same). */
    private static org.locationtech.jts.geom.Geometry single(org.locationtech.jts.geom.Geometry g) {
        return g.getNumGeometries() == 1 ? g.getGeometryN(0) : g;
    }

    private static boolean noWarnings(String json) {
        return json.matches("(?s).*\"warnings\"\\s*:\\s*\\[\\s*\\].*");
    }

    static boolean gdal() {
        try {
            return new ProcessBuilder("ogrinfo", "--version").redirectErrorStream(true).start().waitFor() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** ogrinfo's summary of every layer of {@code out}; fails on a non-zero exit or an ERROR line. */
    static String ogrinfo(Path out) throws IOException {
        Process p = new ProcessBuilder("ogrinfo", "-ro", "-so", "-al", out.toString()).redirectErrorStream(true)
                .start();
        String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        try {
            assertEquals(0, p.waitFor(), text);
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new AssertionError(ex);
        }
        assertTrue(!text.contains("ERROR"), text);
        return text;
    }
}
