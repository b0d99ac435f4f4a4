package org.villageplanner.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.villageplanner.Main;

/**
 * Plans stay consistent (issue 14, item 7): {@code scenario import} refuses a village in two clusters, a member that
 * is not a village, and a cluster without members, naming them, with the project untouched; {@code simulate},
 * {@code compare} and {@code report} refuse a scenario with ERROR findings, listing them, unless
 * {@code --allow-invalid}.
 */
class PlanConsistencyCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    @TempDir
    Path dir;
    Path project;
    ObjectNode plan;

    @BeforeEach
    void project() throws Exception {
        project = dir.resolve("p.gpkg");
        Main.services().samples().generate(40, 2, project);
        Path json = dir.resolve("plan.json");
        assertEquals(0, CliRun.of("scenario", "export", project.toString(), "方案", "--out", json.toString()).exit());
        plan = (ObjectNode) JSON.readTree(json.toFile());
        plan.remove("villages");
    }

    private Path variant(String name, Consumer<ArrayNode> change) throws Exception {
        ObjectNode copy = plan.deepCopy();
        copy.put("name", name);
        change.accept((ArrayNode) copy.get("clusters"));
        Path f = dir.resolve(name + ".json");
        JSON.writeValue(f.toFile(), copy);
        return f;
    }

    private void refused(Path file, String... expected) throws Exception {
        byte[] before = Files.readAllBytes(project);
        CliRun r = CliRun.of("--lang", "en", "scenario", "import", project.toString(), file.toString());
        assertEquals(1, r.exit(), r.err());
        for (String e : expected) {
            assertTrue(r.err().contains(e), "expected «" + e + "» in: " + r.err());
        }
        assertArrayEquals(before, Files.readAllBytes(project), "the project must be untouched");
    }

    @Test
    void aVillageInTwoClustersIsRefused() throws Exception {
        String[] shared = new String[1];
        Path f = variant("twice", clusters -> {
            shared[0] = clusters.get(0).get("members").get(0).asText();
            ((ArrayNode) clusters.get(1).get("members")).add(shared[0]);
        });
        String first = plan.get("clusters").get(0).get("id").asText();
        String second = plan.get("clusters").get(1).get("id").asText();
        refused(f, "twice.json", "clusters[1].members[", shared[0], "\"" + first + "\"", "\"" + second + "\"");
    }

    @Test
    void aMemberThatIsNoVillageIsRefused() throws Exception {
        Path f = variant("stranger", clusters -> ((ArrayNode) clusters.get(2).get("members")).add("999999999999"));
        refused(f, "stranger.json", "clusters[2].members[", "999999999999");
    }

    @Test
    void aClusterWithoutMembersIsRefused() throws Exception {
        String[] id = new String[1];
        Path f = variant("empty", clusters -> {
            ObjectNode c = (ObjectNode) clusters.get(1);
            id[0] = c.get("id").asText();
            c.putArray("members");
            c.putNull("leader");
            c.putArray("contributions");
            c.putArray("savings");
            ((ObjectNode) c.get("agreement")).putObject("fixedShares");
        });
        refused(f, "empty.json", "clusters[1]", id[0], "no members");
    }

    @Test
    void computingCommandsRefuseAPlanWithErrorsUnlessAllowed() throws Exception {
        String outsider = plan.get("clusters").get(1).get("members").get(0).asText();
        Path f = variant("坏方案", clusters -> ((ObjectNode) clusters.get(0)).put("leader", outsider));
        assertEquals(0, CliRun.of("scenario", "import", project.toString(), f.toString()).exit());
        String id = plan.get("clusters").get(0).get("id").asText();
        String p = project.toString();
        String[][] commands = {
            {"simulate", p, "--scenario", "坏方案"},
            {"compare", p, "--scenario", "方案", "--scenario", "坏方案"},
            {"report", p, "--scenario", "坏方案", "--out", dir.resolve("plan.pdf").toString()},
        };
        for (String[] c : commands) {
            CliRun r = CliRun.of(prepend("--lang", "en", c));
            assertEquals(1, r.exit(), c[0] + ": " + r.err());
            assertTrue(r.err().contains("\"坏方案\" has 1 validation error"), r.err());
            assertTrue(r.err().contains("cluster " + id + ":") && r.err().contains("leader"), r.err());
            assertTrue(r.err().contains("--allow-invalid"), r.err());
        }
        assertTrue(Files.notExists(dir.resolve("plan.pdf")), "no report written for a refused plan");
        CliRun allowed = CliRun.of("simulate", p, "--scenario", "坏方案", "--allow-invalid", "--json");
        assertEquals(0, allowed.exit(), allowed.err());
        assertEquals(0, CliRun.of("simulate", p, "--scenario", "方案").exit(), "a valid plan is not refused");
    }

    private static String[] prepend(String a, String b, String[] rest) {
        String[] out = new String[rest.length + 2];
        out[0] = a;
        out[1] = b;
        System.arraycopy(rest, 0, out, 2, rest.length);
        return out;
    }
}
