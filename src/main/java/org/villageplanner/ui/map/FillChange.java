package org.villageplanner.ui.map;

import java.util.Collections;
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
        Set<String> touched = ScenarioDiff.touchedVillages(s0, s1);
        if (touched == null) {
            return null;
        }
        Set<Cluster> kept = Collections.newSetFromMap(new IdentityHashMap<>());
        kept.addAll(s0.clusters());
        for (Cluster c : s1.clusters()) {
            if (kept.contains(c)
                    && !styleBefore.clusterColour().apply(c).equals(styleAfter.clusterColour().apply(c))) {
                touched.addAll(c.members());
            }
        }
        return touched;
    }
}
