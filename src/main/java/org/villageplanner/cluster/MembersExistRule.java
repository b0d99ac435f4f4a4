package org.villageplanner.cluster;

import java.util.List;
import java.util.Map;
import org.villageplanner.domain.Cluster;
import org.villageplanner.domain.Village;

/** Every member code names a village of the project (ERROR listing the unknown codes). Thread-safe. */
public final class MembersExistRule {
    private MembersExistRule() {
    }

    public static List<Problem> check(Cluster cluster, Map<String, Village> villages) {
        List<String> unknown = cluster.members().stream().filter(m -> !villages.containsKey(m)).toList();
        if (unknown.isEmpty()) {
            return List.of();
        }
        return List.of(Problem.of(cluster.id(), RuleId.UNKNOWN_MEMBER, Severity.ERROR, unknown,
                "cluster.rule.unknownMember", cluster.name(), unknown));
    }
}
