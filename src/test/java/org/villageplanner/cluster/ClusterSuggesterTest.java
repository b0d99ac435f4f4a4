package org.villageplanner.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.villageplanner.domain.Cluster;
import org.villageplanner.domain.ClusterType;
import org.villageplanner.domain.Messages;
import org.villageplanner.domain.PlannerException;
import org.villageplanner.domain.Saving;
import org.villageplanner.domain.Scenario;
import org.villageplanner.domain.Village;
import org.villageplanner.geo.AdjacencyGraph;
import org.villageplanner.geo.SyntheticVillages;

class ClusterSuggesterTest {
    private static final Scenario EMPTY = Scenario.empty("base");

    @ParameterizedTest(name = "{0} on {1} villages, seed {2}, bounds {3}–{4}")
    @CsvSource(textBlock = """
            STRONG_HELPS_WEAK, 120, 1, 2, 5
            STRONG_HELPS_WEAK, 263, 2, 2, 5
            COMPLEMENTARY,     150, 3, 2, 5
            RESOURCE_POOLING,  200, 4, 2, 5
            RESOURCE_POOLING,  200, 5, 3, 4
            STRONG_HELPS_WEAK, 80,  6, 1, 3
            """)
    void everySuggestedClusterPassesEveryRuleAndEveryVillageIsAccountedFor(ClusterType type, int n, long seed,
                                                                            int min, int max) {
        List<Village> vs = SyntheticVillages.voronoi(n, 4, seed);
        SizeBounds bounds = new SizeBounds(min, max);
        Suggestion s = suggest(vs, EMPTY, SuggestionRequest.of(type).withBounds(bounds).withSeed(seed));
        assertPassesAllRules(vs, s, bounds);
        Set<String> seen = new HashSet<>();
        s.clusters().forEach(i -> seen.addAll(i.cluster().members()));
        s.unassigned().forEach(u -> seen.add(u.code()));
        assertEquals(n, seen.size());
        assertTrue(s.unassigned().size() <= n / 20, "few leftovers: " + s.unassigned().size());
    }

    @Test
    void islandsAreListedByNameWithAReasonAndBecomeClustersOfOneWhenMinIsOne() {
        List<Village> vs = new ArrayList<>(SyntheticVillages.grid(3, 3, 1000, 1));
        Village far = vs.get(0);
        vs.add(new Village("ISL", "岛村", "", shift(far.geometry(), 0.3), 900, 300, 300_000, 100_000, 0, 0, 0,
                Set.of(), false));
        vs.add(Village.of("NOGEO", "无图村", 500_000, 200_000));
        Suggestion s = suggest(vs, EMPTY, SuggestionRequest.of(ClusterType.RESOURCE_POOLING));
        assertEquals(List.of("ISL", "NOGEO"), s.unassigned().stream().map(Suggestion.Unassigned::code).toList());
        assertTrue(s.unassigned().get(0).reason().text(Messages.CHINESE).contains("岛村"));
        assertEquals("cluster.suggest.reason.island", s.unassigned().get(0).reason().key());
        assertEquals("cluster.suggest.reason.noLocation", s.unassigned().get(1).reason().key());

        Suggestion ones = suggest(vs, EMPTY, SuggestionRequest.of(ClusterType.RESOURCE_POOLING)
                .withBounds(new SizeBounds(1, 5)));
        assertEquals(List.of(), ones.unassigned());
        assertTrue(ones.clusters().stream().anyMatch(i -> i.cluster().members().equals(List.of("ISL"))));
    }

    @Test
    void aDisconnectedLayerIsClusteredPartByPart() {
        List<Village> vs = new ArrayList<>(SyntheticVillages.grid(4, 4, 1000, 3));
        for (Village v : SyntheticVillages.grid(3, 3, 1000, 4)) {
            vs.add(new Village("E" + v.code(), v.name(), "", shift(v.geometry(), 0.5), v.population(),
                    v.households(), v.totalIncome(), v.operatingIncome(), 0, 0, 0, v.resources(), false));
        }
        AdjacencyGraph g = AdjacencyGraph.of(vs);
        assertEquals(2, g.components().size());
        Suggestion s = suggest(vs, EMPTY, SuggestionRequest.of(ClusterType.STRONG_HELPS_WEAK));
        assertPassesAllRules(vs, s, SizeBounds.DEFAULT);
        assertEquals(List.of(), s.unassigned());
    }

