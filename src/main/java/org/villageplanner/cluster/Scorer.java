package org.villageplanner.cluster;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.villageplanner.domain.Assumptions;
import org.villageplanner.domain.ClusterType;
import org.villageplanner.domain.Village;
import org.villageplanner.geo.AdjacencyGraph;

/**
 * The suggestion objective, cluster by cluster (lower is better); the total is the sum over clusters.
 * <ul>
 * <li>RESOURCE_POOLING: within-cluster SSD of the standardised attributes (the SKATER/REDCAP objective);</li>
 * <li>STRONG_HELPS_WEAK: spread of cluster-average operating income, n·(mean − overall mean)² in standard
 *     units, plus a penalty per weak village in a cluster without a strong or medium village (and a
 *     smaller one when only a medium village can lead), and one per cluster of two or more without a weak
 *     village (it cannot be strong-helps-weak and will be typed otherwise);</li>
 * <li>COMPLEMENTARY: minus the number of distinct resource categories, plus a penalty below two.</li>
 * </ul>
 * Compactness always counts: every metre of shared border inside a cluster lowers the cost by
 * {@code compactWeight}, scaled so that all the borders of the layer together are worth {@code μ × n}.
 * For point layers, an edge of length d counts as 10⁶ / d metres of border, so near points weigh more.
 * Not thread-safe in use (owned by one run), immutable after construction.
 */
final class Scorer {
    static final double NO_HELPER_PENALTY = 2.0;
    static final double MEDIUM_LEADS_PENALTY = 0.3;
    static final double NO_WEAK_PENALTY = 1.0;
    static final double FEW_CATEGORIES_PENALTY = 3.0;

    final ClusterType type;
    /** Whether {@link #primary} reads the tag figures, and the strength counts: what a candidate's scratch needs. */
    final boolean usesTags;
    final boolean usesStrength;
    private final double[][] features;
    private final int[] strength;
    private final int[][] tags;
    final int tagCount;
    final double compactWeight;
    private final AdjacencyGraph graph;
    /** Contact weight of every edge, village i's k-th edge at {@code contactAt[i] + k} (computed once). */
    private final int[] contactAt;
    private final double[] contactWeight;

    /**
     * @param active villages (graph indices) that take part: standardisation and scaling use them only
     */
    Scorer(ClusterType type, List<Village> villages, AdjacencyGraph graph, Assumptions assumptions,
           List<String> attributes, boolean[] active) {
        this.type = type;
        this.graph = graph;
        this.usesTags = type != ClusterType.RESOURCE_POOLING && type != ClusterType.STRONG_HELPS_WEAK;
        this.usesStrength = type == ClusterType.STRONG_HELPS_WEAK;
        int n = villages.size();
        List<Village> activeVillages = new java.util.ArrayList<>();
        int[] activeIndex = new int[n];
        for (int i = 0; i < n; i++) {
            activeIndex[i] = active[i] ? activeVillages.size() : -1;
            if (active[i]) {
                activeVillages.add(villages.get(i));
            }
        }
        AttributeTable table = switch (type) {
            case RESOURCE_POOLING -> new AttributeTable(activeVillages, attributes);
            case STRONG_HELPS_WEAK -> new AttributeTable(activeVillages, List.of("operating_income"));
            default -> null;
        };
        features = new double[n][];
        strength = new int[n];
        tags = new int[n][];
        Map<String, Integer> tagIndex = new HashMap<>();
        for (int i = 0; i < n; i++) {
            Village v = villages.get(i);
            features[i] = table == null || activeIndex[i] < 0 ? new double[table == null ? 0 : table.dimensions()]
                    : table.row(activeIndex[i]);
            strength[i] = assumptions.strengthOf(v).ordinal();
            tags[i] = v.resources().stream().mapToInt(t -> tagIndex.computeIfAbsent(t, k -> tagIndex.size())).toArray();
        }
        tagCount = tagIndex.size();
        contactAt = new int[n + 1];
        for (int i = 0; i < n; i++) {
            contactAt[i + 1] = contactAt[i] + graph.degree(i);
        }
        contactWeight = new double[contactAt[n]];
        for (int i = 0; i < n; i++) {
            for (int k = 0; k < graph.degree(i); k++) {
                double b = graph.borderMeters(i, k);
                contactWeight[contactAt[i] + k] = b > 0 ? b : 1e6 / Math.max(graph.distanceMeters(i, k), 1);
            }
        }
        double totalContact = 0;
        int activeCount = activeVillages.size();
        for (int i = 0; i < n; i++) {
            for (int k = 0; k < graph.degree(i); k++) {
                int j = graph.neighbour(i, k);
                if (active[i] && active[j] && i < j) {
                    totalContact += contact(i, k);
                }
            }
        }
        double mu = switch (type) {
            case RESOURCE_POOLING -> 0.02;
            case STRONG_HELPS_WEAK -> 0.3;
            default -> 0.5;
        };
        compactWeight = totalContact == 0 ? 0 : mu * activeCount / totalContact;
    }

    /** Features of every village (rows of inactive villages are zeros or standardised leftovers). */
    double[][] featureMatrix() {
        return features;
    }

    double[] features(int v) {
        return features[v];
    }

    int strength(int v) {
        return strength[v];
    }

    int[] tags(int v) {
        return tags[v];
    }

    int dimensions() {
        return features.length == 0 ? 0 : features[0].length;
    }

    ClusterStats empty() {
        return new ClusterStats(dimensions(), tagCount);
    }

    /** Contact weight of village i's k-th edge, in metres of border (see the class comment for points). */
    double contact(int i, int k) {
        return contactWeight[contactAt[i] + k];
    }

    /** The cost of a cluster with these figures, compactness included. */
    double cost(ClusterStats s) {
        return primary(s) - compactWeight * s.internalContact;
    }

    /** The cost without compactness: the figure the objective reports. */
    double primary(ClusterStats s) {
        if (s.size == 0) {
            return 0;
        }
        return switch (type) {
            case RESOURCE_POOLING -> s.ssd();
            case STRONG_HELPS_WEAK -> {
                double spread = s.sum.length == 0 ? 0 : s.sum[0] * s.sum[0] / s.size;
                double penalty = 0;
                if (s.weak > 0 && s.strong == 0) {
                    penalty = s.weak * (s.medium == 0 ? NO_HELPER_PENALTY : MEDIUM_LEADS_PENALTY);
                } else if (s.weak == 0 && s.size >= 2) {
                    penalty = NO_WEAK_PENALTY;
                }
                yield spread + penalty;
            }
            default -> -s.distinctTags + (s.distinctTags < 2 ? FEW_CATEGORIES_PENALTY : 0);
        };
    }
}
