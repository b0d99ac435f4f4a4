package org.villageplanner.cluster;

import java.util.List;
import java.util.Map;
import org.villageplanner.domain.Cluster;
import org.villageplanner.domain.Village;

/**
 * The leader village (能人村/强村) is one of the members: ERROR when it is not, WARNING when none is chosen.
 * Stateless and thread-safe.
 */
public final class LeaderRule {
    private LeaderRule() {
    }

    public static List<Problem> check(Cluster cluster, Map<String, Village> villages) {
        if (cluster.leader() == null) {
            return List.of(Problem.of(cluster.id(), RuleId.LEADER, Severity.WARNING, List.of(),
                    "cluster.rule.leader.missing", cluster.name()));
        }
        if (!cluster.hasMember(cluster.leader())) {
            return List.of(Problem.of(cluster.id(), RuleId.LEADER, Severity.ERROR, List.of(cluster.leader()),
                    "cluster.rule.leader.notMember", cluster.name(), Names.of(cluster.leader(), villages)));
        }
        return List.of();
    }
}
