package org.villageplanner.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.villageplanner.domain.Agreement;
import org.villageplanner.domain.Cluster;
import org.villageplanner.domain.ClusterType;
import org.villageplanner.domain.Messages;
import org.villageplanner.domain.Scenario;
import org.villageplanner.domain.ShareRule;
import org.villageplanner.domain.Village;

/** Each row: a single cluster on {@link RuleFixture}'s grid and the rule problems it must give (bounds 2–5). */
class ClusterRulesTest {
    @ParameterizedTest(name = "{0} {1} leader {2} → {3}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # type            | members                                   | leader | expected rule:severity
            STRONG_HELPS_WEAK | G0000 G0001                               | G0000  | -
            STRONG_HELPS_WEAK | G0000 G0004                               | G0000  | contiguity:ERROR type:ERROR
            STRONG_HELPS_WEAK | G0001 G0003                               | G0001  | contiguity:ERROR type:ERROR
            STRONG_HELPS_WEAK | G0002 G0005                               | G0002  | type:WARNING
            STRONG_HELPS_WEAK | G0000 G0004 G0001                         | G0000  | -
            STRONG_HELPS_WEAK | G0000 G0001 G0002 G0003 G0004 G0005       | G0000  | size:ERROR
            STRONG_HELPS_WEAK | G0000                                     | G0000  | size:ERROR type:WARNING
            STRONG_HELPS_WEAK | G0000 G0001                               | G0004  | leader:ERROR
            STRONG_HELPS_WEAK | G0000 G0001                               | -      | leader:WARNING
            STRONG_HELPS_WEAK | G0000 G0001 X9                            | G0000  | unknown_member:ERROR
            COMPLEMENTARY     | G0000 G0001                               | G0000  | type:ERROR
            COMPLEMENTARY     | G0001 G0002                               | G0002  | -
            RESOURCE_POOLING  | G0000 G0001                               | G0000  | -
            RESOURCE_POOLING  | G0001 G0002                               | G0002  | type:WARNING
            ENCLAVE           | G0000 G0001                               | G0000  | type:ERROR
            ENCLAVE           | G0000 G0004                               | G0000  | contiguity:ERROR type:ERROR
            """)
    void singleClusterRules(ClusterType type, String members, String leader, String expected) {
        check(type, members, leader, expected == null ? "" : expected);
    }

    @Test
    void aVillageInTwoClustersIsAnErrorNamingBothClusters() {
        Scenario s = scenario(Cluster.of("a", "甲片区", ClusterType.STRONG_HELPS_WEAK, "G0000", List.of("G0000", "G0001")),
                Cluster.of("b", "乙片区", ClusterType.STRONG_HELPS_WEAK, "G0004", List.of("G0004", "G0001")));
        List<Problem> dup = UniqueMembershipRule.check(s.clusters(), Village.byCode(RuleFixture.VILLAGES));
        assertEquals(1, dup.size());
        assertEquals("b", dup.get(0).clusterId());
        assertEquals(List.of("G0001"), dup.get(0).villages());
        String zh = dup.get(0).message(Messages.CHINESE);
        assertTrue(zh.contains("甲片区") && zh.contains("乙片区") && zh.contains("村1"), zh);
    }

    @Test
    void coverageIsTheShareOfVillagesInAClusterAndListsTheOthers() {
        Scenario s = scenario(Cluster.of("a", "甲", ClusterType.STRONG_HELPS_WEAK, "G0000", List.of("G0000", "G0001")),
                Cluster.of("b", "乙", ClusterType.STRONG_HELPS_WEAK, "G0004", List.of("G0004", "G0005", "G0003")));
        ValidationReport r = ClusterValidator.validate(s, RuleFixture.VILLAGES, RuleFixture.GRAPH);
        assertEquals(5.0 / 9, r.coverage(), 1e-12);
        Problem cov = r.problems().stream().filter(p -> p.rule() == RuleId.COVERAGE).findFirst().orElseThrow();
        assertEquals(Severity.WARNING, cov.severity());
        assertEquals(List.of("G0002", "G0006", "G0007", "G0008"), cov.villages());
        assertTrue(r.ok(), "warnings only");
    }

    @Test
    void errorsComeFirstAndMakeTheReportNotOk() {
        Scenario s = scenario(Cluster.of("a", "甲", ClusterType.STRONG_HELPS_WEAK, null, List.of("G0000", "G0001")),
                Cluster.of("b", "乙", ClusterType.STRONG_HELPS_WEAK, "G0004", List.of("G0004", "G0008")));
        ValidationReport r = ClusterValidator.validate(s, RuleFixture.VILLAGES, RuleFixture.GRAPH);
        assertFalse(r.ok());
        assertEquals(Severity.ERROR, r.problems().get(0).severity());
        assertEquals(RuleId.CONTIGUITY, r.problems().get(0).rule());
    }

    @Test
    void everyMessageExistsInChineseAndEnglish() {
        Scenario s = scenario(Cluster.of("a", "甲", ClusterType.COMPLEMENTARY, "X", List.of("G0000", "G0008", "X")));
        for (Problem p : ClusterValidator.validate(s, RuleFixture.VILLAGES, RuleFixture.GRAPH).problems()) {
            String zh = p.message(Messages.CHINESE), en = p.message(Messages.ENGLISH);
            assertNotEquals(zh, en);
            assertFalse(zh.startsWith("cluster.") || en.startsWith("cluster."), en);
        }
    }

    @Test
    void aClusterOfOneWithMinimumOnePassesEveryRuleWithAWarningThatTheTypeRuleDoesNotApply() {
        for (ClusterType type : List.of(ClusterType.STRONG_HELPS_WEAK, ClusterType.COMPLEMENTARY,
                ClusterType.RESOURCE_POOLING)) {
            Cluster c = Cluster.of("c1", "单村", type, "G0003", List.of("G0003")).withAgreement(Agreement.of(ShareRule.EQUAL));
            List<Problem> problems = new ClusterValidator(new SizeBounds(1, 5)).checkCluster(c,
                    Village.byCode(RuleFixture.VILLAGES), RuleFixture.GRAPH, scenario(c));
            assertEquals(List.of("cluster.rule.type.single"), problems.stream().map(Problem::key).toList());
            assertEquals(Severity.WARNING, problems.get(0).severity());
            assertTrue(problems.get(0).message(Messages.CHINESE).contains("单村"));
        }
    }

    @Test
    void sizeBoundsAreSettable() {
        Cluster c = Cluster.of("a", "甲", ClusterType.STRONG_HELPS_WEAK, "G0000",
                List.of("G0000", "G0001", "G0002", "G0003", "G0004", "G0005"));
        assertEquals(List.of(), SizeRule.check(c, new SizeBounds(2, 6)));
        assertEquals(1, SizeRule.check(c, new SizeBounds(2, 5)).size());
    }

    private static void check(ClusterType type, String members, String leader, String expected) {
        // Equal shares: the agreement rule has its own test (AgreementRuleTest); these rows are about membership.
        Cluster c = Cluster.of("c1", "测试片区", type, leader, Arrays.asList(members.trim().split("\\s+")))
                .withAgreement(Agreement.of(ShareRule.EQUAL));
        List<Problem> problems = new ClusterValidator(SizeBounds.DEFAULT).checkCluster(c,
                Village.byCode(RuleFixture.VILLAGES), RuleFixture.GRAPH, scenario(c));
        String got = problems.stream().map(p -> p.rule().id() + ":" + p.severity())
                .collect(Collectors.toCollection(TreeSet::new)).stream().collect(Collectors.joining(" "));
        String want = Arrays.stream(expected.trim().split("\\s+")).filter(x -> !x.isEmpty())
                .collect(Collectors.toCollection(TreeSet::new)).stream().collect(Collectors.joining(" "));
        assertEquals(want, got, () -> problems.stream().map(p -> p.message(Messages.ENGLISH)).toList().toString());
    }

    private static Scenario scenario(Cluster... clusters) {
        return Scenario.empty("s").withClusters(List.of(clusters));
    }
}
