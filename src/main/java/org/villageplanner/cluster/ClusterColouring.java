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

    final Map<String, Integer> colourOf;
    private final int[] counts = new int[PALETTE.size()];
    private final int conflicts;
    /** What {@link ColouringUpdate} starts from: the clusters and graph coloured, and the state it built. */
    final List<Cluster> clusters;
    final AdjacencyGraph graph;
    /** Per village of the graph, the id of the first cluster listing it (null: none); null without a graph. */
    final String[] owner;
    /** Per village of the graph, how many clusters list it; null without a graph. */
    final int[] listings;
    /** Neighbouring clusters by id (the inner sets are never changed once made: updates copy them). */
    final Map<String, Set<String>> neighbours;
    /** Per cluster, how many neighbours coloured before it have its colour (0 unless the palette ran out). */
    final Map<String, Integer> clashes;

    private ClusterColouring(List<Cluster> clusters, AdjacencyGraph graph) {
        this.clusters = clusters;
        this.graph = graph;
        this.colourOf = new HashMap<>();
        this.clashes = new HashMap<>();
        List<Cluster> byId = new ArrayList<>(clusters);
        byId.sort((a, b) -> a.id().compareTo(b.id()));
        owner = graph == null ? null : owners(clusters, graph);
        listings = graph == null ? null : new int[graph.size()];
        for (Cluster c : graph == null ? List.<Cluster>of() : clusters) {
            for (String m : c.members()) {
                if (graph.contains(m)) {
                    listings[graph.indexOf(m)]++;
                }
            }
        }
        neighbours = graph == null ? Map.of() : new HashMap<>(neighbours(owner, graph));
        for (Cluster c : byId) {
            if (colourOf.containsKey(c.id())) {
                continue;
            }
            int[] pick = choose(c.id(), neighbours.getOrDefault(c.id(), Set.of()), colourOf);
            colourOf.put(c.id(), pick[0]);
            clashes.put(c.id(), pick[1]);
        }
        colourOf.values().forEach(k -> counts[k]++);
        conflicts = clashes.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** The whole greedy colouring, without looking at earlier ones (tests compare updates with it). */
    static ClusterColouring whole(List<Cluster> clusters, AdjacencyGraph graph) {
        return new ClusterColouring(clusters, graph);
    }

    /** A colouring {@link ColouringUpdate} worked out from another; the maps and arrays are its own. */
    ClusterColouring(List<Cluster> clusters, AdjacencyGraph graph, String[] owner, int[] listings,
            Map<String, Set<String>> neighbours, Map<String, Integer> colourOf, Map<String, Integer> clashes,
            int[] counts, int conflicts) {
        this.clusters = clusters;
        this.graph = graph;
        this.owner = owner;
        this.listings = listings;
        this.neighbours = neighbours;
        this.colourOf = colourOf;
        this.clashes = clashes;
        System.arraycopy(counts, 0, this.counts, 0, counts.length);
        this.conflicts = conflicts;
    }

    /**
     * The colour of cluster {@code id} and its clashes: the first colour from its preferred one that none of its
     * neighbours coloured before it (those with a smaller id, in {@code colourOf}) uses, else the least used.
     */
    static int[] choose(String id, Set<String> around, Map<String, Integer> colourOf) {
        int[] used = new int[PALETTE.size()];
        for (String n : around) {
            Integer k = n.compareTo(id) < 0 ? colourOf.get(n) : null;
            if (k != null) {
                used[k]++;
            }
        }
        int preferred = preferred(id);
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
        return new int[] {chosen, used[chosen]};
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
        // An edit changes a few clusters: work out the colours from the last colouring of the same graph.
        ClusterColouring last = null;
        synchronized (RECENT) {
            for (int back = 1; back <= RECENT.length && last == null && graph != null; back++) {
                Recent r = RECENT[Math.floorMod(nextRecent - back, RECENT.length)];
                last = r != null && r.colouring().graph == graph ? r.colouring() : null;
            }
        }
        ClusterColouring made = last == null ? null : ColouringUpdate.after(last, clusters, graph);
        if (made == null) {
            made = new ClusterColouring(clusters, graph);
        }
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
        return Collections.unmodifiableMap(neighbours(owners(clusters, graph), graph));
    }

    /** Per village of {@code graph}, the id of the first of {@code clusters} listing it, or null. */
    static String[] owners(List<Cluster> clusters, AdjacencyGraph graph) {
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
        return owner;
    }

    private static Map<String, Set<String>> neighbours(String[] owner, AdjacencyGraph graph) {
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
        return out;
    }

    /** A colour spread over the palette by the id, so that unrelated plans do not all start with the same one. */
    static int preferred(String id) {
        int h = id.hashCode();
        h ^= h >>> 16;
        h *= 0x45d9f3b;
        h ^= h >>> 16;
        return Math.floorMod(h, PALETTE.size());
    }
}
