package org.villageplanner.ui.suggest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.villageplanner.cluster.Evaluation;
import org.villageplanner.cluster.LocalizedText;
import org.villageplanner.cluster.ObjectiveValue;
import org.villageplanner.cluster.Suggestion;
import org.villageplanner.domain.Cluster;
import org.villageplanner.domain.ClusterType;
import org.villageplanner.domain.Scenario;
import org.villageplanner.service.SuggestService;

/** Accepting all or some clusters of a suggestion. */
class AcceptedPlanTest {
    private static final Evaluation NONE = new Evaluation(new ObjectiveValue("ssd", 0, true), List.of(), 0, 0);

    private static Cluster cluster(String id, String... members) {
        return Cluster.of(id, id, ClusterType.STRONG_HELPS_WEAK, members[0], List.of(members));
    }

    private static SuggestService.Result result(Scenario base, Cluster... fresh) {
        List<Suggestion.Item> items = java.util.Arrays.stream(fresh)
                .map(c -> new Suggestion.Item(c, false, LocalizedText.of("x"))).toList();
        return new SuggestService.Result(base, new Suggestion(items, List.of(), NONE), NONE, 0);
    }

    private static List<String> describe(Scenario s) {
        return s.clusters().stream().map(c -> c.id() + "=" + String.join("+", c.members())).toList();
    }

    @Test
    void acceptingAllGivesExactlyTheSuggestedPlan() {
        Scenario base = Scenario.empty("A").withClusters(List.of(cluster("a", "1", "2", "3"), cluster("b", "4", "5")));
        SuggestService.Result r = result(base, cluster("S01", "3", "4"), cluster("S02", "1", "2", "5"));
        assertEquals(List.of("S01=3+4", "S02=1+2+5"), describe(AcceptedPlan.of(base, r, Set.of("S01", "S02"))));
    }

    @Test
    void acceptingSomeMovesTheirVillagesAndKeepsTheRestOfThePlan() {
        Scenario base = Scenario.empty("A").withClusters(List.of(cluster("a", "1", "2", "3"), cluster("b", "4", "5")));
        SuggestService.Result r = result(base, cluster("S01", "3", "4"), cluster("S02", "1", "2", "5"));
        assertEquals(List.of("a=1+2", "b=5", "S01=3+4"), describe(AcceptedPlan.of(base, r, Set.of("S01"))));
    }

    @Test
    void aClusterLeftWithoutMembersIsDroppedAndIdsDoNotClash() {
        Scenario base = Scenario.empty("A").withClusters(List.of(cluster("S01", "1", "2"), cluster("b", "3", "4")));
        SuggestService.Result r = result(base, cluster("S01", "3", "4"), cluster("S02", "1", "5"));
        assertEquals(List.of("S01=1+2", "S01-2=3+4"), describe(AcceptedPlan.of(base, r, Set.of("S01"))));
    }

    @Test
    void acceptingNothingKeepsTheBasePlan() {
        Scenario base = Scenario.empty("A").withClusters(List.of(cluster("a", "1", "2")));
        SuggestService.Result r = result(base, cluster("S01", "1", "2"));
        assertEquals(describe(base), describe(AcceptedPlan.of(base, r, Set.of())));
    }
}
