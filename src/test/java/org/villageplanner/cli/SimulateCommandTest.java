package org.villageplanner.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SimulateCommandTest {
    private static final String XUFU = "samples/cases/01-xufu-strong-helps-weak.json";

    @Test
    void jsonHasEveryKeyOfTheContractWithArraysOfTheRightLength() throws Exception {
        CliRun r = CliRun.of("simulate", XUFU, "--years", "6", "--runs", "200", "--seed", "9", "--json");
        assertEquals(0, r.exit(), r.err());
        JsonNode root = new ObjectMapper().readTree(r.out());
        for (String k : List.of("scenario", "years", "seed", "runs", "clusters", "villages", "indicators", "monteCarlo")) {
            assertTrue(root.has(k), k);
        }
        assertEquals(6, root.get("years").asInt());
        assertEquals(9, root.get("seed").asLong());
        assertEquals(200, root.get("runs").asInt());
        JsonNode c = root.at("/clusters/0");
        for (String k : List.of("id", "shares", "waterfall", "payouts", "transfers", "npv", "irr", "paybackYear")) {
            assertTrue(c.has(k), k);
        }
        for (String k : List.of("year", "revenue", "opex", "depreciation", "profitBeforeTax", "tax", "reserve",
                "welfare", "guaranteed", "shortfall", "dividends", "retained")) {
            assertTrue(c.at("/waterfall/0").has(k), k);
        }
        assertEquals(6, c.at("/payouts/0/byYear").size());
        JsonNode v = root.at("/villages/0");
        for (String k : List.of("code", "name", "cluster", "strength", "operatingIncome", "totalIncome")) {
            assertTrue(v.has(k), k);
        }
        assertEquals(7, v.get("operatingIncome").size());
        assertEquals(7, root.get("indicators").size());
        for (String k : List.of("year", "belowTotalTarget", "belowOperatingTarget", "gini", "maxMinRatio", "cv")) {
            assertTrue(root.at("/indicators/6").has(k), k);
        }
        JsonNode mc = root.get("monteCarlo");
        assertEquals(200, mc.get("runs").asInt());
        assertTrue(mc.get("pAllMeetTargets").isNumber());
        assertEquals(7, mc.at("/operatingIncomeP50/330282123211").size());
        for (String goal : List.of("operating", "total", "both")) {
            JsonNode curve = mc.at("/pAllMeetByYear/" + goal);
            assertEquals(7, curve.size(), goal);
            for (JsonNode p : curve) {
                assertTrue(p.asDouble() >= 0 && p.asDouble() <= 1, goal + " " + p);
            }
        }
        for (int t = 0; t <= 6; t++) {
            double both = mc.at("/pAllMeetByYear/both/" + t).asDouble();
            assertTrue(both <= mc.at("/pAllMeetByYear/operating/" + t).asDouble()
                    && both <= mc.at("/pAllMeetByYear/total/" + t).asDouble());
        }
        assertEquals(mc.get("pAllMeetTargets").asDouble(), mc.at("/pAllMeetByYear/both/6").asDouble());
        JsonNode card = root.get("scorecard");
        assertEquals(13, card.get("axes").size());
        assertEquals("pAllMeet", card.at("/axes/6/name").asText());
        assertEquals(mc.get("pAllMeetTargets").asDouble() * 100, card.at("/axes/6/score").asDouble(), 1e-9);
        assertEquals("xufu", card.at("/clusters/0/cluster").asText());
        assertTrue(mc.at("/operatingIncomeP10/330282123211/6").asDouble()
                < mc.at("/operatingIncomeP90/330282123211/6").asDouble());
    }

    @Test
    void irrIsNullWithAReasonWhenUndefined() throws Exception {
        CliRun r = CliRun.of("--lang", "en", "simulate", "samples/cases/02-xinpu-tidal-flats.json", "--json");
        JsonNode c = new ObjectMapper().readTree(r.out()).at("/clusters/0");
        assertTrue(c.get("irr").isNull());
        assertTrue(c.get("irrNote").asText().contains("never change sign"));
    }

    @Test
    void csvWritesFourUtf8FilesWithBomAndChineseNames(@TempDir Path dir) throws Exception {
        CliRun r = CliRun.of("simulate", XUFU, "--csv", dir.toString());
        assertEquals(0, r.exit(), r.err());
        for (String f : List.of("villages.csv", "waterfall.csv", "payouts.csv", "indicators.csv")) {
            byte[] bytes = Files.readAllBytes(dir.resolve(f));
            assertEquals((byte) 0xEF, bytes[0], f);
            assertEquals((byte) 0xBB, bytes[1], f);
            assertEquals((byte) 0xBF, bytes[2], f);
        }
        List<String> villages = Files.readAllLines(dir.resolve("villages.csv"), StandardCharsets.UTF_8);
        assertEquals(1 + 3 * 11, villages.size());
        assertTrue(villages.get(1).startsWith("330282123215,徐福村,xufu,STRONG,0,3100000.00,5200000.00"),
                villages.get(1));
        assertFalse(Files.exists(dir.resolve("montecarlo.csv")));
        Path mc = dir.resolve("mc");
        assertEquals(0, CliRun.of("simulate", XUFU, "--runs", "50", "--csv", mc.toString()).exit());
        List<String> bands = Files.readAllLines(mc.resolve("montecarlo.csv"), StandardCharsets.UTF_8);
        assertEquals(1 + 3 * 11 + 8 * 11, bands.size());
    }

    @Test
    void badInputExitsOneWithAMessageNamingTheProblemAndBadUsageExitsTwo(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, Files.readString(Path.of(XUFU)).replace("\"code\": \"330282123217\"",
                "\"code\": \"330282123299\""));
        CliRun r = CliRun.of("--lang", "en", "simulate", bad.toString());
        assertEquals(1, r.exit());
        assertTrue(r.err().contains("330282123217"), r.err());
        assertFalse(r.err().contains("at org."), r.err());
        assertEquals(2, CliRun.of("simulate").exit());
        assertEquals(2, CliRun.of("simulate", XUFU, "--json", "--csv", "x").exit());
    }
}
