package org.villageplanner.cluster;

import java.util.List;
import org.villageplanner.domain.Cluster;

/** A cluster has between {@code min} and {@code max} members (ERROR otherwise). Stateless and thread-safe. */
public final class SizeRule {
    private SizeRule() {
    }

    public static List<Problem> check(Cluster cluster, SizeBounds bounds) {
        int n = cluster.members().size();
        if (bounds.allows(n)) {
            return List.of();
        }
        String key = n < bounds.min() ? "cluster.rule.size.tooSmall" : "cluster.rule.size.tooLarge";
        return List.of(Problem.of(cluster.id(), RuleId.SIZE, Severity.ERROR, cluster.members(), key,
                cluster.name(), n, bounds.min(), bounds.max()));
    }
}
