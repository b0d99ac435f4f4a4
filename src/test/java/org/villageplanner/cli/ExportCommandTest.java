package org.villageplanner.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.villageplanner.domain.Messages;
import org.villageplanner.store.GeoPackageRepository;

/** import → scenario import → export, through the real GeoPackage project file. */
class ExportCommandTest {
    @TempDir
    Path dir;
    private final GeoPackageRepository repo = new GeoPackageRepository();
    private Path project;

    @BeforeEach
    void project() throws IOException {
        Messages.setLocale(Messages.ENGLISH);
        Path src = dir.resolve("v.geojson");
        Files.writeString(src, """
                {"type":"FeatureCollection","features":[
                {"type":"Feature","properties":{"code":"330282123215","name":"徐福村","经营性收入(万元)":250},
                 "geometry":{"type":"Polygon","coordinates":[[[121.30,30.20],[121.32,30.20],[121.32,30.22],
                   [121.30,30.20]]]}},
                {"type":"Feature","properties":{"code":"330282123211","name":"田央村"},
                 "geometry":{"type":"Polygon","coordinates":[[[121.32,30.20],[121.34,30.20],[121.34,30.22],
                   [121.32,30.20]]]}},
                {"type":"Feature","properties":{"code":"330282123217","name":"筋竹村"},
                 "geometry":{"type":"Polygon","coordinates":[[[121.34,30.20],[121.36,30.20],[121.36,30.22],
                   [121.34,30.20]]]}}]}
                """, StandardCharsets.UTF_8);
        project = dir.resolve("p.gpkg");
        CliRun r = CliRun.run(repo, "import", src.toString(), "--out", project.toString());
        assertEquals(0, r.exit(), r.err());
        CliRun s = CliRun.run(repo, "scenario", "import", project.toString(),
                "src/test/resources/scenario/cli-example.json");
        assertEquals(0, s.exit(), s.err());
    }

    @ParameterizedTest
    @CsvSource({"geojson, out.geojson", "shp, out.shp", "csv, out.csv", "xlsx, out.xlsx", "gpkg, out.gpkg",
        "GeoJSON, upper.geojson"})
    void exportsEveryFormatAndReportsJson(String format, String file) throws IOException {
        Path out = dir.resolve(file);
        // import made the project with an empty 现状 first; the imported plan is named explicitly.
        CliRun r = CliRun.run(repo, "export", project.toString(), "--format", format, "--out", out.toString(),
                "--scenario", "徐福片区 方案A", "--json");
        assertEquals(0, r.exit(), r.err());
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertEquals(3, json.get("villages").asInt());
        assertEquals("徐福片区 方案A", json.get("scenario").asText());
        assertTrue(Files.size(out) > 0);
    }

    @Test
    void exportedGeoPackageOpensAsAProject() {
        Path out = dir.resolve("copy.gpkg");
        assertEquals(0, CliRun.run(repo, "export", project.toString(), "--format", "gpkg", "--out",
                out.toString()).exit());
        assertEquals(repo.read(project).villages(), repo.read(out).villages());
    }

    @Test
    void reimportingTheShapefileExportGivesTheSameFigures() {
        Path shp = dir.resolve("out.shp");
        assertEquals(0, CliRun.run(repo, "export", project.toString(), "--format", "shp", "--out",
                shp.toString()).exit());
        Path again = dir.resolve("again.gpkg");
        CliRun r = CliRun.run(repo, "import", shp.toString(), "--out", again.toString());
        assertEquals(0, r.exit(), r.err());
        assertEquals(2_500_000, repo.read(again).village("330282123215").orElseThrow().operatingIncome());
    }

    @ParameterizedTest
    @CsvSource({"pdf", "geojson"})
    void badFormatIsAnErrorAndUnknownScenarioToo(String format) {
        CliRun r = CliRun.run(repo, "export", project.toString(), "--format", format, "--out",
                dir.resolve("x").toString(), "--scenario", format.equals("pdf") ? "徐福片区 方案A" : "none");
        assertEquals(format.equals("pdf") ? 2 : 1, r.exit(), r.err());
        assertTrue(r.err().contains(format.equals("pdf") ? "allowed values are GPKG" : "No scenario named \"none\""),
                r.err());
    }

    @Test
    void exportOverTheProjectItselfIsRefused() {
        CliRun r = CliRun.run(repo, "export", project.toString(), "--format", "gpkg", "--out", project.toString());
        assertEquals(1, r.exit());
        assertTrue(r.err().contains("overwrite the project"), r.err());
    }

    @Test
    void shapefileIntoAFolderWritesVillagesShpWithTheFoldersPermissions() throws IOException {
        Path fresh = dir.resolve("fresh");
        CliRun r = CliRun.run(repo, "export", project.toString(), "--format", "shp", "--out", fresh + "/");
        assertEquals(0, r.exit(), r.err());
        for (String ext : new String[] {"shp", "shx", "dbf", "cpg", "prj"}) {
            assertTrue(Files.isRegularFile(fresh.resolve("villages." + ext)), ext);
        }
        Path existing = Files.createDirectories(dir.resolve("existing"));
        assertEquals(0, CliRun.run(repo, "export", project.toString(), "--format", "shp", "--out",
                existing.toString()).exit());
        assertTrue(Files.isRegularFile(existing.resolve("villages.shp")));
        if (Files.getFileStore(dir).supportsFileAttributeView("posix")) {
            Path plain = Files.createFile(dir.resolve("plain.txt"));
            assertEquals(Files.getPosixFilePermissions(plain), Files.getPosixFilePermissions(fresh.resolve("villages.shp")));
            Path csv = dir.resolve("v.csv");
            assertEquals(0, CliRun.run(repo, "export", project.toString(), "--format", "csv", "--out", csv.toString()).exit());
            assertEquals(Files.getPosixFilePermissions(plain), Files.getPosixFilePermissions(csv));
        }
    }

    @Test
    void singleFileFormatIntoAFolderIsAClearError() {
        CliRun r = CliRun.run(repo, "export", project.toString(), "--format", "csv", "--out", dir.toString());
        assertEquals(1, r.exit());
        assertTrue(r.err().contains("is a folder") && r.err().contains("villages.csv"), r.err());
        assertTrue(!r.err().contains(".tmp"), r.err());
    }
}
