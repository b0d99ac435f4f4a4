package org.villageplanner.cluster;

import java.util.List;
import java.util.Set;
import org.villageplanner.domain.ClusterType;
import org.villageplanner.domain.Enums;
import org.villageplanner.domain.PlannerException;

/**
 * What a planner asks of a suggestion.
 *
 * @param type       the objective and the type given to clusters (ENCLAVE cannot be suggested: enclave
 *                   alliances are formed around a project, not around neighbours)
 * @param bounds     villages per cluster
 * @param clusters   exactly this many new clusters, or null to let the size bounds decide
 * @param attributes attribute names for the homogeneity objective (null or empty: {@link AttributeTable#DEFAULT})
 * @param scope      village codes to cluster, or null for every village of the project
 * @param lockedIds  ids of base-scenario clusters to keep as they are (clusters marked locked are kept too)
 * @param seed       fixes the order of the improvement phase; the same request gives the same result
 */
public record SuggestionRequest(ClusterType type, SizeBounds bounds, Integer clusters, List<String> attributes,
                                Set<String> scope, Set<String> lockedIds, long seed) {
    public SuggestionRequest {
        if (type == null || type == ClusterType.ENCLAVE) {
            throw new PlannerException("cluster.suggest.enclave");
        }
        bounds = bounds == null ? SizeBounds.DEFAULT : bounds;
        if (clusters != null && clusters < 1) {
            throw new PlannerException("cluster.suggest.badCount", clusters);
        }
        attributes = attributes == null || attributes.isEmpty() ? AttributeTable.DEFAULT : List.copyOf(attributes);
        scope = scope == null ? null : Set.copyOf(scope);
        lockedIds = lockedIds == null ? Set.of() : Set.copyOf(lockedIds);
    }

    /** The types a suggestion can have, in the order the app and {@code suggest --help} list them. */
    public static final List<ClusterType> TYPES = List.of(ClusterType.STRONG_HELPS_WEAK, ClusterType.COMPLEMENTARY,
            ClusterType.RESOURCE_POOLING);

    /** One of {@link #TYPES} by name; anything else is an error that lists only those. */
    public static ClusterType parseType(String text, String where) {
        return Enums.parse(TYPES, text, where, "type");
    }

    public static SuggestionRequest of(ClusterType type) {
        return new SuggestionRequest(type, SizeBounds.DEFAULT, null, null, null, null, 1);
    }

    public SuggestionRequest withBounds(SizeBounds b) {
        return new SuggestionRequest(type, b, clusters, attributes, scope, lockedIds, seed);
    }

    public SuggestionRequest withClusters(Integer k) {
        return new SuggestionRequest(type, bounds, k, attributes, scope, lockedIds, seed);
    }

    public SuggestionRequest withScope(Set<String> s) {
        return new SuggestionRequest(type, bounds, clusters, attributes, s, lockedIds, seed);
    }

    public SuggestionRequest withLocked(Set<String> ids) {
        return new SuggestionRequest(type, bounds, clusters, attributes, scope, ids, seed);
    }

    public SuggestionRequest withAttributes(List<String> a) {
        return new SuggestionRequest(type, bounds, clusters, a, scope, lockedIds, seed);
    }

    public SuggestionRequest withSeed(long s) {
        return new SuggestionRequest(type, bounds, clusters, attributes, scope, lockedIds, s);
    }
}
