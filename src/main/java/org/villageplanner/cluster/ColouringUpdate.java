package org.villageplanner.cluster;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.villageplanner.domain.Cluster;
import org.villageplanner.geo.AdjacencyGraph;

/**
 * The {@link ClusterColouring} of a plan after an edit, worked out from the colouring before it: the clusters the
 * edit replaced get their neighbours again, and only they, their neighbours and (when a colour moved) the
 * neighbours after those in id order are coloured again. The greedy colouring gives each cluster the first colour
 * its neighbours with a smaller id do not use, so a cluster whose smaller neighbours kept their colours keeps its
 * own: the result equals a whole colouring of the new plan, while an edit on a province touches a handful of its
 * thousands of clusters.
 */
final class ColouringUpdate {
    private ColouringUpdate() {
    }

    /** The colouring of {@code now}, or null when it is better worked out whole (another graph, a large change). */
    static ClusterColouring after(ClusterColouring last, List<Cluster> now, AdjacencyGraph graph) {
        if (graph == null || last.graph != graph || last.owner == null) {
            return null;
        }
        List<Cluster> removed = new ArrayList<>();
        List<Cluster> added = new ArrayList<>();
        if (!diff(last.clusters, now, removed, added)
                || removed.size() + added.size() > Math.max(8, now.size() / 4)) {
            return null;
        }
        // The ids there are now: those before, less the removed ones, plus the added ones (each once).
        Set<String> gone = new HashSet<>();
        removed.forEach(c -> gone.add(c.id()));
        Set<String> addedIds = new HashSet<>();
        for (Cluster c : added) {
            if (!addedIds.add(c.id()) || (last.colourOf.containsKey(c.id()) && !gone.contains(c.id()))) {
                return null; // two clusters with one id: only a whole colouring says which one counts
            }
        }
        gone.removeAll(addedIds);
        // Who owns each village the edit touched: the first cluster in plan order that lists it.
        String[] owner = last.owner.clone();
        int[] listings = last.listings.clone();
        Map<String, Integer> touched = new HashMap<>();
        Map<Integer, Integer> byAdded = new HashMap<>();
        Set<String> changed = new HashSet<>();
        for (List<Cluster> side : List.of(removed, added)) {
            for (Cluster c : side) {
                changed.add(c.id());
                for (String m : c.members()) {
                    if (graph.contains(m)) {
                        int i = graph.indexOf(m);
                        touched.put(m, i);
                        listings[i] += side == added ? 1 : -1;
                        if (side == added) {
                            byAdded.merge(i, 1, Integer::sum);
                        }
                    }
                }
            }
        }
        // A village no kept cluster lists takes the first added one listing it; else the whole plan is looked at.
        boolean onlyAdded = touched.values().stream().allMatch(i -> listings[i] == byAdded.getOrDefault(i, 0));
        String[] before = new String[owner.length];
        for (int i : touched.values()) {
            before[i] = owner[i];
            owner[i] = null;
        }
        for (Cluster c : onlyAdded ? added : now) {
            for (String m : c.members()) {
                Integer i = touched.get(m);
                if (i != null && owner[i] == null) {
                    owner[i] = c.id();
                }
            }
        }
        Map<String, Cluster> byId = new HashMap<>();
        for (int i : touched.values()) {
            addIfSet(changed, before[i]);
            addIfSet(changed, owner[i]);
        }
        boolean known = changed.stream().allMatch(id -> addedIds.contains(id) || gone.contains(id));
        for (Cluster c : known ? added : now) {
            if (changed.contains(c.id())) {
                byId.put(c.id(), c);
            }
        }
        Map<String, Set<String>> neighbours = new HashMap<>(last.neighbours);
        Set<Set<String>> copied = Collections.newSetFromMap(new IdentityHashMap<>());
        TreeSet<String> again = new TreeSet<>();
        for (String d : changed) {
            Set<String> old = neighbours.getOrDefault(d, Set.of());
            Set<String> fresh = around(byId.get(d), d, owner, graph);
            if (fresh.isEmpty()) {
                neighbours.remove(d);
            } else {
                neighbours.put(d, fresh);
                copied.add(fresh);
            }
            for (String x : old) {
                if (!fresh.contains(x) && !changed.contains(x)) {
                    Set<String> theirs = own(neighbours, copied, x);
                    theirs.remove(d);
                    if (theirs.isEmpty()) {
                        neighbours.remove(x);
                    }
                }
            }
            for (String x : fresh) {
                if (!old.contains(x) && !changed.contains(x)) {
                    own(neighbours, copied, x).add(d);
                }
            }
            again.add(d);
            again.addAll(old);
            again.addAll(fresh);
        }
        Map<String, Integer> colourOf = new HashMap<>(last.colourOf);
        Map<String, Integer> clashes = new HashMap<>(last.clashes);
        int[] counts = last.counts();
        int conflicts = last.conflicts();
        for (String id : gone) {
            Integer k = colourOf.remove(id);
            Integer clash = clashes.remove(id);
            counts[k]--;
            conflicts -= clash;
        }
        while (!again.isEmpty()) {
            String c = again.pollFirst();
            if (gone.contains(c) || !(colourOf.containsKey(c) || addedIds.contains(c))) {
                continue;
            }
            Set<String> around = neighbours.getOrDefault(c, Set.of());
            int[] pick = ClusterColouring.choose(c, around, colourOf);
            Integer was = colourOf.put(c, pick[0]);
            Integer clashed = clashes.put(c, pick[1]);
            if (was != null) {
                counts[was]--;
            }
            counts[pick[0]]++;
            conflicts += pick[1] - (clashed == null ? 0 : clashed);
            if (was == null || was != pick[0]) {
                for (String n : around) {
                    if (n.compareTo(c) > 0) {
                        again.add(n);
                    }
                }
            }
        }
        return new ClusterColouring(now, graph, owner, listings, neighbours, colourOf, clashes, counts, conflicts);
    }

