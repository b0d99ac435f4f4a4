package org.villageplanner.cluster;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.villageplanner.domain.Cluster;
import org.villageplanner.domain.Village;

/**
 * No village is a member of two clusters: one ERROR per village listed more than once, reported on every
 * cluster after the first that lists it. Stateless and thread-safe.
 */
public final class UniqueMembershipRule {
    private UniqueMembershipRule() {
    }

    public static List<Problem> check(List<Cluster> clusters, Map<String, Village> villages) {
        Map<String, Cluster> firstCluster = new LinkedHashMap<>();
        List<Problem> out = new ArrayList<>();
        for (Cluster c : clusters) {
            for (String m : c.members()) {
                Cluster first = firstCluster.putIfAbsent(m, c);
                if (first != null) {
                    out.add(Problem.of(c.id(), RuleId.DUPLICATE_MEMBER, Severity.ERROR, List.of(m),
                            "cluster.rule.duplicate", Names.of(m, villages), first.name(), c.name()));
                }
            }
        }
        return out;
    }
}
