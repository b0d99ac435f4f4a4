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
        Path out = dir.resolve("export." + format);
        CliRun e = CliRun.of("export", project.toString(), "--format", format, "--out", out.toString(),
                "--scenario", exported.name(), "--lang", "en");
        assertEquals(0, e.exit(), e.err());
        ogrinfo(out);

        Path back = dir.resolve("back.gpkg");
        CliRun i = CliRun.of("import", out.toString(), "--out", back.toString(), "--scenario", exported.name(),
                "--json", "--lang", "en");
        assertEquals(0, i.exit(), i.err());
        PlanProject after = repo.read(back);

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
                .orElseThrow(() -> new AssertionError("no scenario " + exported.name() + " in " + i.out()));
        if (format.equals("gpkg")) {
            assertEquals(before.scenarios(), after.scenarios().stream()
                    .filter(s -> before.scenarios().stream().anyMatch(x -> x.name().equals(s.name()))).toList());
            assertTrue(i.out().contains(exported.name()), i.out());
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

    /** ogrinfo opens the export and counts its features (or rows) — when GDAL is installed, as in CI. */
    private static void ogrinfo(Path out) throws IOException {
        boolean gdal;
        try {
            gdal = new ProcessBuilder("ogrinfo", "--version").redirectErrorStream(true).start().waitFor() == 0;
        } catch (IOException | InterruptedException ex) {
            gdal = false;
        }
        assumeTrue(gdal, "ogrinfo is not installed (apt-get install gdal-bin)");
        Process p = new ProcessBuilder("ogrinfo", "-ro", "-so", "-al", out.toString()).redirectErrorStream(true)
                .start();
        String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        try {
            assertEquals(0, p.waitFor(), text);
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new AssertionError(ex);
        }
        assertTrue(text.contains("Feature Count:"), text);
        assertTrue(!text.contains("ERROR"), text);
    }
}