    @Test
    void lockedClustersAreKeptAsTheyAreAndTheirVillagesAreNotReused() {
        List<Village> vs = SyntheticVillages.grid(5, 5, 1000, 5);
        Cluster drawn = Cluster.of("mine", "我的片区", ClusterType.RESOURCE_POOLING, "G0000",
                List.of("G0000", "G0001", "G0005"));
        // A pooled-service saving, so that the locked cluster meets the pooling rule whatever its tags.
        Cluster mine = new Cluster(drawn.id(), drawn.name(), drawn.type(), drawn.leader(), drawn.members(),
                drawn.entity(), drawn.agreement(), drawn.contributions(), drawn.projects(),
                List.of(new Saving("G0000", 30_000)), false);
        Cluster other = Cluster.of("other", "其他", ClusterType.RESOURCE_POOLING, "G0024", List.of("G0024", "G0023"));
        Scenario base = EMPTY.withClusters(List.of(mine, other));
        Suggestion s = suggest(vs, base, SuggestionRequest.of(ClusterType.RESOURCE_POOLING).withLocked(Set.of("mine")));
        Suggestion.Item first = s.clusters().get(0);
        assertTrue(first.kept());
        assertEquals(mine.members(), first.cluster().members());
        assertTrue(first.cluster().locked());
        long holding = s.clusters().stream().filter(i -> i.cluster().members().contains("G0001")).count();
        assertEquals(1, holding);
        assertTrue(s.clusters().stream().noneMatch(i -> i.cluster().id().equals("other")), "unlocked: replaced");
        assertPassesAllRules(vs, s, SizeBounds.DEFAULT);
    }

    @ParameterizedTest(name = "K={0} with bounds {1}–{2} → {3}")
    @CsvSource(textBlock = """
            # 25 villages in one piece
            13, 2, 5, cluster.suggest.tooManyClusters
            4,  2, 5, cluster.suggest.tooFewClusters
            9,  3, 5, cluster.suggest.tooManyClusters
            """)
    void impossibleClusterCountsAreRefusedWithAClearMessage(int k, int min, int max, String key) {
        List<Village> vs = SyntheticVillages.grid(5, 5, 1000, 6);
        PlannerException e = assertThrows(PlannerException.class, () -> suggest(vs, EMPTY,
                SuggestionRequest.of(ClusterType.RESOURCE_POOLING).withBounds(new SizeBounds(min, max)).withClusters(k)));
        assertEquals(key, e.key());
        assertTrue(e.getMessage().contains(String.valueOf(k)), e.getMessage());
    }

    @ParameterizedTest(name = "K={0} on 60 villages")
    @CsvSource({"13", "15", "20", "24"})
    void anExactClusterCountIsHonoured(int k) {
        List<Village> vs = SyntheticVillages.voronoi(60, 4, 11);
        Suggestion s = suggest(vs, EMPTY, SuggestionRequest.of(ClusterType.RESOURCE_POOLING).withClusters(k));
        assertEquals(k, s.clusters().size());
        assertPassesAllRules(vs, s, SizeBounds.DEFAULT);
    }

    /**
     * Near the largest possible count (60 / 2 = 30) most clusters are pairs, and on this map some pairs can meet
     * no type's rule (no weak-with-helper, fewer than two resource categories, nothing shared): the suggester
     * then says it could not reach the count rather than return a cluster that breaks a rule.
     */
    @ParameterizedTest(name = "K={0} on 60 villages")
    @CsvSource({"26", "28"})
    void anExactCountNearTheMaximumIsHonouredOrRefusedClearly(int k) {
        List<Village> vs = SyntheticVillages.voronoi(60, 4, 11);
        try {
            Suggestion s = suggest(vs, EMPTY, SuggestionRequest.of(ClusterType.RESOURCE_POOLING).withClusters(k));
            assertEquals(k, s.clusters().size());
            assertPassesAllRules(vs, s, SizeBounds.DEFAULT);
        } catch (PlannerException e) {
            assertEquals("cluster.suggest.countNotReached", e.key());
        }
    }

    @Test
    void sizeBoundsThatCannotBeMetLeaveTheVillagesUnassignedWithTheReason() {
        List<Village> three = SyntheticVillages.grid(1, 3, 1000, 7);
        Suggestion s = suggest(three, EMPTY, SuggestionRequest.of(ClusterType.RESOURCE_POOLING)
                .withBounds(new SizeBounds(4, 5)));
        assertEquals(0, s.clusters().size());
        assertEquals(3, s.unassigned().size());
        assertEquals("cluster.suggest.reason.smallGroup", s.unassigned().get(0).reason().key());

        List<Village> six = SyntheticVillages.grid(1, 6, 1000, 7);
        Suggestion t = suggest(six, EMPTY, SuggestionRequest.of(ClusterType.RESOURCE_POOLING)
                .withBounds(new SizeBounds(4, 5)));
        assertEquals("cluster.suggest.reason.cannotSplit", t.unassigned().get(0).reason().key());
    }

