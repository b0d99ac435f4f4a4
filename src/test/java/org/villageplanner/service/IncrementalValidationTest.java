package org.villageplanner.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.villageplanner.cluster.ClusterValidator;
import org.villageplanner.cluster.SizeBounds;
import org.villageplanner.cluster.ValidationReport;
import org.villageplanner.domain.Agreement;
import org.villageplanner.domain.Cluster;
import org.villageplanner.domain.ClusterType;
import org.villageplanner.domain.PlanProject;
import org.villageplanner.domain.Scenario;
import org.villageplanner.domain.ShareRule;
import org.villageplanner.geo.BarrierCut;
import org.villageplanner.sample.SyntheticProject;

/**
 * The workbench's validation checks only the clusters an edit replaced ({@link org.villageplanner.cluster.ValidationMemo});
 * after random edits (paint, erase, a village put in two clusters, delete, new type or agreement, undo to an older
 * version, an attribute edit that replaces the villages) its report equals a full check of the same plan.
 */
class IncrementalValidationTest {

    @Test
    void randomEditsReportWhatAFullCheckReports() {
        PlanProject project = SyntheticProject.generate(340, 3);
        Scenario start = project.scenario("方案").orElseThrow();
        GeoService geo = new GeoService();
        ValidationService validation = new ValidationService(geo);
        SplittableRandom rnd = new SplittableRandom(11);
        List<Scenario> history = new ArrayList<>(List.of(start));
        int problems = 0;
        for (int step = 0; step < 120; step++) {
            Scenario now = rnd.nextInt(6) == 0 ? history.get(rnd.nextInt(history.size()))
                    : edit(history.get(history.size() - 1), project, rnd);
            if (step == 60) { // an attribute edit: the same villages in a new list
                project = project.withVillages(new ArrayList<>(project.villages()));
            }
            SizeBounds bounds = step % 40 == 39 ? new SizeBounds(3, 6) : null;
            history.add(now);
            PlanProject p = project.withScenario(now);
            BarrierCut.Result cut = geo.barrierCut(p);
            ValidationReport full = new ClusterValidator(bounds, cut.cut()).check(now, p.villages(), cut.graph());
            ValidationReport memo = validation.validate(p, now, bounds);
            assertEquals(full, memo, "step " + step);
            problems += full.problems().size();
        }
        assertTrue(problems > 100, "the edits do break rules: " + problems);
    }

    private static Scenario edit(Scenario s, PlanProject project, SplittableRandom rnd) {
        List<Cluster> cs = new ArrayList<>(s.clusters());
        int i = rnd.nextInt(cs.size());
        Cluster c = cs.get(i);
        String village = project.villages().get(rnd.nextInt(project.villages().size())).code();
        switch (rnd.nextInt(6)) {
            case 0, 1 -> { // paint: out of its cluster, into c
                for (int k = 0; k < cs.size(); k++) {
                    Cluster o = cs.get(k);
                    if (o != c && o.members().contains(village)) {
                        cs.set(k, o.withMembers(o.members().stream().filter(m -> !m.equals(village)).toList()));
                    }
                }
                if (!c.members().contains(village)) {
                    List<String> m = new ArrayList<>(c.members());
                    m.add(village);
                    cs.set(i, c.withMembers(m));
                }
            }
            case 2 -> { // a village in two clusters
                if (!c.members().contains(village)) {
                    List<String> m = new ArrayList<>(c.members());
                    m.add(village);
                    cs.set(i, c.withMembers(m));
                }
            }
            case 3 -> cs.remove(i);
            case 4 -> cs.set(i, c.withType(ClusterType.values()[rnd.nextInt(ClusterType.values().length)]));
            default -> cs.set(i, c.withAgreement(new Agreement(ShareRule.WEAK_VILLAGE_FLOOR, null, null, 0, null, null, 0.3, 0.3, 0.2)));
        }
        assertFalse(cs.isEmpty());
        return s.withClusters(cs);
    }
}
