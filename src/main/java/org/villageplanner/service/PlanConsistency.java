package org.villageplanner.service;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.villageplanner.domain.Cluster;
import org.villageplanner.domain.PlannerException;
import org.villageplanner.domain.Scenario;

/**
 * What every stored plan must satisfy, whatever its validation findings: each cluster has members, each member,
 * leader and savings village is a village of the project, and no village is in two clusters (or twice in one).
 * {@code scenario import} and the app's scenario edits check it before anything is written; the error names the
 * source, the JSON path and the village or cluster.
 */
public final class PlanConsistency {
    private PlanConsistency() {
    }

    /**
     * @param codes  the village codes of the project (after the import)
     * @param source the file or place the scenario came from, for the message
     * @throws PlannerException at the first inconsistency
     */
    public static void require(Scenario scenario, Set<String> codes, String source) {
        Map<String, String> clusterOf = new HashMap<>();
        for (int c = 0; c < scenario.clusters().size(); c++) {
            Cluster cluster = scenario.clusters().get(c);
            String at = "clusters[" + c + "]";
            if (cluster.members().isEmpty()) {
                throw new PlannerException("service.scenario.emptyCluster", source, at, cluster.id());
            }
            if (cluster.leader() != null && !codes.contains(cluster.leader())) {
                throw new PlannerException("service.scenario.unknownVillage", source, at + ".leader", cluster.leader());
            }
            for (int m = 0; m < cluster.members().size(); m++) {
                String code = cluster.members().get(m);
                if (!codes.contains(code)) {
                    throw new PlannerException("service.scenario.unknownVillage", source, at + ".members[" + m + "]",
                            code);
                }
                String first = clusterOf.putIfAbsent(code, cluster.id());
                if (first != null) {
                    throw new PlannerException("service.scenario.twoClusters", source, at + ".members[" + m + "]",
                            code, first, cluster.id());
                }
            }
            for (int s = 0; s < cluster.savings().size(); s++) {
                String village = cluster.savings().get(s).village();
                if (!codes.contains(village)) {
                    throw new PlannerException("service.scenario.unknownVillage", source,
                            at + ".savings[" + s + "].village", village);
                }
            }
        }
    }
}