    /** The clusters owning a village next to one {@code id} owns. */
    private static Set<String> around(Cluster c, String id, String[] owner, AdjacencyGraph graph) {
        Set<String> out = new HashSet<>();
        if (c == null) {
            return out;
        }
        for (String m : c.members()) {
            if (!graph.contains(m)) {
                continue;
            }
            int i = graph.indexOf(m);
            if (!id.equals(owner[i])) {
                continue;
            }
            for (int k = 0; k < graph.degree(i); k++) {
                String other = owner[graph.neighbour(i, k)];
                if (other != null && !other.equals(id)) {
                    out.add(other);
                }
            }
        }
        return out;
    }

    /** The neighbour set of {@code x}, copied first if it is still shared with the colouring before. */
    private static Set<String> own(Map<String, Set<String>> neighbours, Set<Set<String>> copied, String x) {
        Set<String> s = neighbours.get(x);
        if (s == null || !copied.contains(s)) {
            s = s == null ? new HashSet<>() : new HashSet<>(s);
            neighbours.put(x, s);
            copied.add(s);
        }
        return s;
    }

    private static void addIfSet(Set<String> into, String id) {
        if (id != null) {
            into.add(id);
        }
    }

    /**
     * The clusters only in {@code a} ({@code removed}) and only in {@code b} ({@code added}), by identity; false when
     * the clusters in both do not come in the same order in each (who lists a village first could change). An edit
     * replaces clusters in place: lists of one length are compared position by position, without any set.
     */
    static boolean diff(List<Cluster> a, List<Cluster> b, List<Cluster> removed, List<Cluster> added) {
        if (a.size() == b.size()) {
            for (int i = 0; i < a.size(); i++) {
                if (a.get(i) != b.get(i)) {
                    removed.add(a.get(i));
                    added.add(b.get(i));
                }
            }
            return true;
        }
        Set<Cluster> inA = identities(a);
        Set<Cluster> inB = identities(b);
        a.stream().filter(c -> !inB.contains(c)).forEach(removed::add);
        b.stream().filter(c -> !inA.contains(c)).forEach(added::add);
        java.util.Iterator<Cluster> ib = b.stream().filter(inA::contains).iterator();
        for (Cluster c : a) {
            if (inB.contains(c) && (!ib.hasNext() || ib.next() != c)) {
                return false;
            }
        }
        return !ib.hasNext();
    }

    private static Set<Cluster> identities(List<Cluster> clusters) {
        Set<Cluster> s = Collections.newSetFromMap(new IdentityHashMap<>(clusters.size() * 2));
        s.addAll(clusters);
        return s;
    }
}
