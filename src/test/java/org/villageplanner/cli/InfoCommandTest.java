package org.villageplanner.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.villageplanner.Main;
import org.villageplanner.domain.Messages;
import picocli.CommandLine;

class InfoCommandTest {
    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @AfterEach
    void resetLocale() {
        Messages.setLocale(Locale.ENGLISH);
    }

    private int run(String... args) {
        CommandLine cl = PlannerCommand.create(Main.services());
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        return cl.execute(args);
    }

    @Test
    void jsonReportsVillagesScenariosCrsAndBoundingBoxOfTheSample() throws Exception {
        assertEquals(0, run("info", "samples/longshan.gpkg", "--json"), err.toString());
        JsonNode j = new ObjectMapper().readTree(out.toString());
        assertEquals(28, j.get("villages").asInt());
        assertEquals(2, j.get("scenarios").size());
        assertEquals("现状", j.get("scenarios").get(0).get("name").asText());
        assertEquals(0, j.get("scenarios").get(0).get("clusters").asInt());
        assertEquals(5, j.get("scenarios").get(1).get("clusters").asInt());
        assertEquals(5, j.get("clusters").asInt());
        assertEquals("EPSG:4326", j.get("crs").asText());
        assertEquals("龙山镇", j.get("towns").get(0).asText());
        assertTrue(j.get("illustrative").asBoolean());
        double minLon = j.get("bbox").get("minLon").asDouble();
        assertTrue(minLon > 121.4 && minLon < j.get("bbox").get("maxLon").asDouble());
    }

    @Test
    void textOutputFollowsTheLanguage() {
        assertEquals(0, run("--lang", "zh", "info", "samples/longshan.gpkg"), err.toString());
        assertTrue(out.toString().contains("村庄数：28"), out.toString());
        assertTrue(out.toString().contains("坐标系：EPSG:4326"));
    }

    @Test
    void aFileThatIsNotAProjectExitsOneWithAMessageNamingIt() throws Exception {
        Path f = dir.resolve("notes.gpkg");
        Files.writeString(f, "not sqlite");
        assertEquals(1, run("--lang", "en", "info", f.toString()));
        assertTrue(err.toString().contains("notes.gpkg") && err.toString().contains("not a GeoPackage"), err.toString());
        assertTrue(!err.toString().contains("Exception"), err.toString());
    }

    @Test
    void missingProjectArgumentIsBadUsage() {
        assertEquals(2, run("info"));
    }

    @Test
    void generateWritesAProjectThatInfoReads() throws Exception {
        Path f = dir.resolve("g.gpkg");
        assertEquals(0, run("generate", "--villages", "120", "--seed", "5", "--out", f.toString()), err.toString());
        out.getBuffer().setLength(0);
        assertEquals(0, run("info", f.toString(), "--json"), err.toString());
        JsonNode j = new ObjectMapper().readTree(out.toString());
        assertEquals(120, j.get("villages").asInt());
        assertEquals(2, j.get("scenarios").size());
        assertEquals(2, run("generate", "--villages", "0", "--out", dir.resolve("x.gpkg").toString()));
    }
}
