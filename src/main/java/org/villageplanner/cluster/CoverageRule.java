package org.villageplanner.cluster;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.villageplanner.domain.Cluster;
import org.villageplanner.domain.Village;

/**
 * Coverage: the share of the project's villages that belong to some cluster (0..1; 1 for a project without
 * villages). Villages in no cluster are listed in one WARNING. Stateless and thread-safe.
 */
public final class CoverageRule {
    private CoverageRule() {
    }

    /** The one coverage figure: the share of {@code villages} in some cluster (validation, app, CLI, PDF). */
    public static double coverage(List<Cluster> clusters, List<Village> villages) {
        return share(villages.size() - unassigned(clusters, villages).size(), villages.size());
    }

    /** Coverage from counts: {@code covered} of {@code total} villages, 1 when there are none to cover. */
    public static double share(int covered, int total) {
        return total == 0 ? 1 : covered / (double) total;
    }

    public static List<String> unassigned(List<Cluster> clusters, List<Village> villages) {
        Set<String> assigned = new HashSet<>();
        clusters.forEach(c -> assigned.addAll(c.members()));
        return villages.stream().map(Village::code).filter(c -> !assigned.contains(c)).toList();
    }

    public static List<Problem> check(List<Cluster> clusters, List<Village> villages) {
        List<String> out = unassigned(clusters, villages);
        if (out.isEmpty()) {
            return List.of();
        }
        Set<String> outSet = new HashSet<>(out);
        List<String> names = villages.stream().filter(v -> outSet.contains(v.code())).map(Village::name).toList();
        return List.of(Problem.of(null, RuleId.COVERAGE, Severity.WARNING, out, "cluster.rule.coverage",
                out.size(), villages.size(), names));
    }
}
