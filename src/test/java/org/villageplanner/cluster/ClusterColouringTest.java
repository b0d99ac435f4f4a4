package org.villageplanner.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.villageplanner.domain.Cluster;
import org.villageplanner.domain.PlanProject;
import org.villageplanner.geo.AdjacencyGraph;
import org.villageplanner.sample.SyntheticProject;

/** Neighbouring clusters never share a colour; colours depend on ids and adjacency only. */
class ClusterColouringTest {
    private static final PlanProject COUNTY = SyntheticProject.generate(340, 3);
    private static final AdjacencyGraph GRAPH = AdjacencyGraph.of(COUNTY.villages());

    private static List<Cluster> plan() {
        return COUNTY.scenario("方案").orElseThrow().clusters();
    }

    @Test
    void neighbouringClustersNeverShareAColourAndThePaletteIsSmall() {
        List<Cluster> clusters = plan();
        assertTrue(clusters.size() >= 80, "a county-sized plan");
        ClusterColouring colouring = ClusterColouring.of(clusters, GRAPH);
        Map<String, Set<String>> neighbours = ClusterColouring.clusterNeighbours(clusters, GRAPH);
        assertTrue(neighbours.values().stream().mapToInt(Set::size).sum() > clusters.size(), "clusters do touch");
        for (var e : neighbours.entrySet()) {
            for (String other : e.getValue()) {
                assertNotEquals(colouring.indexOf(e.getKey()), colouring.indexOf(other), e.getKey() + " / " + other);
            }
        }
        assertEquals(0, colouring.conflicts());
        assertEquals(clusters.size(), java.util.Arrays.stream(colouring.counts()).sum());
        clusters.forEach(c -> assertTrue(colouring.indexOf(c.id()) >= 0
                && colouring.indexOf(c.id()) < ClusterColouring.PALETTE.size()));
        assertEquals(-1, colouring.indexOf("no such cluster"));
        assertEquals(ClusterColouring.UNASSIGNED, colouring.hexOf("no such cluster"));
    }

    @Test
    void theSamePlanInAnyOrderGetsTheSameColours() {
        List<Cluster> shuffled = new ArrayList<>(plan());
        Collections.shuffle(shuffled, new Random(7));
        ClusterColouring a = ClusterColouring.of(plan(), GRAPH);
        ClusterColouring b = ClusterColouring.of(shuffled, GRAPH);
        plan().forEach(c -> assertEquals(a.indexOf(c.id()), b.indexOf(c.id()), c.id()));
    }

    @Test
    void movingOneVillageKeepsMostColours() {
        List<Cluster> before = plan();
        Cluster from = before.stream().filter(c -> c.members().size() >= 3).findFirst().orElseThrow();
        String moved = from.members().get(from.members().size() - 1);
        String target = before.stream().filter(c -> c != from)
                .filter(c -> c.members().stream().anyMatch(m -> GRAPH.areNeighbours(m, moved)))
                .findFirst().orElseThrow().id();
        List<Cluster> after = new ArrayList<>();
        for (Cluster c : before) {
            if (c == from) {
                after.add(c.withMembers(c.members().subList(0, c.members().size() - 1)));
            } else if (c.id().equals(target)) {
                List<String> m = new ArrayList<>(c.members());
                m.add(moved);
                after.add(c.withMembers(m));
            } else {
                after.add(c);
            }
        }
        ClusterColouring a = ClusterColouring.of(before, GRAPH);
        ClusterColouring b = ClusterColouring.of(after, GRAPH);
        long same = before.stream().filter(c -> a.indexOf(c.id()) == b.indexOf(c.id())).count();
        assertTrue(same >= before.size() * 0.8, same + " of " + before.size() + " kept their colour");
        assertEquals(0, b.conflicts());
    }

    @Test
    void withoutAGraphEachClusterTakesItsPreferredColour() {
        ClusterColouring a = ClusterColouring.of(plan(), null);
        ClusterColouring b = ClusterColouring.of(plan().subList(0, 5), null);
        plan().subList(0, 5).forEach(c -> assertEquals(a.indexOf(c.id()), b.indexOf(c.id())));
    }
}
