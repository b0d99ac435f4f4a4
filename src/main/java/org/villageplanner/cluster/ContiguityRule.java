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
import org.villageplanner.geo.BarrierCut;

/**
 * A cluster's members must form one connected piece of the adjacency graph. ENCLAVE clusters are not
 * exempt: their project may lie elsewhere, but the member villages still form one alliance area.
 *
 * <p>When the members fall apart, one ERROR names the villages outside the largest piece (and the barriers
 * between them, when the graph was cut by barriers). Members the graph
 * does not know are left to {@link MembersExistRule}. Stateless and thread-safe.
 */
public final class ContiguityRule {
    private ContiguityRule() {
    }

    public static List<Problem> check(Cluster cluster, AdjacencyGraph graph, Map<String, Village> villages) {
        return check(cluster, graph, villages, List.of());
    }

    /**
     * As {@link #check(Cluster, AdjacencyGraph, Map)} on a graph cut by barriers: links cut only by barriers the
     * cluster bridges count as neighbours again, and when a barrier is what splits the members the message
     * names it.
     *
     * @param cut the links the barriers removed from {@code graph}
     */
    public static List<Problem> check(Cluster cluster, AdjacencyGraph graph, Map<String, Village> villages,
                                      List<BarrierCut.Link> cut) {
        List<String> members = cluster.members().stream().filter(graph::contains).toList();
        if (members.size() < 2) {
            return List.of();
        }
        Set<String> bridged = Set.copyOf(cluster.bridges());
        List<BarrierCut.Link> bridges = cut.stream().filter(l -> bridged.containsAll(l.barriers())).toList();
        List<List<String>> pieces = pieces(members, graph, bridges);
        if (pieces.size() == 1) {
            return List.of();
        }
        pieces.sort((a, b) -> Integer.compare(b.size(), a.size()));
        List<String> cutOff = new ArrayList<>();
        pieces.subList(1, pieces.size()).forEach(cutOff::addAll);
        Set<String> in = new HashSet<>(members);
        Set<String> barriers = new java.util.LinkedHashSet<>();
        for (BarrierCut.Link l : cut) {
            if (in.contains(l.a()) && in.contains(l.b())) {
                l.barriers().stream().filter(b -> !bridged.contains(b)).forEach(barriers::add);
            }
        }
        if (!barriers.isEmpty()) {
            return List.of(Problem.of(cluster.id(), RuleId.CONTIGUITY, Severity.ERROR, cutOff,
                    "cluster.rule.contiguityBarrier", cluster.name(), pieces.size(), Names.of(cutOff, villages),
                    String.join("、", barriers)));
        }
        return List.of(Problem.of(cluster.id(), RuleId.CONTIGUITY, Severity.ERROR, cutOff,
                "cluster.rule.contiguity", cluster.name(), pieces.size(), Names.of(cutOff, villages)));
    }

    /** The connected pieces of {@code members} within the graph, each in member order. */
    public static List<List<String>> pieces(List<String> members, AdjacencyGraph graph) {
        return pieces(members, graph, List.of());
    }

    /** As {@link #pieces(List, AdjacencyGraph)}, with {@code extra} links counted as neighbours too. */
    public static List<List<String>> pieces(List<String> members, AdjacencyGraph graph, List<BarrierCut.Link> extra) {
        Map<String, List<String>> more = new java.util.HashMap<>();
        for (BarrierCut.Link l : extra) {
            more.computeIfAbsent(l.a(), k -> new ArrayList<>()).add(l.b());
            more.computeIfAbsent(l.b(), k -> new ArrayList<>()).add(l.a());
        }
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
                List<String> next = new ArrayList<>(graph.neighbours(v));
                next.addAll(more.getOrDefault(v, List.of()));
                for (String w : next) {
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
