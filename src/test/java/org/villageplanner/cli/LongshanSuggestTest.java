package org.villageplanner.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.villageplanner.Main;
import org.villageplanner.domain.Assumptions;
import org.villageplanner.domain.PlanProject;
import org.villageplanner.domain.Strength;
import org.villageplanner.domain.Village;
import org.villageplanner.service.Services;
import picocli.CommandLine;

/** The bundled 龙山镇 sample: strong-helps-weak suggestions put every weak village with a stronger one. */
class LongshanSuggestTest {
    private static final Path SAMPLE = Path.of(System.getProperty("planner.repo", "."), "samples", "longshan.gpkg");

    @Test
    void everyWeakVillageSitsWithAStrongOrMediumVillage() throws Exception {
        Services services = Main.services();
        StringWriter out = new StringWriter();
        CommandLine cl = PlannerCommand.create(services);
        cl.setOut(new PrintWriter(out, true));
        assertEquals(0, cl.execute("suggest", SAMPLE.toString(), "--type", "STRONG_HELPS_WEAK", "--json"));
        JsonNode json = new ObjectMapper().readTree(out.toString());
        PlanProject project = services.projects().open(SAMPLE);
        Map<String, Village> villages = project.villagesByCode();
        Assumptions a = project.scenarios().isEmpty() ? Assumptions.DEFAULTS : project.scenarios().get(0).assumptions();
        Set<String> placed = new HashSet<>();
        for (JsonNode c : json.get("clusters")) {
            boolean helper = false, weak = false;
            for (JsonNode m : c.get("members")) {
                Strength s = a.strengthOf(villages.get(m.asText()));
                helper |= s != Strength.WEAK;
                weak |= s == Strength.WEAK;
                placed.add(m.asText());
            }
            assertTrue(!weak || helper, "weak villages without a helper in " + c);
        }
        for (Village v : project.villages()) {
            if (a.strengthOf(v) == Strength.WEAK) {
                assertTrue(placed.contains(v.code()), v.name() + " left out");
            }
        }
        assertTrue(json.get("current").has("value"));
    }
}
