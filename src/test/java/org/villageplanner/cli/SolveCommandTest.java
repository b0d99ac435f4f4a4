package org.villageplanner.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code planner solve} on a copy of the 龙山镇 sample (CLI.md: keys, unreachable goals, refusals, --save-as). */
class SolveCommandTest {
    private static final Path SAMPLE = Path.of("samples/longshan.gpkg");

    @Test
    void jsonHasTheContractKeysAndSaveAsGivesAScenarioThatSimulateConfirms(@TempDir Path dir) throws Exception {
        Path copy = dir.resolve("p.gpkg");
        Files.copy(SAMPLE, copy);
        CliRun r = CliRun.of("solve", copy.toString(), "--scenario", "方案A", "--lever", "floor", "--cluster", "songpu",
                "--goal", "share:0.85", "--by-year", "6", "--probability", "0.8", "--runs", "300", "--seed", "5",
                "--save-as", "方案A 倒推", "--json");
        assertEquals(0, r.exit(), r.err());
        JsonNode root = new ObjectMapper().readTree(r.out());
        for (String k : List.of("lever", "goal", "byYear", "probability", "reachable", "value", "probabilityAtValue",
                "valueBelow", "probabilityBelow", "tolerance", "curve", "failing", "savedAs")) {
            assertTrue(root.has(k), k);
        }
        assertEquals("floor", root.get("lever").asText());
        assertEquals("share:0.85", root.get("goal").asText());
        assertTrue(root.get("reachable").asBoolean());
        assertTrue(root.get("probabilityAtValue").asDouble() >= 0.8);
        assertEquals(1000, root.get("tolerance").asDouble());
        assertEquals(root.get("value").asDouble() - 1000, root.get("valueBelow").asDouble(), 1e-9);
        assertTrue(root.get("probabilityBelow").asDouble() < 0.8);
        assertEquals("方案A 倒推", root.get("savedAs").asText());
        assertTrue(root.get("curve").size() >= 2);
        CliRun sim = CliRun.of("simulate", copy.toString(), "--scenario", "方案A 倒推", "--runs", "300", "--seed", "5",
                "--json");
        assertEquals(0, sim.exit(), sim.err());
        JsonNode songpu = null;
        for (JsonNode c : new ObjectMapper().readTree(sim.out()).get("clusters")) {
            songpu = c.get("id").asText().equals("songpu") ? c : songpu;
        }
        assertTrue(songpu != null);
        assertEquals(0, CliRun.of("scenario", "export", copy.toString(), "方案A 倒推", "--out",
                dir.resolve("s.json").toString()).exit());
        JsonNode saved = new ObjectMapper().readTree(Files.readString(dir.resolve("s.json")));
        for (JsonNode c : saved.get("clusters")) {
            if (c.get("id").asText().equals("songpu")) {
                assertEquals(root.get("value").asDouble(), c.at("/agreement/floor").asDouble());
            }
        }
    }

    @Test
    void unreachableGoalListsTheVillagesStillMissingIt() throws Exception {
        // 330282123216 is in no cluster and below the operating target: no lever can lift it.
        CliRun r = CliRun.of("solve", SAMPLE.toString(), "--scenario", "方案A", "--lever", "payoutRatio", "--goal",
                "operating", "--by-year", "5", "--probability", "0.8", "--runs", "200", "--json");
        assertEquals(0, r.exit(), r.err());
        JsonNode root = new ObjectMapper().readTree(r.out());
        assertFalse(root.get("reachable").asBoolean());
        assertTrue(root.get("value").isNull());
        assertTrue(root.get("failing").toString().contains("330282123216"), root.get("failing").toString());
    }

    @Test
    void leverThatCannotMoveTheGoalIsRefusedAndBadLeverIsAUsageError() {
        CliRun floor = CliRun.of("--lang", "en", "solve", SAMPLE.toString(), "--scenario", "方案A", "--lever", "floor",
                "--cluster", "xufu", "--goal", "operating", "--by-year", "5", "--probability", "0.8");
        assertEquals(1, floor.exit());
        assertTrue(floor.err().contains("xufu") || floor.err().contains("徐福"), floor.err());
        assertTrue(floor.err().contains("WEAK_VILLAGE_FLOOR"), floor.err());
        CliRun bad = CliRun.of("--lang", "en", "solve", SAMPLE.toString(), "--lever", "subsidy", "--goal", "operating",
                "--by-year", "5", "--probability", "0.8");
        assertEquals(2, bad.exit());
        assertTrue(bad.err().contains("subsidy"), bad.err());
        assertEquals(0, CliRun.of("solve", "--help").exit());
    }
}
