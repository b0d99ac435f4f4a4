package org.villageplanner.domain;

import java.lang.ref.WeakReference;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Which cluster holds a village, and which cluster has an id, in constant time. A scenario's cluster list is
 * immutable, so its index is built once per list (found again by identity) and kept for the few lists in use at
 * a time: the shown scenario, the one being simulated, the one before an edit. Without it a province's table
 * and simulation looked each of 20,000 villages up among 5,000 clusters.
 *
 * <p>An edit that replaces, adds or removes one cluster ({@link Scenario#withCluster},
 * {@link Scenario#withoutCluster}) derives the new list's index from the old one where the edit is made: a layer
 * holding only the changed villages and ids over the old index, so the first lookup after a paint no longer
 * rebuilds 20,000 entries on whichever thread asks first (the UI thread, on a province). A derived index answers
 * exactly as one built from the new list would; it is only derived when every village is listed once (otherwise
 * "the first cluster that lists it" depends on the order, and the new list's index is built when first asked).
 * After {@value #MAX_DEPTH} layers the next list's index is built afresh when first asked.
 */
final class ClusterIndex {
    private static final int KEPT = 12;
    private static final int MAX_DEPTH = 24;
    /** Marks, in a layer, a village or id the edit took away (so the layer below is not asked). */
    private static final Cluster GONE = Cluster.of("gone", "gone", ClusterType.COMPLEMENTARY, null, List.of());
    private static final Entry[] RECENT = new Entry[KEPT];
    private static int next;

    private final Map<String, Cluster> byMember;
    private final Map<String, Cluster> byId;
    /** The index this layer was derived from, or null for a built index. */
    private final ClusterIndex below;
    private final int depth;
    /** No village is listed by two clusters (true of every plan the edits make; checked when built). */
    private final boolean unique;

    private record Entry(WeakReference<List<Cluster>> list, ClusterIndex index) {
    }

    private ClusterIndex(List<Cluster> clusters) {
        byMember = new HashMap<>(Math.max(16, clusters.size() * 6));
        byId = new HashMap<>(Math.max(16, clusters.size() * 2));
        boolean once = true;
        for (Cluster c : clusters) {
            byId.putIfAbsent(c.id(), c);
            for (String m : c.members()) {
                once &= byMember.putIfAbsent(m, c) == null;
            }
        }
        below = null;
        depth = 0;
        unique = once;
    }

    private ClusterIndex(ClusterIndex below, Map<String, Cluster> byMember, Map<String, Cluster> byId) {
        this.below = below;
        this.byMember = byMember;
        this.byId = byId;
        this.depth = below.depth + 1;
        this.unique = true;
    }

    static ClusterIndex of(List<Cluster> clusters) {
        ClusterIndex known = find(clusters);
        if (known != null) {
            return known;
        }
        ClusterIndex built = new ClusterIndex(clusters);
        remember(clusters, built);
        return built;
    }

    /**
     * Records the index of {@code after}, the list {@code before} became when {@code removed} (null: none) was
     * taken out and {@code added} (null: none) put in, derived from {@code before}'s index. Does nothing when
     * {@code before} has no index yet (nobody looked anything up in it) or the edit lists a village twice; the
     * index of {@code after} is then built when first asked.
     */
    static void derive(List<Cluster> before, List<Cluster> after, Cluster removed, Cluster added) {
        ClusterIndex old = find(before);
        if (old == null || !old.unique || old.depth >= MAX_DEPTH) {
            return;
        }
        Map<String, Cluster> members = new HashMap<>();
        Map<String, Cluster> ids = new HashMap<>();
        Set<String> keep = added == null ? Set.of() : new HashSet<>(added.members());
        if (removed != null) {
            ids.put(removed.id(), GONE);
            for (String m : removed.members()) {
                if (!keep.contains(m)) {
                    members.put(m, GONE);
                }
            }
        }
        if (added != null) {
            ids.put(added.id(), added);
            for (String m : added.members()) {
                Cluster holder = old.ofMember(m);
                if (holder != null && holder != removed) {
                    return; // the village would be listed twice
                }
                members.put(m, added);
            }
        }
        remember(after, new ClusterIndex(old, members, ids));
    }

    private static ClusterIndex find(List<Cluster> clusters) {
        synchronized (RECENT) {
            for (Entry e : RECENT) {
                if (e != null && e.list().get() == clusters) {
                    return e.index();
                }
            }
        }
        return null;
    }

    private static void remember(List<Cluster> clusters, ClusterIndex index) {
        synchronized (RECENT) {
            RECENT[next] = new Entry(new WeakReference<>(clusters), index);
            next = (next + 1) % KEPT;
        }
    }

    /** Layers over a built index (0: built from its list). */
    int depth() {
        return depth;
    }

    /** Whether {@code clusters} has an index already (built or derived), without building one. */
    static boolean known(List<Cluster> clusters) {
        return find(clusters) != null;
    }

    Cluster ofMember(String villageCode) {
        return lookUp(villageCode, i -> i.byMember);
    }

    Cluster withId(String id) {
        return lookUp(id, i -> i.byId);
    }

    /** The cluster of {@code key} in the top-most layer whose map {@code in} has it; null when gone or absent. */
    private Cluster lookUp(String key, Function<ClusterIndex, Map<String, Cluster>> in) {
        for (ClusterIndex i = this; i != null; i = i.below) {
            Cluster c = in.apply(i).get(key);
            if (c != null) {
                return c == GONE ? null : c;
            }
        }
        return null;
    }
}
