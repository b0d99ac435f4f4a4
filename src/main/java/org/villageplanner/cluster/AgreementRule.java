package org.villageplanner.cluster;

import java.util.List;
import org.villageplanner.domain.Assumptions;
import org.villageplanner.domain.Cluster;
import org.villageplanner.domain.ShareRule;

/**
 * Whether the agreement can set shares (MODEL.md §1): a rule that shares by valued contribution
 * (BY_CONTRIBUTION, GUARANTEED_PLUS_FLOATING, WEAK_VILLAGE_FLOOR) needs contributions worth more than zero,
 * otherwise every share is 0% and nothing is paid out. A WARNING, because a plan is often drawn before its
 * terms are agreed (a saved suggestion has no contributions yet). Stateless and thread-safe.
 */
public final class AgreementRule {
    private AgreementRule() {
    }

    public static List<Problem> check(Cluster cluster, Assumptions assumptions) {
        ShareRule rule = cluster.agreement().rule();
        if (rule == ShareRule.EQUAL || rule == ShareRule.FIXED) {
            return List.of();
        }
        double total = cluster.contributions().stream()
                .mapToDouble(c -> c.value(assumptions.landYuanPerMu())).sum();
        if (total > 0) {
            return List.of();
        }
        return List.of(Problem.of(cluster.id(), RuleId.AGREEMENT, Severity.WARNING, List.of(),
                "cluster.rule.agreement.noContributions", cluster.name(),
                org.villageplanner.domain.Messages.get("core.shareRule." + rule.name())));
    }
}
