package org.villageplanner.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.villageplanner.domain.Agreement;
import org.villageplanner.domain.Assumptions;
import org.villageplanner.domain.Cluster;
import org.villageplanner.domain.ClusterType;
import org.villageplanner.domain.Contribution;
import org.villageplanner.domain.Messages;
import org.villageplanner.domain.ShareRule;

class AgreementRuleTest {
    @ParameterizedTest(name = "{0} with cash {1}, land {2} mu → {3}")
    @CsvSource(textBlock = """
            BY_CONTRIBUTION,          0,      0,  warning
            BY_CONTRIBUTION,          100000, 0,  -
            BY_CONTRIBUTION,          0,      10, -
            GUARANTEED_PLUS_FLOATING, 0,      0,  warning
            WEAK_VILLAGE_FLOOR,       0,      0,  warning
            EQUAL,                    0,      0,  -
            """)
    void sharesByContributionNeedSomethingContributed(ShareRule rule, double cash, double landMu, String expected) {
        Assumptions a = Assumptions.DEFAULTS;
        Assumptions priced = new Assumptions(a.years(), a.baselineGrowth(), a.discountRate(), a.totalIncomeTarget(),
                a.operatingIncomeTarget(), a.strongThreshold(), a.weakThreshold(), 20_000, a.monteCarlo());
        Cluster c = Cluster.of("c1", "甲片区", ClusterType.STRONG_HELPS_WEAK, "A", List.of("A", "B"))
                .withAgreement(Agreement.of(rule))
                .withContributions(List.of(new Contribution("A", "", cash, landMu, 0, 0)));
        List<Problem> problems = AgreementRule.check(c, priced);
        if (expected.equals("-")) {
            assertEquals(List.of(), problems);
        } else {
            assertEquals(1, problems.size());
            assertEquals(Severity.WARNING, problems.get(0).severity());
            assertEquals("agreement", problems.get(0).rule().id());
            String text = problems.get(0).message(Messages.ENGLISH);
            assertEquals(true, text.contains("甲片区") && text.contains("placeholders"), text);
        }
    }

    @ParameterizedTest(name = "{0}: town puts in {1} yuan, fixed share of town {2} → {3} warning(s)")
    @CsvSource(textBlock = """
            EQUAL,           2000000, 0,   1
            EQUAL,           0,       0,   0
            FIXED,           2000000, 0,   1
            FIXED,           2000000, 0.2, 0
            BY_CONTRIBUTION, 2000000, 0,   0
            """)
    void aPartyThatContributesButGetsNoShareIsWarnedAbout(ShareRule rule, double townCash, double townShare,
            int warnings) {
        java.util.Map<String, Double> fixed = townShare > 0 ? java.util.Map.of("A", 0.5, "B", 0.3, "town", 0.2)
                : java.util.Map.of("A", 0.5, "B", 0.5);
        Agreement ag = new Agreement(rule, org.villageplanner.domain.DistributionBasis.PROFIT, fixed, 0, null, null,
                0, 0, 1);
        Cluster c = Cluster.of("c1", "甲片区", ClusterType.STRONG_HELPS_WEAK, "A", List.of("A", "B"))
                .withAgreement(ag)
                .withContributions(List.of(Contribution.cash("A", 100_000), new Contribution("town", "龙山镇", townCash,
                        0, 0, 0)));
        List<Problem> problems = AgreementRule.check(c, Assumptions.DEFAULTS);
        assertEquals(warnings, problems.size(), problems.toString());
        if (warnings > 0) {
            String zh = problems.get(0).message(Messages.CHINESE);
            assertEquals(true, zh.contains("龙山镇") && zh.contains("200") && zh.contains("0%"), zh);
            assertEquals(Severity.WARNING, problems.get(0).severity());
        }
    }
}
