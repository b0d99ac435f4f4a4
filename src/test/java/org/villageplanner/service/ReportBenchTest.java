package org.villageplanner.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.villageplanner.domain.Cluster;
import org.villageplanner.domain.PlanProject;
import org.villageplanner.domain.Village;
import org.villageplanner.geo.AdjacencyGraph;

class ReportBenchTest {
    @Test
    void benchmarkClustersAreNeighboursOfOneTownWithTwoToFourMembers() {
        PlanProject project = ReportBench.withClusters(LongshanPlan.project(), 4);
        List<Cluster> clusters = project.requireScenario(ReportBench.SCENARIO).clusters();
        AdjacencyGraph graph = AdjacencyGraph.of(project.villages());
        Map<String, Village> villages = project.villagesByCode();
        Set<String> seen = new HashSet<>();
        assertTrue(clusters.size() >= 5, "28 villages give several clusters: " + clusters.size());
        for (Cluster c : clusters) {
            assertTrue(c.members().size() >= 2 && c.members().size() <= 4, c.members().toString());
            for (int i = 0; i < c.members().size(); i++) {
                String m = c.members().get(i);
                assertTrue(seen.add(m), m + " is in two clusters");
                assertEquals(villages.get(c.members().get(0)).town(), villages.get(m).town());
                if (i > 0) {
                    List<String> earlier = c.members().subList(0, i);
                    assertTrue(earlier.stream().anyMatch(e -> graph.areNeighbours(e, m)), m + " is not adjacent");
                }
            }
        }
    }
}
