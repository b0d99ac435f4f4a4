package org.villageplanner.domain;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A complete what-if plan: its clusters with their agreements and projects, and its assumptions. A project
 * file holds many. Cluster ids are unique within a scenario. A village may appear in two clusters here
 * (the validation rules report it); it is not silently dropped.
 */
public record Scenario(String name, String notes, Assumptions assumptions, List<Cluster> clusters) {
    public Scenario {
        name = Check.text(name, "scenario", "name");
        notes = notes == null ? "" : notes;
        assumptions = assumptions == null ? Assumptions.DEFAULTS : assumptions;
        clusters = List.copyOf(clusters == null ? List.of() : clusters);
        Set<String> ids = new HashSet<>();
        for (Cluster c : clusters) {
            if (!ids.add(c.id())) {
                throw new PlannerException("core.scenario.duplicateCluster", name, c.id());
            }
        }
    }

    /**
     * Name of the baseline scenario (the township as it is, no clusters). It is plan data for a Chinese
     * township, so it stays Chinese whatever the UI language.
     */
    public static final String BASELINE_NAME = "现状";

    /** An empty baseline scenario named {@value #BASELINE_NAME} with the default assumptions (MODEL.md §8). */
    public static Scenario baseline() {
        return empty(BASELINE_NAME);
    }

    public static Scenario empty(String name) {
        return new Scenario(name, "", Assumptions.DEFAULTS, List.of());
    }

    public Optional<Cluster> cluster(String id) {
        return clusters.size() < 16 ? clusters.stream().filter(c -> c.id().equals(id)).findFirst()
                : Optional.ofNullable(ClusterIndex.of(clusters).withId(id));
    }

    /** The first cluster that lists {@code villageCode} as a member (indexed: constant time on a province). */
    public Optional<Cluster> clusterOf(String villageCode) {
        return clusters.size() < 16 ? clusters.stream().filter(c -> c.hasMember(villageCode)).findFirst()
                : Optional.ofNullable(ClusterIndex.of(clusters).ofMember(villageCode));
    }

    public Scenario withName(String n) {
        return new Scenario(n, notes, assumptions, clusters);
    }

    public Scenario withNotes(String n) {
        return new Scenario(name, n, assumptions, clusters);
    }

    public Scenario withAssumptions(Assumptions a) {
        return new Scenario(name, notes, a, clusters);
    }

    public Scenario withClusters(List<Cluster> cs) {
        return new Scenario(name, notes, assumptions, cs);
    }

    /** This scenario with {@code cluster} replacing the one of the same id, or added at the end. */
    public Scenario withCluster(Cluster cluster) {
        List<Cluster> out = new ArrayList<>(clusters);
        Cluster replaced = null;
        for (int i = 0; i < out.size(); i++) {
            if (out.get(i).id().equals(cluster.id())) {
                replaced = out.set(i, cluster);
            }
        }
        if (replaced == null) {
            out.add(cluster);
        }
        Scenario edited = withClusters(out);
        ClusterIndex.derive(clusters, edited.clusters, replaced, cluster);
        return edited;
    }

    public Scenario withoutCluster(String id) {
        List<Cluster> out = new ArrayList<>(clusters.size());
        Cluster removed = null;
        for (Cluster c : clusters) {
            if (c.id().equals(id)) {
                removed = c;
            } else {
                out.add(c);
            }
        }
        Scenario edited = withClusters(out);
        if (removed != null) {
            ClusterIndex.derive(clusters, edited.clusters, removed, null);
        }
        return edited;
    }
}
