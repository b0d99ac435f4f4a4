package org.villageplanner.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** clusterOf and cluster(id) answer the same through the index as a scan would, also after an edit. */
class ScenarioLookupTest {
    private static Scenario plan(int clusters) {
        List<Cluster> cs = new ArrayList<>();
        for (int i = 0; i < clusters; i++) {
            cs.add(Cluster.of("c" + i, "片区" + i, ClusterType.COMPLEMENTARY, null, List.of("v" + (2 * i), "v" + (2 * i + 1))));
        }
        return new Scenario("方案", "", null, cs);
    }

    @Test
    void largePlansAnswerLikeAScan() {
        Scenario s = plan(40);
        for (int v = 0; v < 80; v++) {
            String code = "v" + v;
            String expected = s.clusters().stream().filter(c -> c.hasMember(code)).findFirst().orElseThrow().id();
            assertEquals(expected, s.clusterOf(code).orElseThrow().id());
        }
        assertTrue(s.clusterOf("v80").isEmpty());
        assertEquals("片区7", s.cluster("c7").orElseThrow().name());
        assertTrue(s.cluster("nope").isEmpty());
    }

    @Test
    void anEditedScenarioSeesItsOwnMembers() {
        Scenario before = plan(40);
        assertEquals("c3", before.clusterOf("v7").orElseThrow().id());
        Cluster moved = before.cluster("c0").orElseThrow().withMembers(List.of("v0", "v1", "v7"));
        Cluster left = before.cluster("c3").orElseThrow().withMembers(List.of("v6"));
        Scenario after = before.withCluster(moved).withCluster(left);
        assertEquals("c0", after.clusterOf("v7").orElseThrow().id());
        assertEquals("c3", before.clusterOf("v7").orElseThrow().id(), "the old scenario is unchanged");
    }
}
