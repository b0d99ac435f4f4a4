package org.villageplanner.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.villageplanner.domain.PlanProject;
import org.villageplanner.domain.Scenario;
import org.villageplanner.service.LongshanPlan;
import org.villageplanner.store.GeoPackageRepository;

/** {@code scenario import}: unknown village codes are bad input; villages the file carries are not silently dropped. */
class ScenarioImportCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void unknownMemberIsRejectedAndKeptVillagesAreReported(@TempDir Path dir) throws Exception {
        PlanProject project = LongshanPlan.project();
        Path gpkg = dir.resolve("p.gpkg");
        new GeoPackageRepository().write(project, gpkg);
        Scenario first = project.scenarios().stream().filter(s -> !s.clusters().isEmpty()).findFirst().orElseThrow();
        Path json = dir.resolve("s.json");
        assertEquals(0, CliRun.of("scenario", "export", gpkg.toString(), first.name(), "--out", json.toString()).exit());

        CliRun again = CliRun.of("--lang", "en", "scenario", "import", gpkg.toString(), json.toString(), "--replace");
        assertEquals(0, again.exit(), again.err());
        assertTrue(again.err().contains(project.villages().size() + " village(s) the project already has"), again.err());
        assertTrue(again.err().contains("planner import"), again.err());

        ObjectNode doc = (ObjectNode) JSON.readTree(json.toFile());
        doc.remove("villages");
        ((ArrayNode) doc.at("/clusters/0/members")).set(1, "999999999999");
        Path bad = dir.resolve("bad.json");
        JSON.writeValue(bad.toFile(), doc);
        CliRun r = CliRun.of("--lang", "en", "scenario", "import", gpkg.toString(), bad.toString(), "--replace");
        assertEquals(1, r.exit(), r.err());
        assertTrue(r.err().contains("bad.json") && r.err().contains("clusters[0].members[1]")
                && r.err().contains("999999999999"), r.err());

        ((ObjectNode) doc.at("/clusters/0")).put("leader", "888888888888");
        JSON.writeValue(bad.toFile(), doc);
        CliRun leader = CliRun.of("--lang", "en", "scenario", "import", gpkg.toString(), bad.toString(), "--replace");
        assertEquals(1, leader.exit(), leader.err());
        assertTrue(leader.err().contains("clusters[0].leader"), leader.err());
    }
}
