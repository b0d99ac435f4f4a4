package org.villageplanner.cluster;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.villageplanner.domain.Cluster;
import org.villageplanner.domain.Village;
import org.villageplanner.geo.AdjacencyGraph;

/**
 * A cluster's members must form one connected piece of the adjacency graph. ENCLAVE clusters are not
 * exempt: their project may lie elsewhere, but the member villages still form one alliance area.
 *
 * <p>When the members fall apart, one ERROR names the villages outside the largest piece. Members the graph
 * does not know are left to {@link MembersExistRule}. Stateless and thread-safe.
 */
public final class ContiguityRule {
    private ContiguityRule() {
    }

    public static List<Problem> check(Cluster cluster, AdjacencyGraph graph, Map<String, Village> villages) {
        List<String> members = cluster.members().stream().filter(graph::contains).toList();
        if (members.size() < 2) {
            return List.of();
        }
        List<List<String>> pieces = pieces(members, graph);
        if (pieces.size() == 1) {
            return List.of();
        }
        pieces.sort((a, b) -> Integer.compare(b.size(), a.size()));
        List<String> cutOff = new ArrayList<>();
        pieces.subList(1, pieces.size()).forEach(cutOff::addAll);
        return List.of(Problem.of(cluster.id(), RuleId.CONTIGUITY, Severity.ERROR, cutOff,
                "cluster.rule.contiguity", cluster.name(), pieces.size(), Names.of(cutOff, villages)));
    }

    /** The connected pieces of {@code members} within the graph, each in member order. */
    public static List<List<String>> pieces(List<String> members, AdjacencyGraph graph) {
        Set<String> in = new HashSet<>(members);
        Set<String> seen = new HashSet<>();
        List<List<String>> out = new ArrayList<>();
        for (String start : members) {
            if (!seen.add(start)) {
                continue;
            }
            List<String> piece = new ArrayList<>();
            ArrayDeque<String> queue = new ArrayDeque<>(List.of(start));
            while (!queue.isEmpty()) {
                String v = queue.poll();
                piece.add(v);
                for (String w : graph.neighbours(v)) {
                    if (in.contains(w) && seen.add(w)) {
                        queue.add(w);
                    }
                }
            }
            out.add(piece);
        }
        return out;
    }
}
