package org.villageplanner.ui.suggest;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.villageplanner.cluster.Suggestion;
import org.villageplanner.domain.Cluster;
import org.villageplanner.domain.Scenario;
import org.villageplanner.service.ClusterEdits;
import org.villageplanner.service.SuggestService;

/**
 * The plan after accepting some clusters of a suggestion. Accepting all gives exactly the suggested plan (kept
 * clusters and new ones). Accepting some moves their villages out of the base plan's clusters into the accepted
 * ones (a base cluster left with no member is dropped) and keeps everything else of the base plan as it was.
 */
final class AcceptedPlan {
    private AcceptedPlan() {
    }

    static List<Suggestion.Item> fresh(SuggestService.Result r) {
        return r.suggestion().clusters().stream().filter(i -> !i.kept()).toList();
    }

    static Scenario of(Scenario base, SuggestService.Result r, Set<String> acceptedIds) {
        List<Suggestion.Item> fresh = fresh(r);
        if (fresh.stream().allMatch(i -> acceptedIds.contains(i.cluster().id()))) {
            return base.withClusters(r.suggestion().domainClusters());
        }
        Scenario s = base;
        List<Cluster> accepted = fresh.stream().map(Suggestion.Item::cluster)
                .filter(c -> acceptedIds.contains(c.id())).toList();
        for (Cluster c : accepted) {
            for (String village : c.members()) {
                s = ClusterEdits.unassign(s, village);
            }
        }
        Set<String> emptied = new HashSet<>();
        for (Cluster c : s.clusters()) {
            boolean hadMembers = base.cluster(c.id()).map(b -> !b.members().isEmpty()).orElse(false);
            if (c.members().isEmpty() && hadMembers) {
                emptied.add(c.id());
            }
        }
        s = s.withClusters(s.clusters().stream().filter(c -> !emptied.contains(c.id())).toList());
        for (Cluster c : accepted) {
            String id = c.id();
            for (int n = 2; s.cluster(id).isPresent(); n++) {
                id = c.id() + "-" + n;
            }
            s = s.withCluster(new Cluster(id, c.name(), c.type(), c.leader(), c.members(), c.entity(), c.agreement(),
                    c.contributions(), c.projects(), c.savings(), c.locked()));
        }
        return s;
    }
}
