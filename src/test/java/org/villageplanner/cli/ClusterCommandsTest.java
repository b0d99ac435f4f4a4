package org.villageplanner.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.villageplanner.domain.Cluster;
import org.villageplanner.domain.ClusterType;
import org.villageplanner.domain.Messages;
import org.villageplanner.domain.PlanProject;
import org.villageplanner.domain.ProjectInfo;
import org.villageplanner.domain.Saving;
import org.villageplanner.domain.Scenario;
import org.villageplanner.geo.SyntheticVillages;
import org.villageplanner.service.ProjectRepository;
import org.villageplanner.Main;
import picocli.CommandLine;

/** {@code validate} and {@code suggest} end to end over an in-memory project store. */
class ClusterCommandsTest {
    private final Map<Path, PlanProject> files = new HashMap<>();
    private final Path file = Path.of("memory.gpkg");
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    ClusterCommandsTest() {
        Cluster drawn = Cluster.of("a", "甲片区", ClusterType.RESOURCE_POOLING, "G0000", List.of("G0000", "G0001"));
        Cluster good = new Cluster(drawn.id(), drawn.name(), drawn.type(), drawn.leader(), drawn.members(),
                drawn.entity(), drawn.agreement(), drawn.contributions(), drawn.projects(),
                List.of(new Saving("G0000", 30_000)), false);
        Cluster broken = Cluster.of("b", "乙片区", ClusterType.RESOURCE_POOLING, "G0004", List.of("G0004", "G0015"));
        files.put(file, new PlanProject(ProjectInfo.untitled(), SyntheticVillages.grid(4, 4, 1000, 3),
                List.of(Scenario.empty("现状"), Scenario.empty("方案A").withClusters(List.of(good, broken)))));
        Messages.setLocale(Messages.ENGLISH);
    }

    @Test
    void validatePrintsProblemsAsJsonAndExitsOneOnErrors() throws Exception {
        assertEquals(1, run("validate", file.toString(), "--scenario", "方案A", "--json"));
        JsonNode json = new ObjectMapper().readTree(out.toString());
        assertFalse(json.get("ok").asBoolean());
        assertEquals("方案A", json.get("scenario").asText());
        assertEquals(4.0 / 16, json.get("coverage").asDouble(), 1e-12);
        JsonNode first = json.get("problems").get(0);
        assertEquals("b", first.get("cluster").asText());
        assertEquals("contiguity", first.get("rule").asText());
        assertEquals("ERROR", first.get("severity").asText());
        assertTrue(first.get("villages").toString().contains("G0015"));
    }

    @Test
    void validateOfAPlanWithoutErrorsExitsZero() throws Exception {
        assertEquals(0, run("validate", file.toString()));
        assertTrue(out.toString().contains("0 error(s)"), out.toString());
        assertTrue(out.toString().contains("Scenario checked: 现状"), out.toString());
        out.getBuffer().setLength(0);
        assertEquals(0, run("validate", file.toString(), "--json"));
        assertEquals("现状", new ObjectMapper().readTree(out.toString()).get("scenario").asText());
    }

    @Test
    void suggestPrintsClustersObjectiveAndTheCurrentPlanAndSavesAScenario() throws Exception {
        assertEquals(0, run("suggest", file.toString(), "--type", "RESOURCE_POOLING", "--scenario", "方案A",
                "--lock", "a", "--save-as", "建议", "--json"));
        JsonNode json = new ObjectMapper().readTree(out.toString());
        assertEquals("a", json.get("clusters").get(0).get("id").asText());
        assertTrue(json.get("clusters").get(0).get("locked").asBoolean());
        assertEquals("ssd", json.get("objective").get("name").asText());
        assertTrue(json.get("current").has("value"));
        assertEquals(0.25, json.get("current").get("coverage").asDouble(), 1e-12);
        assertEquals(1.0, json.get("objective").get("coverage").asDouble(), 1e-12);
        assertTrue(json.get("millis").asLong() >= 0);
        assertTrue(json.get("clusters").get(1).get("reason").asText().contains("km"));
        assertTrue(files.get(file).scenario("建议").isPresent(), "saved");
        assertEquals(json.get("clusters").size(), files.get(file).scenario("建议").orElseThrow().clusters().size());
    }

    @Test
    void suggestWithAnImpossibleClusterCountExitsOneWithAMessage() {
        assertEquals(1, run("suggest", file.toString(), "--type", "STRONG_HELPS_WEAK", "--clusters", "9"));
        assertTrue(err.toString().contains("9 clusters are not possible"), err.toString());
    }

    @Test
    void suggestWithAnUnknownTypeIsBadUsage() {
        assertEquals(2, run("suggest", file.toString(), "--type", "ISLANDS"));
        assertTrue(err.toString().contains("STRONG_HELPS_WEAK"), err.toString());
    }

    private int run(String... args) {
        ProjectRepository memory = new ProjectRepository() {
            @Override
            public PlanProject read(Path f) {
                return files.get(f);
            }

            @Override
            public void write(PlanProject project, Path f) {
                files.put(f, project);
            }
        };
        CommandLine cl = PlannerCommand.create(Main.services(memory));
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        return cl.execute(args);
    }
}
