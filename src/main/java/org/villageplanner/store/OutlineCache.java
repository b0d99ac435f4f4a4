package org.villageplanner.store;

import java.util.concurrent.ConcurrentHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.villageplanner.domain.Cluster;
import org.villageplanner.domain.Village;

/**
 * The encoded cluster outlines of the last save, so that the next save (an autosave after one edit, typically)
 * dissolves only the clusters whose members or member geometries changed. Dissolving every cluster was the
 * largest part of an autosave of a province (5,700 unions of polygons per edit), competing with the window for
 * the cores. An entry is reused only when the cluster lists the same members in the same order and each
 * member's geometry is the very same object, so a reused outline is the one a fresh union would give. Holds only
 * the outlines of the last save (a blob, its box and its type, not JTS objects).
 */
final class OutlineCache {
    /** An outline as written: its blob (null when no member has a polygon), box and geometry type. */
    record Outline(byte[] blob, Envelope box, String type) {
    }

    private record Entry(Geometry[] geometries, Outline outline) {
    }

    private static Map<List<String>, Entry> last = Map.of();
    private static int lastDissolved;
    private final Map<List<String>, Entry> previous;
    private final Map<List<String>, Entry> used = new ConcurrentHashMap<>();
    /** For a delta save: the last save's outlines stay, less these member lists (clusters replaced). */
    private final List<List<String>> dropped;
    private int dissolved;

    private OutlineCache(Map<List<String>, Entry> previous, boolean amend) {
        this.previous = previous;
        this.dropped = amend ? new java.util.ArrayList<>() : null;
    }

    /** A cache for one save, starting from the outlines the last save kept; it keeps only this save's. */
    static synchronized OutlineCache begin() {
        return new OutlineCache(last, false);
    }

    /**
     * A cache for a delta save, which visits only the clusters it rewrites: at {@link #commit} their outlines are
     * added to the kept ones, and those of the member lists {@link #drop dropped} go, so the cache stays the size
     * of the plan.
     */
    static synchronized OutlineCache amend() {
        return new OutlineCache(last, true);
    }

    /** The outline of a cluster with these members is no longer needed (a delta save replaced the cluster). */
    void drop(List<String> members) {
        dropped.add(members);
    }

    /** The outline of {@code cl}: the last save's when nothing it depends on changed, else {@code dissolve}'s. */
    Outline of(Cluster cl, Map<String, Village> byCode, Function<Cluster, Outline> dissolve) {
        List<String> members = cl.members();
        Geometry[] geometries = new Geometry[members.size()];
        for (int i = 0; i < geometries.length; i++) {
            Village v = byCode.get(members.get(i));
            geometries[i] = v == null ? null : v.geometry();
        }
        Entry e = used.get(members);
        if (e == null) {
            e = previous.get(members);
        }
        if (e == null || !same(e.geometries(), geometries)) {
            e = new Entry(geometries, dissolve.apply(cl));
            dissolved++;
        }
        used.put(List.copyOf(members), e);
        return e.outline();
    }

    /** Keeps this save's outlines for the next save (after the save's data was written). */
    void commit() {
        synchronized (OutlineCache.class) {
            if (dropped == null) {
                last = used;
            } else {
                // In place: a save reading the map meanwhile sees only entries that are right for their keys.
                Map<List<String>, Entry> kept = last instanceof ConcurrentHashMap ? last : new ConcurrentHashMap<>(last);
                dropped.forEach(kept::remove);
                kept.putAll(used);
                last = kept;
            }
            lastDissolved = dissolved;
        }
    }

    /** Outlines the last save dissolved (not taken from the save before it): for tests. */
    static synchronized int lastDissolved() {
        return lastDissolved;
    }

    private static boolean same(Geometry[] a, Geometry[] b) {
        if (a.length != b.length) {
            return false;
        }
        for (int i = 0; i < a.length; i++) {
            if (a[i] != b[i]) {
                return false;
            }
        }
        return true;
    }

    /** Drops every kept outline (tests). */
    static synchronized void clear() {
        last = Map.of();
    }
}
