package org.villageplanner.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.villageplanner.Main;
import org.villageplanner.domain.Assumptions;
import org.villageplanner.domain.Cluster;
import org.villageplanner.domain.PlanProject;
import org.villageplanner.domain.ProjectInfo;
import org.villageplanner.domain.Scenario;
import org.villageplanner.service.ScenarioDocument;
import org.villageplanner.service.Services;

class CompareCommandTest {
    @Test
    void compareShowsHeadlinesByYearAndVillagesWithDeltasAgainstTheFirstScenario(@TempDir Path dir) throws Exception {
        Services services = Main.services();
        ScenarioDocument doc = services.scenarios().readFile(Path.of("samples/cases/01-xufu-strong-helps-weak.json"));
        Scenario a = doc.scenario().withName("A");
        Cluster xufu = a.clusters().get(0);
        // B: 筋竹村 leaves the cluster and keeps only its own income.
        Scenario b = a.withName("B").withCluster(xufu.withMembers(xufu.members().subList(0, 2)).withContributions(
                xufu.contributions().subList(0, 2)));
        Path project = dir.resolve("p.gpkg");
        services.projects().save(new PlanProject(ProjectInfo.untitled(), doc.villages(), List.of(a, b)), project);

        CliRun r = CliRun.of("compare", project.toString(), "--scenario", "A", "--scenario", "B", "--json");
        assertEquals(0, r.exit(), r.err());
        JsonNode root = new ObjectMapper().readTree(r.out());
        assertEquals("[\"A\",\"B\"]", root.get("scenarios").toString());
        assertEquals(10, root.get("years").asInt());
        JsonNode changed = find(root.get("indicators"), "villagesChangingCluster");
        assertEquals(0, changed.at("/values/0").asInt());
        assertEquals(1, changed.at("/values/1").asInt());
        assertEquals(1, changed.at("/deltas/1").asInt());
        JsonNode below = find(root.get("indicators"), "belowOperatingTarget");
        assertEquals(below.at("/values/1").asDouble() - below.at("/values/0").asDouble(), below.at("/deltas/1").asDouble());
        assertEquals(11, root.get("byYear").size());
        assertEquals(2, root.at("/byYear/10/gini").size());
        JsonNode jinzhu = root.get("villages").get(2);
        assertEquals("330282123217", jinzhu.get("code").asText());
        assertEquals("xufu", jinzhu.at("/clusters/0").asText());
        assertTrue(jinzhu.at("/clusters/1").isNull());
        assertEquals(280_000, jinzhu.at("/operatingIncomeN/1").asDouble());
        assertTrue(jinzhu.at("/deltas/1").asDouble() < 0);

        assertEquals(0, root.get("assumptionsDiffer").size(), "A and B share their assumptions");

        // The equity scorecard of each scenario, in order; the meeting shares follow the below-target counts.
        JsonNode cards = root.get("scorecard");
        assertEquals(2, cards.size());
        assertEquals("B", cards.at("/1/scenario").asText());
        assertEquals(13, cards.at("/0/axes").size());
        int villages = root.get("villages").size();
        for (int i = 0; i < 2; i++) {
            JsonNode meet = cards.at("/" + i + "/axes/2");
            assertEquals("meetOperatingEnd", meet.get("name").asText());
            assertEquals(1 - below.at("/values/" + i).asDouble() / villages, meet.get("raw").asDouble(), 1e-12);
            assertEquals(100 * meet.get("raw").asDouble(), meet.get("score").asDouble(), 1e-9);
        }

        CliRun one = CliRun.of("--lang", "en", "compare", project.toString(), "--scenario", "A");
        assertEquals(2, one.exit());
        assertTrue(one.err().contains("at least two"), one.err());
    }

