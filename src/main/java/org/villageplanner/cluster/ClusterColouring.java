package org.villageplanner.cluster;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.villageplanner.domain.Cluster;
import org.villageplanner.geo.AdjacencyGraph;

/**
 * Which colour each cluster gets on the map and in the plan PDF: a greedy colouring of the cluster adjacency
 * graph (two clusters are neighbours when any of their villages are), so that neighbouring clusters never share
 * a colour while eight colours suffice for any real plan.
 *
 * <p>Deterministic from the cluster ids and the adjacency alone: clusters are coloured in id order, each
 * starting from a colour derived from its id and taking the first one no already-coloured neighbour uses. An
 * edit therefore only recolours clusters whose neighbourhood changed (and rarely a neighbour of those), and a
 * saved and reopened plan shows the same colours. Without a graph (not built yet) every cluster takes its
 * preferred colour. Only if a cluster has more than {@link #PALETTE}{@code .length − 1} differently coloured
 * neighbours does it share the colour used by the fewest of them ({@link #conflicts()} counts such pairs).
 *
 * <p>Pure: colours are sRGB hex strings; the UI and the report convert them.
 */
public final class ClusterColouring {
    /** ColorBrewer Set3 without its grey (grey means unassigned): light enough for dark labels. */
    public static final List<String> PALETTE = List.of("#8dd3c7", "#fdb462", "#bebada", "#fb8072", "#80b1d3",
            "#b3de69", "#fccde5", "#ffed6f");
    /** The fill of villages in no cluster. */
    public static final String UNASSIGNED = "#e6e6e6";

    private final Map<String, Integer> colourOf = new HashMap<>();
    private final int[] counts = new int[PALETTE.size()];
    private final int conflicts;

    private ClusterColouring(List<Cluster> clusters, AdjacencyGraph graph) {
        List<Cluster> byId = new ArrayList<>(clusters);
        byId.sort((a, b) -> a.id().compareTo(b.id()));
        Map<String, Set<String>> neighbours = graph == null ? Map.of() : clusterNeighbours(clusters, graph);
        int clashes = 0;
        for (Cluster c : byId) {
            if (colourOf.containsKey(c.id())) {
                continue;
            }
            int[] used = new int[PALETTE.size()];
            for (String n : neighbours.getOrDefault(c.id(), Set.of())) {
                Integer k = colourOf.get(n);
                if (k != null) {
                    used[k]++;
                }
            }
            int preferred = preferred(c.id());
            int chosen = -1;
            int fewest = Integer.MAX_VALUE;
            for (int step = 0; step < PALETTE.size(); step++) {
                int k = (preferred + step) % PALETTE.size();
                if (used[k] == 0) {
                    chosen = k;
                    break;
                }
                if (used[k] < fewest) {
                    fewest = used[k];
                    chosen = k;
                }
            }
            clashes += used[chosen];
            colourOf.put(c.id(), chosen);
            counts[chosen]++;
        }
        conflicts = clashes;
    }

    /** Colours {@code clusters}; {@code graph} is the village adjacency (null: no neighbourhood known yet). */
    public static ClusterColouring of(List<Cluster> clusters, AdjacencyGraph graph) {
        // Undo and redo bring back a cluster list coloured a moment ago: the last few colourings are kept by the
        // identity of the (immutable) list and graph, so a province's undo does not colour 5,000 clusters again.
        synchronized (RECENT) {
            for (Recent r : RECENT) {
                if (r != null && r.clusters().get() == clusters && r.graph().get() == graph) {
                    return r.colouring();
                }
            }
        }
        ClusterColouring made = new ClusterColouring(clusters, graph);
        synchronized (RECENT) {
            RECENT[nextRecent] = new Recent(new java.lang.ref.WeakReference<>(clusters),
                    new java.lang.ref.WeakReference<>(graph), made);
            nextRecent = (nextRecent + 1) % RECENT.length;
        }
        return made;
    }

    private record Recent(java.lang.ref.WeakReference<List<Cluster>> clusters,
            java.lang.ref.WeakReference<AdjacencyGraph> graph, ClusterColouring colouring) {
    }

    private static final Recent[] RECENT = new Recent[4];
    private static int nextRecent;

    /** The palette index of the cluster, or −1 when it is not one of the coloured clusters. */
    public int indexOf(String clusterId) {
        return colourOf.getOrDefault(clusterId, -1);
    }

    /** The cluster's colour as {@code #rrggbb}; {@link #UNASSIGNED} for an unknown cluster. */
    public String hexOf(String clusterId) {
        int k = indexOf(clusterId);
        return k < 0 ? UNASSIGNED : PALETTE.get(k);
    }

    /** How many clusters have each palette colour (index as in {@link #PALETTE}). */
    public int[] counts() {
        return counts.clone();
    }

    /** Pairs of neighbouring clusters that had to share a colour (0 for any plan with up to 7 neighbours each). */
    public int conflicts() {
        return conflicts;
    }

    /** Neighbouring clusters by id: a member of one borders a member of the other in the village graph. */
    public static Map<String, Set<String>> clusterNeighbours(List<Cluster> clusters, AdjacencyGraph graph) {
        String[] owner = new String[graph.size()];
        for (Cluster c : clusters) {
            for (String m : c.members()) {
                if (graph.contains(m)) {
                    int i = graph.indexOf(m);
                    if (owner[i] == null) {
                        owner[i] = c.id();
                    }
                }
            }
        }
        Map<String, Set<String>> out = new HashMap<>();
        for (int i = 0; i < owner.length; i++) {
            if (owner[i] == null) {
                continue;
            }
            for (int k = 0; k < graph.degree(i); k++) {
                String other = owner[graph.neighbour(i, k)];
                if (other != null && !other.equals(owner[i])) {
                    out.computeIfAbsent(owner[i], x -> new HashSet<>()).add(other);
                }
            }
        }
        return Collections.unmodifiableMap(out);
    }

    /** A colour spread over the palette by the id, so that unrelated plans do not all start with the same one. */
    private static int preferred(String id) {
        int h = id.hashCode();
        h ^= h >>> 16;
        h *= 0x45d9f3b;
        h ^= h >>> 16;
        return Math.floorMod(h, PALETTE.size());
    }
}
