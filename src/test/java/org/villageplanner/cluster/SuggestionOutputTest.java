package org.villageplanner.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.villageplanner.domain.Cluster;
import org.villageplanner.domain.ClusterType;
import org.villageplanner.domain.ResourceTag;
import org.villageplanner.domain.Scenario;

/**
 * {@link SuggestionOutput#build} on {@link ObjectiveFixture}'s grid (villages by number, row 0 at the bottom):
 * <pre>
 *   6 M 0.9M     7 W 0.4M     8 W 0.25M
 *   3 M 1.5M     4 W 0.3M     5 W 0.1M tea
 *     tidal_flat on 4
 *   0 S 2.7M tea 1 M 1.5M tea 2 M 1.0M scenic
 * </pre>
 * (operating incomes in yuan; strong from 2 million, weak below 0.5 million; populations 1,000 + number). Each
 * cluster is written as the item it becomes: "id name type members", the leader first.
 */
class SuggestionOutputTest {
    private static final Scenario BASE = Scenario.empty("base");

    /**
     * A strong-helps-weak request over 4 7 / 1 3 / 2 8 5 / 6, clusters made in that order and members added in that
     * order:
     * <ul>
     * <li>ids follow each cluster's lowest village, not the order they were made: 1 3 is S01, 2 5 8 S02, 4 7 S03,
     *     6 S04;</li>
     * <li>the leader earns most; 1 and 3 both earn 1.5 million, and the lower number leads; the other members
     *     follow by number (5 before 8);</li>
     * <li>1 3 (no weak member) and 4 7 (no strong or medium one) fit neither strong-helps-weak nor complementary (one
     *     category at most) and become resource pooling, their reason wrapped as retyped from the requested type,
     *     with no shared tag and the within-cluster ssd of population standardised over the nine villages (mean
     *     1,004, variance 60 / 9): 4 7 differ by 3, so (3 / √(60/9))² / 2 = 0.675; 1 3 by 2, 0.3;</li>
     * <li>2 5 8 keeps the requested type: led by the medium 2 helping the weak 5 and 8, 2 km of border inside;</li>
     * <li>6 alone has the reason of a single village; the villages given up are listed by code.</li>
     * </ul>
     */
    @Test
    void strongHelpsWeakOutputNumbersNamesTypesAndExplainsEachCluster() {
        Scorer scorer = ObjectiveFixture.scorer(ClusterType.STRONG_HELPS_WEAK, List.of("population"), "all");
        Partition p = made(scorer, "4 7 / 1 3 / 2 8 5 / 6");
        List<Suggestion.Unassigned> left = new ArrayList<>(List.of(unassigned("G0000"), unassigned("G0000A"),
                unassigned("A0000")));
        Suggestion s = build(p, ClusterType.STRONG_HELPS_WEAK, List.of(), left);

        assertEquals(List.of("S01 村1片区 RESOURCE_POOLING G0001 G0003", "S02 村2片区 STRONG_HELPS_WEAK G0002 G0005 G0008",
                "S03 村7片区 RESOURCE_POOLING G0007 G0004", "S04 村6片区 STRONG_HELPS_WEAK G0006"), items(s));
        assertEquals(List.of("A0000", "G0000", "G0000A"), s.unassigned().stream().map(Suggestion.Unassigned::code)
                .toList());

        LocalizedText asked = LocalizedText.of("core.clusterType.STRONG_HELPS_WEAK");
        LocalizedText none = LocalizedText.of("cluster.suggest.none");
        assertPooling(s.clusters().get(0).reason(), asked, List.of("村1", "村3"), 0.3, none, 0);
        LocalizedText shw = s.clusters().get(1).reason();
        assertEquals("cluster.suggest.reason.shw", shw.key());
        assertEquals(List.of("村2", LocalizedText.of("cluster.strength.MEDIUM"), List.of("村5", "村8")),
                shw.args().subList(0, 3));
        assertEquals(2.0, (double) shw.args().get(3), 0.01, "km of border inside (the grid is in degrees: 1 km within 0.2 %)");
        assertPooling(s.clusters().get(2).reason(), asked, List.of("村4", "村7"), 0.675, none, 1);
        assertEquals(LocalizedText.of("cluster.suggest.reason.single", "村6"), s.clusters().get(3).reason());
    }