    @Test
    void differingAssumptionsAreListedInJsonAndNotedInText(@TempDir Path dir) throws Exception {
        Services services = Main.services();
        ScenarioDocument doc = services.scenarios().readFile(Path.of("samples/cases/01-xufu-strong-helps-weak.json"));
        Scenario plan = doc.scenario().withName("B");
        Assumptions a = plan.assumptions();
        Scenario base = Scenario.empty("A").withAssumptions(new Assumptions(a.years(), 0, a.discountRate(),
                a.totalIncomeTarget(), a.operatingIncomeTarget(), a.strongThreshold(), a.weakThreshold(),
                a.landYuanPerMu(), a.monteCarlo()));
        plan = plan.withAssumptions(new Assumptions(a.years(), 0.03, a.discountRate(), a.totalIncomeTarget(),
                a.operatingIncomeTarget(), a.strongThreshold(), a.weakThreshold(), a.landYuanPerMu(), a.monteCarlo()));
        Path project = dir.resolve("p.gpkg");
        services.projects().save(new PlanProject(ProjectInfo.untitled(), doc.villages(), List.of(base, plan)),
                project);

        CliRun r = CliRun.of("compare", project.toString(), "--scenario", "A", "--scenario", "B", "--json");
        assertEquals(0, r.exit(), r.err());
        JsonNode root = new ObjectMapper().readTree(r.out());
        assertEquals("[\"baselineGrowth\"]", root.get("assumptionsDiffer").toString(), "CLI.md: a list of keys");
        assertEquals("[{\"field\":\"baselineGrowth\",\"values\":[0,0.03]}]",
                root.get("assumptionsDifferValues").toString());

        CliRun text = CliRun.of("--lang", "en", "compare", project.toString(), "--scenario", "A", "--scenario", "B");
        assertEquals(0, text.exit(), text.err());
        assertTrue(text.out().contains("Note: the scenarios assume different baselineGrowth"), text.out());
    }

    @Test
    void theLongshanSampleComparesItsBaselineAndPlanAOnTheSameAssumptions() throws Exception {
        CliRun r = CliRun.of("compare", "samples/longshan.gpkg", "--scenario", "现状", "--scenario", "方案A",
                "--runs", "0", "--json");
        assertEquals(0, r.exit(), r.err());
        assertEquals("[]", new ObjectMapper().readTree(r.out()).get("assumptionsDiffer").toString());
    }

    @Test
    void raisingTheWeakThresholdShowsInStrengthCountsAndChangedVillagesEvenWithNoIncomeChange(@TempDir Path dir)
            throws Exception {
        Services services = Main.services();
        List<org.villageplanner.domain.Village> villages = services.projects().open(Path.of("samples/longshan.gpkg"))
                .villages();
        Assumptions a = Assumptions.DEFAULTS;
        Scenario low = Scenario.empty("A");
        // 50 → 100 万元 (DOMAIN_CASES 13: 相对薄弱村)
        Scenario high = Scenario.empty("B").withAssumptions(new Assumptions(a.years(), a.baselineGrowth(),
                a.discountRate(), a.totalIncomeTarget(), a.operatingIncomeTarget(), a.strongThreshold(), 1_000_000,
                a.landYuanPerMu(), a.monteCarlo()));
        Path project = dir.resolve("p.gpkg");
        services.projects().save(new PlanProject(ProjectInfo.untitled(), villages, List.of(low, high)), project);
        long weak = villages.stream().filter(v -> v.operatingIncome() < 500_000).count();
        long strong = villages.stream().filter(v -> v.operatingIncome() >= 2_000_000).count();
        long moving = villages.stream().filter(v -> v.operatingIncome() >= 500_000 && v.operatingIncome() < 1_000_000)
                .count();
        assertTrue(moving > 0, "the sample has villages between 50 and 100 万元");

        CliRun r = CliRun.of("compare", project.toString(), "--scenario", "A", "--scenario", "B", "--json");
        assertEquals(0, r.exit(), r.err());
        JsonNode root = new ObjectMapper().readTree(r.out());
        JsonNode strength = root.get("strength");
        assertEquals(2, strength.size());
        assertEquals("{\"scenario\":\"A\",\"strong\":" + strong + ",\"medium\":" + (villages.size() - strong - weak)
                + ",\"weak\":" + weak + "}", strength.get(0).toString());
        assertEquals("{\"scenario\":\"B\",\"strong\":" + strong + ",\"medium\":"
                + (villages.size() - strong - weak - moving) + ",\"weak\":" + (weak + moving) + "}",
                strength.get(1).toString());
        JsonNode changed = root.get("strengthChanged");
        assertEquals(moving, changed.size(), changed.toString());
        for (JsonNode c : changed) {
            assertEquals(3, c.size(), "exactly code, from, to: " + c);
            assertEquals("MEDIUM", c.get("from").asText());
            assertEquals("WEAK", c.get("to").asText());
        }
        JsonNode below = find(root.get("indicators"), "belowOperatingTarget");
        assertEquals(0, below.at("/deltas/1").asInt(), "no income figure moves");
    }

    private static JsonNode find(JsonNode rows, String name) {
        for (JsonNode row : rows) {
            if (row.get("name").asText().equals(name)) {
                return row;
            }
        }
        throw new AssertionError(name);
    }
}
