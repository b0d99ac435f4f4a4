package org.villageplanner.cluster;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.villageplanner.domain.Assumptions;
import org.villageplanner.domain.Cluster;
import org.villageplanner.domain.Contribution;
import org.villageplanner.domain.Messages;
import org.villageplanner.domain.ShareRule;

/**
 * What the agreement does with the contributions (MODEL.md §1), as WARNINGs because a plan is often drawn
 * before its terms are agreed:
 * <ul>
 * <li>a rule that shares by valued contribution (BY_CONTRIBUTION, GUARANTEED_PLUS_FLOATING, WEAK_VILLAGE_FLOOR)
 * with nothing valued yet falls back to EQUAL fractions — placeholders until contributions are entered;</li>
 * <li>a party that contributed something but gets no share under the rule (an outside party under EQUAL, a
 * party without a fixed share under FIXED) puts money in for nothing.</li>
 * </ul>
 * Stateless and thread-safe.
 */
public final class AgreementRule {
    private AgreementRule() {
    }

    public static List<Problem> check(Cluster cluster, Assumptions assumptions) {
        ShareRule rule = cluster.agreement().rule();
        String ruleName = Messages.get("core.shareRule." + rule.name());
        Map<String, Double> valued = new LinkedHashMap<>();
        Map<String, String> names = new LinkedHashMap<>();
        for (Contribution c : cluster.contributions()) {
            valued.merge(c.party(), c.value(assumptions.landYuanPerMu()), Double::sum);
            names.putIfAbsent(c.party(), c.name().isEmpty() ? c.party() : c.name());
        }
        List<Problem> out = new ArrayList<>();
        boolean byValue = rule != ShareRule.EQUAL && rule != ShareRule.FIXED;
        double total = valued.values().stream().mapToDouble(Double::doubleValue).sum();
        if (byValue && total <= 0) {
            out.add(Problem.of(cluster.id(), RuleId.AGREEMENT, Severity.WARNING, List.of(),
                    "cluster.rule.agreement.placeholderShares", cluster.name(), ruleName));
        }
        for (Map.Entry<String, Double> e : valued.entrySet()) {
            String party = e.getKey();
            if (e.getValue() <= 0 || getsAShare(cluster, rule, party)) {
                continue;
            }
            List<String> villages = cluster.members().contains(party) ? List.of(party) : List.of();
            out.add(Problem.of(cluster.id(), RuleId.AGREEMENT, Severity.WARNING, villages,
                    "cluster.rule.agreement.contributesForNothing", cluster.name(), names.get(party), ruleName,
                    e.getValue() / 10_000.0));
        }
        return out;
    }

    /** Whether the party can receive a share of the profit under the rule (before any floor transfer). */
    private static boolean getsAShare(Cluster cluster, ShareRule rule, String party) {
        return switch (rule) {
            case EQUAL -> cluster.members().contains(party);
            case FIXED -> cluster.agreement().fixedShares().getOrDefault(party, 0.0) > 0;
            default -> true;
        };
    }
}
