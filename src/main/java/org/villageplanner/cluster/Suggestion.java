package org.villageplanner.cluster;

import java.util.List;
import org.villageplanner.domain.Cluster;

/**
 * A suggested plan: the clusters (kept locked clusters first, then new ones), the villages left out with
 * the reason for each, the objective value, and the evaluation (objective and per-cluster figures) of the
 * suggestion for explaining and comparing it.
 */
public record Suggestion(List<Item> clusters, List<Unassigned> unassigned, Evaluation evaluation) {
    public Suggestion {
        clusters = List.copyOf(clusters);
        unassigned = List.copyOf(unassigned);
    }

    /** A cluster of the suggestion; {@code kept} when it is a locked cluster of the base plan, unchanged. */
    public record Item(Cluster cluster, boolean kept, LocalizedText reason) {
    }

    /** A village in the scope that no suggested cluster holds, and why. */
    public record Unassigned(String code, LocalizedText reason) {
    }

    /** The domain clusters, ready to be saved as a scenario. */
    public List<Cluster> domainClusters() {
        return clusters.stream().map(Item::cluster).toList();
    }

    public ObjectiveValue objective() {
        return evaluation.objective();
    }
}
