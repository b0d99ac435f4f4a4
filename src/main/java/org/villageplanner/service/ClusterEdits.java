package org.villageplanner.service;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.villageplanner.domain.Cluster;
import org.villageplanner.domain.ClusterType;
import org.villageplanner.domain.Scenario;

/**
 * The edits a planner makes to a scenario's clusters, as pure functions: each returns the changed scenario, or
 * the same instance when the edit is not allowed (a locked cluster, an unknown id) so callers can tell
 * "nothing happened" by identity. A village is moved, never duplicated: assigning takes it out of its old
 * cluster. Locked clusters neither gain nor lose members.
 */
public final class ClusterEdits {
    private ClusterEdits() {
    }

    /** Puts {@code village} into cluster {@code clusterId}, taking it out of any other (unlocked) cluster. */
    public static Scenario assign(Scenario s, String clusterId, String village) {
        Optional<Cluster> target = s.cluster(clusterId);
        if (target.isEmpty() || target.get().locked() || target.get().hasMember(village)) {
            return s;
        }
        Optional<Cluster> current = s.clusterOf(village);
        if (current.isPresent() && current.get().locked()) {
            return s;
        }
        Scenario out = current.map(c -> s.withCluster(without(c, village))).orElse(s);
        List<String> members = new ArrayList<>(target.get().members());
        members.add(village);
        return out.withCluster(target.get().withMembers(members));
    }

    /** Takes {@code village} out of its cluster unless that cluster is locked. */
    public static Scenario unassign(Scenario s, String village) {
        Optional<Cluster> current = s.clusterOf(village);
        if (current.isEmpty() || current.get().locked()) {
            return s;
        }
        return s.withCluster(without(current.get(), village));
    }

    /** Adds an empty cluster with a fresh id ("c1", "c2", ...) and the given name. */
    public static Scenario create(Scenario s, String name, ClusterType type) {
        return s.withCluster(Cluster.of(freshId(s), name, type, null, List.of()));
    }

    /** The id {@link #create} would use next. */
    public static String freshId(Scenario s) {
        int n = s.clusters().size() + 1;
        while (s.cluster("c" + n).isPresent()) {
            n++;
        }
        return "c" + n;
    }

    /** Moves every member of {@code otherId} into {@code keepId} and removes {@code otherId}. */
    public static Scenario merge(Scenario s, String keepId, String otherId) {
        Optional<Cluster> keep = s.cluster(keepId);
        Optional<Cluster> other = s.cluster(otherId);
        if (keep.isEmpty() || other.isEmpty() || keepId.equals(otherId) || keep.get().locked()
                || other.get().locked()) {
            return s;
        }
        Set<String> members = new LinkedHashSet<>(keep.get().members());
        members.addAll(other.get().members());
        return s.withoutCluster(otherId).withCluster(keep.get().withMembers(List.copyOf(members)));
    }

    /** Moves {@code villages} (those that are members) out of {@code clusterId} into a new cluster. */
    public static Scenario split(Scenario s, String clusterId, List<String> villages, String newName) {
        Optional<Cluster> from = s.cluster(clusterId);
        if (from.isEmpty() || from.get().locked()) {
            return s;
        }
        List<String> moving = villages.stream().filter(from.get()::hasMember).distinct().toList();
        if (moving.isEmpty() || moving.size() == from.get().members().size()) {
            return s;
        }
        List<String> staying = from.get().members().stream().filter(m -> !moving.contains(m)).toList();
        Cluster fresh = Cluster.of(freshId(s), newName, from.get().type(), null, moving);
        Cluster rest = from.get().withMembers(staying);
        if (rest.leader() != null && !staying.contains(rest.leader())) {
            rest = rest.withLeader(null);
        }
        return s.withCluster(rest).withCluster(fresh);
    }

    /** Removes the cluster; its villages become unassigned. Locked clusters stay. */
    public static Scenario delete(Scenario s, String clusterId) {
        Optional<Cluster> c = s.cluster(clusterId);
        return c.isEmpty() || c.get().locked() ? s : s.withoutCluster(clusterId);
    }

    private static Cluster without(Cluster c, String village) {
        Cluster out = c.withMembers(c.members().stream().filter(m -> !m.equals(village)).toList());
        return village.equals(c.leader()) ? out.withLeader(null) : out;
    }
}
