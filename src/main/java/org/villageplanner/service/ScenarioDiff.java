package org.villageplanner.service;

import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.villageplanner.domain.Cluster;
import org.villageplanner.domain.Scenario;

/**
 * What an edit changed between two versions of a scenario. Scenarios and clusters are immutable and an edit
 * replaces only the clusters it touches, so the clusters of one version that are not (by identity) in the other
 * are the changed ones, and their members are the villages whose cluster may differ.
 */
public final class ScenarioDiff {
    /** Past this share of changed clusters a whole recompute is as cheap as following the edit. */
    private static final double MOST = 0.5;

    private ScenarioDiff() {
    }

    /**
     * The codes of the villages whose cluster (or its settings) may differ between {@code old} and {@code now}:
     * the members of every cluster in only one of them (a set the caller may add to). Null when most clusters changed (recompute everything).
     */
    public static Set<String> touchedVillages(Scenario old, Scenario now) {
        List<Cluster> a = old.clusters();
        List<Cluster> b = now.clusters();
        if (a == b) {
            return new HashSet<>();
        }
        Set<Cluster> inA = Collections.newSetFromMap(new IdentityHashMap<>(a.size() * 2));
        inA.addAll(a);
        Set<Cluster> inB = Collections.newSetFromMap(new IdentityHashMap<>(b.size() * 2));
        inB.addAll(b);
        Set<String> touched = new HashSet<>();
        int changed = 0;
        for (Cluster c : a) {
            if (!inB.contains(c)) {
                changed++;
                touched.addAll(c.members());
            }
        }
        for (Cluster c : b) {
            if (!inA.contains(c)) {
                changed++;
                touched.addAll(c.members());
            }
        }
        if (changed > MOST * Math.max(1, Math.max(a.size(), b.size())) && changed > 8) {
            return null;
        }
        return touched;
    }
}
