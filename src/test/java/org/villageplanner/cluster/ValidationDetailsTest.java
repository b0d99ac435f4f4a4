package org.villageplanner.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.villageplanner.domain.Agreement;
import org.villageplanner.domain.Cluster;
import org.villageplanner.domain.ClusterType;
import org.villageplanner.domain.Messages;
import org.villageplanner.domain.PlannerException;
import org.villageplanner.domain.Scenario;
import org.villageplanner.domain.ShareRule;

/**
 * What the validation report says, beyond which rules fire (those are {@link ClusterRulesTest}'s rows): the order of
 * the problems, which size message, the bounds allowed, and the villages the coverage warning names. On
 * {@link RuleFixture}'s 3 × 3 grid; each expectation is read off the grid by hand.
 */
class ValidationDetailsTest {
    private static Cluster cluster(String id, String leader, String... members) {
        return Cluster.of(id, "片区" + id, ClusterType.STRONG_HELPS_WEAK, leader, List.of(members))
                .withAgreement(Agreement.of(ShareRule.EQUAL));
    }

    @Test
    void errorsComeFirstThenWarningsEachInTheScenariosClusterOrderWithVillagesOutsideAnyClusterLast() {
        // a = G0000 S + G0001 W: no problem. b = G0004 S + G0001 W: G0001 is already in a, an ERROR on b (found after
        // every cluster's own rules). c = G0002 M + G0008 W: not adjacent (ERROR) and no STRONG member (WARNING).
        // G0003, G0005, G0006, G0007 are in no cluster (WARNING, no cluster). Errors: b's, then c's; warnings: c's,
        // then the coverage one.
        Scenario s = Scenario.empty("s").withClusters(List.of(cluster("a", "G0000", "G0000", "G0001"),
                cluster("b", "G0004", "G0004", "G0001"), cluster("c", "G0002", "G0002", "G0008")));
        ValidationReport r = ClusterValidator.validate(s, RuleFixture.VILLAGES, RuleFixture.GRAPH);
        assertEquals(List.of("b DUPLICATE_MEMBER ERROR", "c CONTIGUITY ERROR", "c TYPE WARNING",
                "null COVERAGE WARNING"), r.problems().stream()
                .map(p -> p.clusterId() + " " + p.rule() + " " + p.severity()).toList());
        assertEquals(r.problems().subList(0, 2), r.errors());
        assertFalse(r.ok());
    }

    @Test
    void tooFewMembersAndTooManyGetTheirOwnMessage() {
        List<Problem> one = SizeRule.check(cluster("a", "G0000", "G0000"), SizeBounds.DEFAULT);
        assertEquals(List.of("cluster.rule.size.tooSmall"), one.stream().map(Problem::key).toList());
        List<Problem> six = SizeRule.check(cluster("a", "G0000", "G0000", "G0001", "G0002", "G0003", "G0004",
                "G0005"), SizeBounds.DEFAULT);
        assertEquals(List.of("cluster.rule.size.tooLarge"), six.stream().map(Problem::key).toList());
    }

    @Test
    void boundsMayBeOneSizeButNotBelowOneNorReversed() {
        SizeBounds three = new SizeBounds(3, 3);
        assertTrue(three.allows(3));
        assertFalse(three.allows(2));
        assertFalse(three.allows(4));
        assertTrue(new SizeBounds(1, 1).allows(1));
        assertThrows(PlannerException.class, () -> new SizeBounds(0, 3));
        assertThrows(PlannerException.class, () -> new SizeBounds(4, 3));
    }

    @Test
    void theCoverageWarningNamesTheVillagesInNoCluster() {
        // Clusters hold G0000, G0001, G0004 and G0005: the other five (村2, 村3, 村6, 村7, 村8) are named, in grid order.
        Scenario s = Scenario.empty("s").withClusters(List.of(cluster("a", "G0000", "G0000", "G0001"),
                cluster("b", "G0004", "G0004", "G0005")));
        Problem cov = ClusterValidator.validate(s, RuleFixture.VILLAGES, RuleFixture.GRAPH).problems().stream()
                .filter(p -> p.rule() == RuleId.COVERAGE).findFirst().orElseThrow();
        assertEquals(List.of("G0002", "G0003", "G0006", "G0007", "G0008"), cov.villages());
        String en = cov.message(Messages.ENGLISH);
        assertTrue(en.startsWith("5 of 9 villages are in no cluster: "), en);
        for (String named : List.of("村2", "村3", "村6", "村7", "村8")) {
            assertTrue(en.contains(named), en);
        }
        for (String inACluster : List.of("村0", "村1", "村4", "村5")) {
            assertFalse(en.contains(inACluster), en);
        }
    }

    @Test
    void theContiguityErrorListsTheVillagesCutOffFromTheLargestPiece() {
        // G0006 (top left), G0000 + G0001 (bottom left, side by side) and G0008 (top right): three pieces (villages
        // touching only at a corner are not neighbours). The largest, G0000 + G0001, stays; the two others are cut off,
        // in member order, although G0006 is listed first.
        List<Problem> p = ContiguityRule.check(cluster("a", "G0000", "G0006", "G0000", "G0001", "G0008"),
                RuleFixture.GRAPH, ClusterValidator.byCode(RuleFixture.VILLAGES));
        assertEquals(1, p.size());
        assertEquals(List.of("G0006", "G0008"), p.get(0).villages());
        String en = p.get(0).message(Messages.ENGLISH);
        assertTrue(en.contains("村6") && en.contains("村8") && !en.contains("村0"), en);
    }
}
