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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.villageplanner.domain.Messages;
import org.villageplanner.domain.PlanProject;
import org.villageplanner.store.GeoPackageRepository;

/** {@code planner import} on a 万元 table without units, and the summary of what an import left out. */
class ImportSummaryCommandTest {
    @TempDir
    Path dir;
    private Path csv;

    @BeforeEach
    void table() throws IOException {
        Messages.setLocale(Messages.ENGLISH);
        csv = dir.resolve("wan.csv");
        Files.writeString(csv, """
                代码,村名,乡镇,人口,户数,总收入,经营性收入,集体资产,备注
                330282123215,徐福村,龙山镇,2100,700,279.62,120.5,1500.3,x
                330282123211,东门村,龙山镇,1500,500,35.2,10.1,800.25,y
                330282123217,西门村,龙山镇,1200,400,88.75,40.3,600.7,z
                """, StandardCharsets.UTF_8);
    }

    @Test
    void anUnlabelledWanTableIsRefusedWithBothFixesAndNothingIsWritten() {
        Path out = dir.resolve("p.gpkg");
        CliRun r = CliRun.of("import", csv.toString(), "--out", out.toString(), "--lang", "en");
        assertEquals(1, r.exit(), r.err());
        assertTrue(r.err().contains("\"总收入\""), r.err());
        assertTrue(r.err().contains("--map total_income_wan=总收入"), r.err());
        assertTrue(r.err().contains("--money-unit yuan"), r.err());
        assertFalse(r.err().contains("Exception"), r.err());
        assertFalse(Files.exists(out));
    }

    @Test
    void mappingAsWanConvertsAndTheSummaryListsEverything() throws IOException {
        Path out = dir.resolve("p.gpkg");
        CliRun r = CliRun.of("import", csv.toString(), "--out", out.toString(), "--json", "--lang", "en",
                "--map", "total_income_wan=总收入", "--map", "operating_income_wan=经营性收入",
                "--map", "assets_wan=集体资产");
        assertEquals(0, r.exit(), r.err());
        JsonNode j = new ObjectMapper().readTree(r.out());
        assertEquals("备注", j.get("unusedColumns").get(0).asText());
        assertEquals(1, j.get("unusedColumns").size());
        assertTrue(j.get("emptyFields").toString().contains("idle_land_mu"));
        assertEquals(3, j.get("conversions").size(), j.toString());
        PlanProject p = new GeoPackageRepository().read(out);
        assertEquals(2_796_200, p.villages().get(0).totalIncome(), 1e-6);
        assertEquals(15_003_000, p.villages().get(0).assets(), 1e-6);
    }

    @Test
    void moneyUnitYuanAcceptsTheValuesAndSaysSo() {
        Path out = dir.resolve("p.gpkg");
        CliRun r = CliRun.of("import", csv.toString(), "--out", out.toString(), "--money-unit", "yuan",
                "--lang", "en");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.err().contains("Columns not imported: 备注"), r.err());
        assertTrue(r.err().contains("in yuan as asked (--money-unit yuan)"), r.err());
        CliRun bad = CliRun.of("import", csv.toString(), "--out", out.toString(), "--money-unit", "wan");
        assertEquals(2, bad.exit(), bad.err());
    }

    @Test
    void clusterColumnsBecomeAScenarioNamedAfterTheFile() throws IOException {
        Path plan = dir.resolve("片区方案.csv");
        Files.writeString(plan, """
                code,name,total_income,operating_income,assets,cluster,cluster_name
                330282123215,徐福村,4500000,2500000,10000000,xufu,徐福片区
                330282123211,东门村,900000,300000,0,xufu,徐福片区
                330282123217,西门村,800000,200000,0,,
                """, StandardCharsets.UTF_8);
        Path out = dir.resolve("p.gpkg");
        CliRun r = CliRun.of("import", plan.toString(), "--out", out.toString(), "--json", "--lang", "en");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("片区方案"), r.out());
        PlanProject p = new GeoPackageRepository().read(out);
        var s = p.requireScenario("片区方案");
        assertEquals(1, s.clusters().size());
        assertEquals("徐福片区", s.clusters().get(0).name());
        assertEquals("330282123215", s.clusters().get(0).leader());
        assertEquals(java.util.List.of("330282123215", "330282123211"), s.clusters().get(0).members());
    }
}
