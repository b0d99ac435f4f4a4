package org.villageplanner.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.villageplanner.Main;
import org.villageplanner.domain.Messages;
import org.villageplanner.domain.PlanProject;
import org.villageplanner.domain.Scenario;
import org.villageplanner.domain.Village;
import org.villageplanner.service.MemoryRepository;

class ImportCommandTest {
    @TempDir
    Path dir;
    private final MemoryRepository repo = new MemoryRepository();

    @BeforeEach
    void english() {
        Messages.setLocale(Messages.ENGLISH);
    }

    private Path geojson(String properties) throws IOException {
        Path f = dir.resolve("v.geojson");
        Files.writeString(f, "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"properties\":"
                + properties + ",\"geometry\":{\"type\":\"Point\",\"coordinates\":[121.3,30.2]}}]}",
                StandardCharsets.UTF_8);
        return f;
    }

    @Test
    void importPrintsJsonWithCounts() throws IOException {
        Path src = geojson("{\"编号\":\"1\",\"name\":\"甲村\"}");
        Path project = dir.resolve("p.gpkg");
        CliRun r = CliRun.run(repo, "import", src.toString(), "--out", project.toString(), "--map", "code=编号",
                "--json");
        assertEquals(0, r.exit(), r.err());
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertEquals(1, json.get("villages").asInt());
        assertEquals(1, json.get("added").asInt());
        assertEquals("甲村", repo.read(project).village("1").orElseThrow().name());
    }

    @Test
    void badInputExitsOneWithAMessageNamingFileRowAndField() throws IOException {
        Path src = geojson("{\"code\":\"1\",\"name\":\"甲村\",\"人口\":-3}");
        CliRun r = CliRun.run(repo, "import", src.toString(), "--out", dir.resolve("p.gpkg").toString());
        assertEquals(1, r.exit());
        assertTrue(r.err().startsWith("v.geojson, feature 1, field population"), r.err());
        assertFalse(r.err().contains("Exception"), r.err());
    }

    @Test
    void missingOutIsBadUsage() throws IOException {
        assertEquals(2, CliRun.run(repo, "import", geojson("{}").toString()).exit());
    }

    @Test
    void scenarioImportListExportRoundTrip() throws IOException {
        Path project = dir.resolve("p.gpkg");
        repo.write(new PlanProject(null, List.of(Village.of("330282123215", "徐福村", 5e6, 3e6),
                Village.of("330282123211", "田央村", 6e5, 2e5), Village.of("330282123217", "筋竹村", 5e5, 2e5)), List.of()),
                project);
        Path json = Path.of("src/test/resources/scenario/cli-example.json");
        CliRun imported = CliRun.run(repo, "scenario", "import", project.toString(), json.toString());
        assertEquals(0, imported.exit(), imported.err());
        CliRun again = CliRun.run(repo, "scenario", "import", project.toString(), json.toString());
        assertEquals(1, again.exit());
        assertTrue(again.err().contains("--replace"), again.err());
        CliRun list = CliRun.run(repo, "scenario", "list", project.toString(), "--json");
        assertEquals("徐福片区 方案A", new ObjectMapper().readTree(list.out()).get("scenarios").get(0).asText());
        Path out = dir.resolve("out.json");
        CliRun export = CliRun.run(repo, "scenario", "export", project.toString(), "徐福片区 方案A", "--out",
                out.toString());
        assertEquals(0, export.exit(), export.err());
        Scenario written = Main.services(new MemoryRepository()).scenarios().readFile(out).scenario();
        assertEquals(repo.read(project).scenarios().get(0), written);
    }

    @Test
    void exportOfAnUnknownScenarioListsTheKnownOnes() {
        Path project = dir.resolve("p.gpkg");
        repo.write(new PlanProject(null, List.of(), List.of(Scenario.empty("A"))), project);
        CliRun r = CliRun.run(repo, "scenario", "export", project.toString(), "B", "--out",
                dir.resolve("x.json").toString());
        assertEquals(1, r.exit());
        assertTrue(r.err().contains("No scenario named \"B\"; the project has: A"), r.err());
    }
}