    @Test
    void theSameSeedGivesTheSameSuggestion() {
        List<Village> vs = SyntheticVillages.voronoi(150, 4, 8);
        SuggestionRequest r = SuggestionRequest.of(ClusterType.STRONG_HELPS_WEAK).withSeed(42);
        assertEquals(suggest(vs, EMPTY, r).domainClusters(), suggest(vs, EMPTY, r).domainClusters());
    }

    @Test
    void strongHelpsWeakPutsEveryWeakVillageWithAStrongOneWhenTheMapAllowsIt() {
        // A checkerboard: every weak village has a strong neighbour.
        List<Village> vs = new ArrayList<>();
        for (Village v : SyntheticVillages.grid(6, 6, 1000, 9)) {
            int i = Integer.parseInt(v.code().substring(1));
            boolean strong = (i / 6 + i % 6) % 2 == 0;
            vs.add(v.withIncomes(strong ? 5_000_000 : 600_000, strong ? 2_500_000 : 300_000));
        }
        Suggestion s = suggest(vs, EMPTY, SuggestionRequest.of(ClusterType.STRONG_HELPS_WEAK));
        assertEquals(List.of(), s.unassigned());
        for (Suggestion.Item item : s.clusters()) {
            assertEquals(ClusterType.STRONG_HELPS_WEAK, item.cluster().type());
            String zh = item.reason().text(Messages.CHINESE);
            assertTrue(zh.contains("带动") && zh.contains("（强）") && zh.contains("km"), zh);
        }
        assertPassesAllRules(vs, s, SizeBounds.DEFAULT);
    }

    @Test
    void aSelectionIsClusteredAloneAndClustersOutsideItAreKept() {
        List<Village> vs = SyntheticVillages.grid(5, 5, 1000, 12);
        Set<String> scope = new HashSet<>();
        for (int i = 0; i < 10; i++) {
            scope.add(vs.get(i).code());
        }
        Cluster outside = Cluster.of("top", "北片", ClusterType.RESOURCE_POOLING, "G0024", List.of("G0024", "G0023"));
        Suggestion s = suggest(vs, EMPTY.withCluster(outside), SuggestionRequest.of(ClusterType.RESOURCE_POOLING)
                .withScope(scope));
        assertTrue(s.clusters().get(0).kept());
        assertEquals(outside.members(), s.clusters().get(0).cluster().members());
        Set<String> placed = new HashSet<>();
        s.clusters().stream().filter(i -> !i.kept()).forEach(i -> placed.addAll(i.cluster().members()));
        assertEquals(scope, placed);
        assertEquals(List.of(), s.unassigned());
        assertThrows(PlannerException.class, () -> suggest(vs, EMPTY, SuggestionRequest.of(ClusterType.COMPLEMENTARY)
                .withScope(Set.of("NOPE"))));
    }

    @Test
    void pointLayersAreClusteredOnTheirDelaunayGraph() {
        List<Village> points = SyntheticVillages.asPoints(SyntheticVillages.voronoi(100, 4, 13));
        Suggestion s = suggest(points, EMPTY, SuggestionRequest.of(ClusterType.STRONG_HELPS_WEAK));
        assertPassesAllRules(points, s, SizeBounds.DEFAULT);
        assertTrue(s.clusters().size() >= 20, "clusters: " + s.clusters().size());
        assertTrue(s.unassigned().size() <= 5);
    }

    @Test
    void enclaveCannotBeSuggested() {
        PlannerException e = assertThrows(PlannerException.class, () -> SuggestionRequest.of(ClusterType.ENCLAVE));
        assertEquals("cluster.suggest.enclave", e.key());
    }

    static Suggestion suggest(List<Village> vs, Scenario base, SuggestionRequest r) {
        return ClusterSuggester.suggest(vs, AdjacencyGraph.of(vs), base, r);
    }

    static void assertPassesAllRules(List<Village> vs, Suggestion s, SizeBounds bounds) {
        Scenario plan = EMPTY.withClusters(s.domainClusters());
        ValidationReport r = new ClusterValidator(bounds).check(plan, vs, AdjacencyGraph.of(vs));
        assertEquals(List.of(), r.errors().stream().map(p -> p.message(Messages.ENGLISH)).toList());
    }

    private static Geometry shift(Geometry g, double dLon) {
        Geometry copy = g.copy();
        for (Coordinate c : copy.getCoordinates()) {
            c.x += dLon;
        }
        copy.geometryChanged();
        return copy;
    }
}
