package org.villageplanner.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.villageplanner.domain.Cluster;
import org.villageplanner.domain.ClusterType;
import org.villageplanner.domain.Scenario;

/**
 * {@link ClusterSuggester#suggest} on {@link RuleFixture}'s 3 × 3 grid: what it reports while it runs and which base
 * clusters it keeps.
 */
class ClusterSuggesterWorkedTest {
    /**
     * Progress comes in units of {@link ProgressTracker#PHASES} = 5 phases per start (merge 0, repair 1, improve 2,
     * types 3, improve again 4), plus one for the output: two starts make 11 units, three (resource pooling adds
     * SKATER's start) 16. Each phase that begins is reported at its unit, improvement passes at a fraction of theirs
     * (pass k of phase 2 at 2 + k / 25), the output at total − 1 and the end at total. The second improvement (4)
     * runs only where types are repaired, which resource pooling never needs.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # type            | total | phases                                                                         | passes in
            STRONG_HELPS_WEAK | 11    | 0 merge, 1 repair, 3 types, 5 merge, 6 repair, 8 types, 10 output, 11 output    | 2 4 7 9
            COMPLEMENTARY     | 11    | 0 merge, 1 repair, 3 types, 5 merge, 6 repair, 8 types, 10 output, 11 output    | 2 4 7 9
            RESOURCE_POOLING  | 16    | 0 merge, 1 repair, 3 types, 5 merge, 6 repair, 8 types, 10 skater, 11 repair, 13 types, 15 output, 16 output | 2 7 12
            """)
    void progressReportsEachPhaseOfEachStartInOrder(ClusterType type, int total, String phases, String passesIn) {
        List<String> phaseUpdates = new ArrayList<>();
        Set<Integer> passUnits = new TreeSet<>();
        List<Double> totals = new ArrayList<>();
        SuggestProgress progress = SuggestProgress.of((done, all, phase) -> {
            totals.add(all);
            LocalizedText what = phase.key().equals("cluster.suggest.progress.start")
                    ? (LocalizedText) phase.args().get(2) : phase;
            String name = what.key().substring("cluster.suggest.progress.".length());
            if (name.equals("pass")) {
                passUnits.add((int) Math.floor(done));
            } else {
                phaseUpdates.add(fmt(done) + " " + name);
            }
        }, () -> false);
        ClusterSuggester.suggest(RuleFixture.VILLAGES, RuleFixture.GRAPH, Scenario.empty("base"),
                SuggestionRequest.of(type).withBounds(new SizeBounds(2, 4)), progress);
        assertEquals(phases, String.join(", ", phaseUpdates));
        assertEquals(passesIn, passUnits.stream().map(String::valueOf).collect(Collectors.joining(" ")));
        assertEquals(Set.of((double) total), Set.copyOf(totals));
    }

    /**
     * Base clusters outside the scope are kept as they are, and stay unlocked; a cluster named in the request's
     * locks is kept and marked locked; an unlocked cluster inside the scope is replaced. Scope: villages 0–5; base:
     * "far" 6 7 8 (outside), "mine" 4 5 (locked by the request), "old" 0 1 (inside, not locked).
     */
    @Test
    void clustersOutsideTheScopeAreKeptUnlockedAndLockedOnesLocked() {
        Cluster far = Cluster.of("far", "远片区", ClusterType.RESOURCE_POOLING, "G0006", List.of("G0006", "G0007", "G0008"));
        Cluster mine = Cluster.of("mine", "我片区", ClusterType.RESOURCE_POOLING, "G0004", List.of("G0004", "G0005"));
        Cluster old = Cluster.of("old", "旧片区", ClusterType.RESOURCE_POOLING, "G0000", List.of("G0000", "G0001"));
        Scenario base = Scenario.empty("base").withClusters(List.of(far, mine, old));
        SuggestionRequest request = SuggestionRequest.of(ClusterType.RESOURCE_POOLING).withBounds(new SizeBounds(2, 4))
                .withScope(Set.of("G0000", "G0001", "G0002", "G0003", "G0004", "G0005")).withLocked(Set.of("mine"));
        Suggestion s = ClusterSuggester.suggest(RuleFixture.VILLAGES, RuleFixture.GRAPH, base, request);

        List<String> kept = s.clusters().stream().filter(Suggestion.Item::kept)
                .map(i -> i.cluster().id() + " locked " + i.cluster().locked()).toList();
        assertEquals(List.of("far locked false", "mine locked true"), kept);
        Set<String> placed = new TreeSet<>();
        s.clusters().stream().filter(i -> !i.kept()).forEach(i -> placed.addAll(i.cluster().members()));
        s.unassigned().forEach(u -> placed.add(u.code()));
        assertEquals(Set.of("G0000", "G0001", "G0002", "G0003"), placed);
    }

    private static String fmt(double units) {
        return units == Math.rint(units) ? String.valueOf((long) units) : String.valueOf(units);
    }
}