    /**
     * A complementary request over 4 5 / 0 1 / 6 7 with a kept cluster S01: the kept one comes first with its own
     * reason, and the new ids skip S01. 0 1 (tea, tea: one category; no weak member) becomes resource pooling,
     * sharing tea, ssd of population (1 / √(60/9))² / 2 = 0.075; 4 5 (tidal flat, tea) stays complementary with two
     * categories and 1 km inside; 6 7 (one category: none) becomes strong-helps-weak, the medium 6 helping 7.
     */
    @Test
    void complementaryOutputSkipsKeptIdsAndRetypesWhatDoesNotFit() {
        Scorer scorer = ObjectiveFixture.scorer(ClusterType.COMPLEMENTARY, List.of("population"), "all");
        Partition p = made(scorer, "4 5 / 0 1 / 6 7");
        Cluster kept = Cluster.of("S01", "老片区", ClusterType.COMPLEMENTARY, "G0002", List.of("G0002", "G0003"));
        Suggestion s = build(p, ClusterType.COMPLEMENTARY, List.of(kept), new ArrayList<>());

        assertEquals(List.of("S01 老片区 COMPLEMENTARY G0002 G0003", "S02 村0片区 RESOURCE_POOLING G0000 G0001",
                "S03 村4片区 COMPLEMENTARY G0004 G0005", "S04 村6片区 STRONG_HELPS_WEAK G0006 G0007"), items(s));
        assertEquals(List.of(true, false, false, false), s.clusters().stream().map(Suggestion.Item::kept).toList());
        assertEquals(LocalizedText.of("cluster.suggest.reason.kept", "老片区"), s.clusters().get(0).reason());

        LocalizedText asked = LocalizedText.of("core.clusterType.COMPLEMENTARY");
        assertPooling(s.clusters().get(1).reason(), asked, List.of("村0", "村1"), 0.075, ResourceTag.of(List.of("tea")), 1);
        LocalizedText complementary = s.clusters().get(2).reason();
        assertEquals("cluster.suggest.reason.complementary", complementary.key());
        assertEquals(List.of(List.of("村4", "村5"), ResourceTag.of(List.of("tea", "tidal_flat")), 2),
                complementary.args().subList(0, 3));
        assertEquals(1.0, (double) complementary.args().get(3), 0.01);
        LocalizedText retyped = s.clusters().get(3).reason();
        assertEquals("cluster.suggest.reason.retyped", retyped.key());
        assertEquals(asked, retyped.args().get(1));
        LocalizedText shw = (LocalizedText) retyped.args().get(0);
        assertEquals(List.of("村6", LocalizedText.of("cluster.strength.MEDIUM"), List.of("村7")), shw.args().subList(0, 3));
    }

    /**
     * Under a resource-pooling request a cluster that fits keeps its reason unwrapped, and its ssd is the scorer's,
     * standardised over the villages taking part (here 4 and 7 alone: z = ±1, ssd 2), not over the whole layer (0.675).
     */
    @Test
    void poolingOutputKeepsTheRequestedType() {
        Scorer scorer = ObjectiveFixture.scorer(ClusterType.RESOURCE_POOLING, List.of("population"), "4 7");
        Partition p = ObjectiveFixture.partition(scorer, "4 7");
        Suggestion s = build(p, ClusterType.RESOURCE_POOLING, List.of(), new ArrayList<>());
        assertEquals(List.of("S01 村7片区 RESOURCE_POOLING G0007 G0004"), items(s));
        LocalizedText reason = s.clusters().get(0).reason();
        assertEquals("cluster.suggest.reason.pooling", reason.key());
        assertEquals(List.of("村4", "村7"), reason.args().get(0));
        assertEquals(2.0, (double) reason.args().get(1), 1e-9);
    }

    @Test
    void aSuggestedClusterIsNamedAfterItsLeaderInChinese() {
        assertEquals("百两村片区", SuggestionOutput.clusterName("百两村"));
    }

    private static void assertPooling(LocalizedText retyped, LocalizedText asked, List<String> names, double ssd,
                                      Object shared, double km) {
        assertEquals("cluster.suggest.reason.retyped", retyped.key());
        assertEquals(asked, retyped.args().get(1));
        LocalizedText pooling = (LocalizedText) retyped.args().get(0);
        assertEquals("cluster.suggest.reason.pooling", pooling.key());
        assertEquals(names, pooling.args().get(0));
        assertEquals(ssd, (double) pooling.args().get(1), 1e-9, "ssd");
        assertEquals(shared, pooling.args().get(2));
        assertEquals(km, (double) pooling.args().get(3), 0.01, "km");
    }

    private static Suggestion build(Partition p, ClusterType type, List<Cluster> kept,
                                    List<Suggestion.Unassigned> left) {
        SuggestionRequest request = new SuggestionRequest(type, new SizeBounds(1, 5), null, List.of("population"),
                null, null, 1);
        return new SuggestionOutput(p, ObjectiveFixture.VILLAGES, BASE, request, kept).build(left);
    }

    /** Clusters opened in the order written, each member added in the order written (not by number). */
    private static Partition made(Scorer scorer, String clusters) {
        Partition p = new Partition(RuleFixture.GRAPH, scorer);
        for (String group : clusters.split("/")) {
            List<Integer> members = ObjectiveFixture.numbers(group);
            int c = p.open(members.get(0));
            for (int v : members.subList(1, members.size())) {
                p.open(v);
                p.move(v, c);
            }
        }
        return p;
    }

    private static Suggestion.Unassigned unassigned(String code) {
        return new Suggestion.Unassigned(code, LocalizedText.of("cluster.suggest.reason.island", code));
    }

    private static List<String> items(Suggestion s) {
        return s.clusters().stream().map(i -> i.cluster().id() + " " + i.cluster().name() + " " + i.cluster().type()
                + " " + String.join(" ", i.cluster().members())).collect(Collectors.toList());
    }
}
