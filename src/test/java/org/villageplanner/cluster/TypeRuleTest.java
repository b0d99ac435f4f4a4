package org.villageplanner.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.villageplanner.domain.Assumptions;
import org.villageplanner.domain.Cluster;
import org.villageplanner.domain.ClusterType;
import org.villageplanner.domain.Saving;
import org.villageplanner.domain.Scenario;
import org.villageplanner.domain.Village;

/**
 * Each row: the type problems (key suffix:severity) of a cluster on {@link RuleFixture}'s villages, contiguity
 * aside. Strengths there: S G0000 G0004; M G0002 G0006; W the others. Tags: tea G0000 G0001 G0005, scenic
 * G0002, tidal_flat G0004.
 */
class TypeRuleTest {
    private static final Assumptions ASSUMPTIONS = Scenario.empty("s").assumptions();

    @ParameterizedTest(name = "{0} {1} saving {2} → {3}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # type            | members           | saving | expected
            STRONG_HELPS_WEAK | G0000 G0001       | no     | -
            STRONG_HELPS_WEAK | G0000 G0002       | no     | noWeak:ERROR
            STRONG_HELPS_WEAK | G0000 G0004       | no     | noWeak:ERROR
            STRONG_HELPS_WEAK | G0002 G0005       | no     | mediumLeads:WARNING
            STRONG_HELPS_WEAK | G0002 G0006       | no     | mediumLeads:WARNING noWeak:ERROR
            STRONG_HELPS_WEAK | G0001 G0003       | no     | noStrong:ERROR
            STRONG_HELPS_WEAK | G0003             | no     | single:WARNING
            COMPLEMENTARY     | G0001 G0002       | no     | -
            COMPLEMENTARY     | G0000 G0001       | no     | fewResources:ERROR
            COMPLEMENTARY     | G0003             | no     | single:WARNING
            RESOURCE_POOLING  | G0000 G0001       | no     | -
            RESOURCE_POOLING  | G0001 G0002       | yes    | -
            RESOURCE_POOLING  | G0001 G0002       | no     | nothingShared:WARNING
            RESOURCE_POOLING  | G0003 G0006       | no     | nothingShared:WARNING
            RESOURCE_POOLING  | G0003             | no     | single:WARNING
            ENCLAVE           | G0003             | no     | noProject:ERROR
            """)
    void typeRules(ClusterType type, String members, String saving, String expected) {
        List<String> codes = Arrays.asList(members.trim().split("\\s+"));
        Cluster c = Cluster.of("c1", "测试片区", type, codes.get(0), codes);
        if (saving.equals("yes")) {
            c = new Cluster(c.id(), c.name(), type, c.leader(), c.members(), c.entity(), c.agreement(),
                    c.contributions(), c.projects(), List.of(new Saving(codes.get(0), 50_000)), false);
        }
        String got = TypeRule.check(c, Village.byCode(RuleFixture.VILLAGES), ASSUMPTIONS).stream()
                .map(p -> p.key().substring("cluster.rule.type.".length()) + ":" + p.severity())
                .sorted().collect(Collectors.joining(" "));
        String want = expected == null ? "" : Arrays.stream(expected.trim().split("\\s+")).sorted()
                .collect(Collectors.joining(" "));
        assertEquals(want, got);
    }
}
