package org.villageplanner.ui.map;

import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.villageplanner.domain.Cluster;
import org.villageplanner.domain.PlanProject;
import org.villageplanner.domain.Scenario;
import org.villageplanner.service.ScenarioDiff;

/**
 * Which villages an edit recoloured on the cluster map: the members of the clusters the edit changed, plus those
 * of unchanged clusters whose colour the graph colouring moved. Lets the map recolour a few villages after a
 * paint stroke on a province instead of 20,000.
 */
final class FillChange {
    private FillChange() {
    }

    /**
     * The villages whose fill may differ, or null when everything must be worked out again. {@code before} and
     * {@code after} are the map's style keys (project, scenario, graph, colour-by field, borders switch).
     */
    static Set<String> villages(List<Object> before, List<Object> after, MapStyles.Style styleBefore,
            MapStyles.Style styleAfter) {
        if (before == null || styleBefore == null || after.get(3) != null || before.get(3) != null
                || before.get(2) != after.get(2)
                || !(before.get(0) instanceof PlanProject p0) || !(after.get(0) instanceof PlanProject p1)
                || p0.villages() != p1.villages()
                || !(before.get(1) instanceof Scenario s0) || !(after.get(1) instanceof Scenario s1)) {
            return null;
        }
        List<Cluster> a = s0.clusters();
        List<Cluster> b = s1.clusters();
        if (a.size() == b.size()) {
            Set<String> inPlace = inPlace(a, b, styleBefore, styleAfter);
            if (inPlace != null) {
                return inPlace;
            }
        }
        Set<String> touched = ScenarioDiff.touchedVillages(s0, s1);
        if (touched == null) {
            return null;
        }
        Set<Cluster> kept = Collections.newSetFromMap(new IdentityHashMap<>());
        kept.addAll(a);
        for (Cluster c : b) {
            if (kept.contains(c) && recoloured(c, styleBefore, styleAfter)) {
                touched.addAll(c.members());
            }
        }
        return touched;
    }

    /**
     * The same for two lists of one size, compared position by position (a paint replaces clusters in place: no
     * 5,000-cluster identity sets); null when a cluster moved position or too many changed to be worth it.
     */
    private static Set<String> inPlace(List<Cluster> a, List<Cluster> b, MapStyles.Style styleBefore,
            MapStyles.Style styleAfter) {
        Set<String> touched = new HashSet<>();
        int changed = 0;
        for (int i = 0; i < a.size(); i++) {
            Cluster was = a.get(i);
            Cluster now = b.get(i);
            if (was != now) {
                if (!was.id().equals(now.id()) || ++changed > 64) {
                    return null;
                }
                touched.addAll(was.members());
                touched.addAll(now.members());
            } else if (recoloured(now, styleBefore, styleAfter)) {
                touched.addAll(now.members());
            }
        }
        return touched;
    }

    private static boolean recoloured(Cluster c, MapStyles.Style before, MapStyles.Style after) {
        return !before.clusterColour().apply(c).equals(after.clusterColour().apply(c));
    }
}
