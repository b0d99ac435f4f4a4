package org.villageplanner.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The index an edit derives from the previous scenario's answers every lookup exactly as a scan of the edited
 * cluster list would (the definition of {@link Scenario#clusterOf}): random moves, additions, removals and
 * merges, property-style, checked after every step over every village and id.
 */
class ClusterIndexDerivationTest {
    private static final int VILLAGES = 300;

    private static Scenario plan(int clusters) {
        List<Cluster> cs = new ArrayList<>();
        for (int i = 0; i < clusters; i++) {
            List<String> members = new ArrayList<>();
            for (int v = i; v < VILLAGES - 40; v += clusters) {
                members.add("v" + v);
            }
            cs.add(Cluster.of("c" + i, "片区" + i, ClusterType.COMPLEMENTARY, null, members));
        }
        return new Scenario("方案", "", null, cs);
    }

    @Test
    void derivedIndexesAnswerLikeAScanOverRandomEdits() {
        for (long seed = 1; seed <= 6; seed++) {
            Random rnd = new Random(seed);
            Scenario s = plan(30);
            s.clusterOf("v0"); // builds the first index, as opening a province does
            int derived = 0;
            for (int step = 0; step < 80; step++) {
                Scenario before = s;
                s = edit(s, rnd);
                if (s != before && ClusterIndex.known(s.clusters())) {
                    derived++;
                    assertTrue(ClusterIndex.of(s.clusters()).depth() > 0, "an edit's index is derived, not built");
                }
                assertAnswersLikeAScan(s, "seed " + seed + " step " + step);
            }
            assertTrue(derived > 50, "most edits derive the next index (seed " + seed + ": " + derived + ")");
        }
    }

    @Test
    void aPlanListingAVillageTwiceIsBuiltNotDerived() {
        Scenario s = plan(30);
        s.clusterOf("v0");
        Cluster c1 = s.cluster("c1").orElseThrow();
        List<String> members = new ArrayList<>(c1.members());
        members.add("v0"); // v0 stays in c0 as well
        Scenario twice = s.withCluster(c1.withMembers(members));
        assertTrue(!ClusterIndex.known(twice.clusters()));
        assertEquals("c0", twice.clusterOf("v0").orElseThrow().id(), "the first cluster that lists it");
        assertAnswersLikeAScan(twice, "duplicate");
    }

    @Test
    void theScenarioBeforeAnEditKeepsItsAnswers() {
        Scenario before = plan(30);
        Cluster was = before.clusterOf("v31").orElseThrow();
        Scenario after = before;
        for (int i = 0; i < 10; i++) {
            after = edit(after, new Random(i));
        }
        assertSame(was, before.clusterOf("v31").orElseThrow());
        assertAnswersLikeAScan(before, "before");
    }

    private static Scenario edit(Scenario s, Random rnd) {
        List<Cluster> cs = s.clusters();
        int kind = rnd.nextInt(10);
        if (kind < 6 || cs.size() < 3) { // move one village (what a paint does: out of one, into another)
            String v = "v" + rnd.nextInt(VILLAGES);
            Cluster into = cs.get(rnd.nextInt(cs.size()));
            if (into.hasMember(v)) {
                return s;
            }
            Scenario out = s;
            Cluster from = s.clusterOf(v).orElse(null);
            if (from != null) {
                out = out.withCluster(from.withMembers(from.members().stream().filter(m -> !m.equals(v)).toList()));
            }
            List<String> members = new ArrayList<>(into.members());
            members.add(v);
            return out.withCluster(out.cluster(into.id()).orElseThrow().withMembers(members));
        } else if (kind < 8) { // a new cluster, empty or with villages nobody holds
            List<String> free = new ArrayList<>();
            for (int v = VILLAGES - 40; v < VILLAGES; v++) {
                if (s.clusterOf("v" + v).isEmpty() && rnd.nextBoolean()) {
                    free.add("v" + v);
                }
            }
            String id = "n" + rnd.nextInt(1_000_000);
            return s.cluster(id).isPresent() ? s
                    : s.withCluster(Cluster.of(id, "新" + id, ClusterType.COMPLEMENTARY, null, free));
        } else if (kind == 8) { // delete
            return s.withoutCluster(cs.get(rnd.nextInt(cs.size())).id());
        } else { // merge two: remove one, the other takes its villages
            Cluster keep = cs.get(rnd.nextInt(cs.size()));
            Cluster other = cs.get(rnd.nextInt(cs.size()));
            if (keep == other) {
                return s;
            }
            List<String> members = new ArrayList<>(keep.members());
            members.addAll(other.members());
            return s.withoutCluster(other.id()).withCluster(keep.withMembers(members));
        }
    }

    private static void assertAnswersLikeAScan(Scenario s, String where) {
        for (int v = 0; v < VILLAGES + 5; v++) {
            String code = "v" + v;
            Cluster expected = s.clusters().stream().filter(c -> c.hasMember(code)).findFirst().orElse(null);
            assertSame(expected, s.clusterOf(code).orElse(null), where + ": " + code);
        }
        for (Cluster c : s.clusters()) {
            assertSame(c, s.cluster(c.id()).orElseThrow(), where + ": id " + c.id());
        }
        assertTrue(s.cluster("n-none").isEmpty() && s.cluster("gone").isEmpty(), where);
    }
}
