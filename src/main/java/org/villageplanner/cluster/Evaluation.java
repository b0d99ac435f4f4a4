package org.villageplanner.cluster;

import java.util.List;

/**
 * A plan judged by a suggestion objective: the objective value, the figures of each cluster, the number of
 * villages in no cluster, and the total border shared inside clusters (km, a compactness figure).
 */
public record Evaluation(ObjectiveValue objective, List<ClusterProfile> figures, int unassigned,
                         double sharedBorderKm) {
    public Evaluation {
        figures = List.copyOf(figures);
    }
}
