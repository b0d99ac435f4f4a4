package org.villageplanner.domain;

import java.lang.ref.WeakReference;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Which cluster holds a village, and which cluster has an id, in constant time. A scenario's cluster list is
 * immutable, so its index is built once per list (found again by identity) and kept for the few lists in use at
 * a time: the shown scenario, the one being simulated, the one before an edit. Without it a province's table
 * and simulation looked each of 20,000 villages up among 5,000 clusters.
 */
final class ClusterIndex {
    private static final int KEPT = 8;
    private static final Entry[] RECENT = new Entry[KEPT];
    private static int next;

    private final Map<String, Cluster> byMember = new HashMap<>();
    private final Map<String, Cluster> byId = new HashMap<>();

    private record Entry(WeakReference<List<Cluster>> list, ClusterIndex index) {
    }

    private ClusterIndex(List<Cluster> clusters) {
        for (Cluster c : clusters) {
            byId.putIfAbsent(c.id(), c);
            for (String m : c.members()) {
                byMember.putIfAbsent(m, c);
            }
        }
    }

    static ClusterIndex of(List<Cluster> clusters) {
        synchronized (RECENT) {
            for (Entry e : RECENT) {
                if (e != null && e.list().get() == clusters) {
                    return e.index();
                }
            }
        }
        ClusterIndex built = new ClusterIndex(clusters);
        synchronized (RECENT) {
            RECENT[next] = new Entry(new WeakReference<>(clusters), built);
            next = (next + 1) % KEPT;
        }
        return built;
    }

    Cluster ofMember(String villageCode) {
        return byMember.get(villageCode);
    }

    Cluster withId(String id) {
        return byId.get(id);
    }
}
