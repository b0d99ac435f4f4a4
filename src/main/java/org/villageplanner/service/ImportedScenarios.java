package org.villageplanner.service;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.villageplanner.domain.Cluster;
import org.villageplanner.domain.ClusterType;
import org.villageplanner.domain.Messages;
import org.villageplanner.domain.PlanProject;
import org.villageplanner.domain.Scenario;
import org.villageplanner.domain.Village;

/**
 * Scenarios that come in with an import: the clusters named by a layer's {@code cluster}/{@code cluster_name}
 * columns (every export format writes them), and the scenarios of a project GeoPackage imported as a source.
 *
 * <p>Clusters from columns: one cluster per distinct id, members in row order, type from {@code cluster_type}
 * (default {@link ClusterType#STRONG_HELPS_WEAK}), leader the village {@code cluster_leader} marks, else the member
 * with the highest total income. Into a scenario that exists already, the memberships are applied to it: a cluster
 * whose id is known keeps its name, entity, agreement, contributions and projects and takes the new members; a
 * new id becomes a bare cluster; a cluster no row names any more is dropped, and the summary says so. Otherwise a
 * new scenario with the default assumptions is added.
 */
final class ImportedScenarios {
    private ImportedScenarios() {
    }

    /** The project after applying the clusters of {@code tags} as scenario {@code name}; {@code notes} gets what was not taken over. */
    static PlanProject fromTags(PlanProject p, String name, Map<String, VillageConverter.ClusterTag> tags,
            List<String> notes) {
        Map<String, List<String>> members = new LinkedHashMap<>();
        Map<String, VillageConverter.ClusterTag> first = new LinkedHashMap<>();
        Map<String, String> leaders = new LinkedHashMap<>();
        tags.forEach((code, tag) -> {
            members.computeIfAbsent(tag.id(), k -> new ArrayList<>()).add(code);
            first.putIfAbsent(tag.id(), tag);
            if (tag.leader()) {
                leaders.putIfAbsent(tag.id(), code);
            }
        });
        Map<String, Village> byCode = p.villagesByCode();
        Scenario old = p.scenarios().stream().filter(s -> s.name().equals(name)).findFirst().orElse(null);
        List<Cluster> clusters = new ArrayList<>();
        for (Map.Entry<String, List<String>> e : members.entrySet()) {
            String id = e.getKey();
            String leader = leaders.getOrDefault(id, strongest(e.getValue(), byCode));
            Cluster known = old == null ? null : old.cluster(id).orElse(null);
            if (known != null) {
                clusters.add(known.withMembers(e.getValue()).withLeader(leader));
            } else {
                clusters.add(Cluster.of(id, first.get(id).name(), type(first.get(id).type(), id, notes), leader,
                        e.getValue()));
            }
        }
        if (old != null) {
            for (Cluster c : old.clusters()) {
                if (!members.containsKey(c.id())) {
                    notes.add(Messages.get("service.import.clusterDropped", name, c.name()));
                }
            }
            return p.withScenario(old.withClusters(clusters));
        }
        return p.withScenario(Scenario.empty(name).withClusters(clusters));
    }

    /**
     * The project after taking over the scenarios of a project file imported as a source: a scenario whose name is
     * free is added; one whose name the project has already is not taken over (listed in {@code notTaken}), unless the
     * project's is an empty baseline, which the imported one replaces. With {@link ImportOptions#scenario()} only that
     * scenario is taken (an error naming the file's scenarios when it has none of that name); scenarios in
     * {@link ImportOptions#skipScenarios()} are left out. Every scenario not taken over is listed in {@code notTaken}.
     */
    static PlanProject fromProject(PlanProject p, PlanProject source, String file, ImportOptions options,
            List<String> taken, List<String> notTaken) {
        String only = options.scenario();
        if (only != null && source.scenarios().stream().noneMatch(s -> s.name().equals(only))) {
            throw new org.villageplanner.domain.PlannerException("service.import.noScenario", file, only,
                    String.join(", ", source.scenarios().stream().map(Scenario::name).toList()));
        }
        PlanProject out = p;
        for (Scenario s : source.scenarios()) {
            if (only != null && !only.equals(s.name()) || options.skipScenarios().contains(s.name())) {
                notTaken.add(Messages.get("service.import.scenarioLeft", file, s.name()));
                continue;
            }
            Scenario existing = out.scenarios().stream().filter(x -> x.name().equals(s.name())).findFirst()
                    .orElse(null);
            if (existing == null || existing.equals(Scenario.baseline()) || existing.equals(Scenario.empty(s.name()))) {
                out = out.withScenario(s);
                taken.add(s.name());
            } else {
                notTaken.add(Messages.get("service.import.scenarioExists", file, s.name()));
            }
        }
        return out;
    }

    private static String strongest(List<String> codes, Map<String, Village> byCode) {
        String best = codes.get(0);
        for (String c : codes) {
            Village v = byCode.get(c);
            Village b = byCode.get(best);
            if (v != null && (b == null || v.totalIncome() > b.totalIncome())) {
                best = c;
            }
        }
        return best;
    }

    private static ClusterType type(String written, String id, List<String> notes) {
        if (written == null || written.isBlank()) {
            return ClusterType.STRONG_HELPS_WEAK;
        }
        try {
            return ClusterType.valueOf(written.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            notes.add(Messages.get("service.import.clusterType", id, written));
            return ClusterType.STRONG_HELPS_WEAK;
        }
    }
}
