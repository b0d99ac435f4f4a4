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

    /**
     * Paint, erase, split off, merge, delete and undo at random: each colouring worked out from the one before
     * ({@link ColouringUpdate}) equals the whole colouring of the new plan, cluster by cluster, with the same
     * counts, clashes and neighbours; and most edits are worked out that way.
     */
    @Test
    void coloursAfterAnEditEqualAWholeColouring() {
        Random rnd = new Random(5);
        List<List<Cluster>> history = new ArrayList<>(List.of(plan()));
        ClusterColouring last = ClusterColouring.whole(plan(), GRAPH);
        int updated = 0;
        for (int step = 0; step < 300; step++) {
            List<Cluster> now = rnd.nextInt(10) == 0 ? history.get(rnd.nextInt(history.size()))
                    : edit(history.get(history.size() - 1), rnd);
            ClusterColouring update = ColouringUpdate.after(last, now, GRAPH);
            ClusterColouring whole = ClusterColouring.whole(now, GRAPH);
            if (update != null) {
                updated++;
                for (Cluster c : now) {
                    assertEquals(whole.indexOf(c.id()), update.indexOf(c.id()), "step " + step + " " + c.id());
                }
                assertEquals(java.util.Arrays.toString(whole.counts()), java.util.Arrays.toString(update.counts()));
                assertEquals(whole.conflicts(), update.conflicts(), "step " + step);
                assertEquals(whole.neighbours, update.neighbours, "step " + step);
                assertEquals(whole.clashes, update.clashes, "step " + step);
            }
            last = update != null ? update : whole;
            history.add(now);
        }
        assertTrue(updated > 200, "edits are followed, not coloured whole: " + updated);
        assertTrue(last.conflicts() >= 0);
    }

    private static List<Cluster> edit(List<Cluster> plan, Random rnd) {
        List<Cluster> cs = new ArrayList<>(plan);
        int i = rnd.nextInt(cs.size());
        Cluster c = cs.get(i);
        String village = c.members().get(rnd.nextInt(c.members().size()));
        List<String> next = GRAPH.contains(village) ? new ArrayList<>() : List.of();
        for (int k = 0; GRAPH.contains(village) && k < GRAPH.degree(GRAPH.indexOf(village)); k++) {
            next.add(GRAPH.code(GRAPH.neighbour(GRAPH.indexOf(village), k)));
        }
        switch (rnd.nextInt(6)) {
            case 0, 1 -> { // paint a neighbour of one of c's villages into c
                if (next.isEmpty()) {
                    return cs;
                }
                String v = next.get(rnd.nextInt(next.size()));
                for (int k = 0; k < cs.size(); k++) {
                    Cluster o = cs.get(k);
                    if (o != c && o.members().contains(v) && o.members().size() > 1) {
                        cs.set(k, o.withMembers(o.members().stream().filter(m -> !m.equals(v)).toList()));
                    }
                }
                if (!c.members().contains(v)) {
                    List<String> m = new ArrayList<>(c.members());
                    m.add(v);
                    cs.set(cs.indexOf(c), c.withMembers(m));
                }
            }
            case 2 -> { // split a village off into a new cluster at the end
                if (c.members().size() > 1) {
                    cs.set(i, c.withMembers(c.members().stream().filter(m -> !m.equals(village)).toList()));
                    cs.add(Cluster.of("n" + rnd.nextInt(1_000_000), "new", c.type(), village, List.of(village)));
                }
            }
            case 3 -> { // merge a neighbouring cluster into c (clusters grow, neighbours multiply)
                Cluster other = cs.stream().filter(o -> o != c && o.members().stream().anyMatch(next::contains))
                        .findFirst().orElse(null);
                if (other != null) {
                    List<String> m = new ArrayList<>(c.members());
                    other.members().stream().filter(x -> !m.contains(x)).forEach(m::add);
                    cs.set(i, c.withMembers(m));
                    cs.remove(other);
                }
            }
            case 4 -> cs.remove(i);
            default -> cs.set(i, c.withName(c.name() + "'"));
        }
        return cs.isEmpty() ? plan : cs;
    }
}
