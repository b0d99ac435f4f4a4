package org.villageplanner.service;

import org.villageplanner.domain.Units;

import org.villageplanner.domain.PlanProject;
import org.villageplanner.domain.Scenario;
import org.villageplanner.domain.Strength;
import org.villageplanner.domain.Village;

/**
 * Headline counts of a scenario for the window's summary card and {@code info}: villages, clusters,
 * unassigned villages, coverage (0..1) and villages by strength under the scenario's thresholds.
 */
public record PlanSummary(int villages, int clusters, int unassigned, @Units.Fraction double coverage, int strong, int medium,
        int weak) {

    /**
     * The summary of {@code now} worked out from {@code before}'s summary of {@code old}: when only clusters
     * changed (same villages, same assumptions), only the villages of the clusters that differ are counted again,
     * so an edit of one cluster of a province costs a few villages, not 20,000. Otherwise the whole
     * {@link #of}. Equal to {@code of(project, now)} in every case.
     */
    public static PlanSummary after(PlanSummary before, PlanProject project, Scenario old, Scenario now) {
        if (before == null || old == null || before.villages() != project.villages().size()
                || !old.assumptions().equals(now.assumptions())) {
            return of(project, now);
        }
        java.util.Set<String> touched = ScenarioDiff.touchedVillages(old, now);
        if (touched == null) {
            return of(project, now);
        }
        int unassigned = before.unassigned();
        java.util.Set<String> known = project.villagesByCode().keySet();
        for (String code : touched) {
            if (!known.contains(code)) {
                continue;
            }
            boolean was = old.clusterOf(code).isPresent();
            boolean is = now.clusterOf(code).isPresent();
            unassigned += (was ? 0 : -1) + (is ? 0 : 1);
        }
        int n = project.villages().size();
        return new PlanSummary(n, now.clusters().size(), unassigned, n == 0 ? 0 : (n - unassigned) / (double) n,
                before.strong(), before.medium(), before.weak());
    }

    public static PlanSummary of(PlanProject project, Scenario scenario) {
        int unassigned = 0;
        int strong = 0;
        int medium = 0;
        int weak = 0;
        for (Village v : project.villages()) {
            if (scenario.clusterOf(v.code()).isEmpty()) {
                unassigned++;
            }
            Strength s = scenario.assumptions().strengthOf(v);
            switch (s) {
                case STRONG -> strong++;
                case MEDIUM -> medium++;
                case WEAK -> weak++;
                default -> throw new IllegalStateException(s.name());
            }
        }
        int n = project.villages().size();
        return new PlanSummary(n, scenario.clusters().size(), unassigned,
                n == 0 ? 0 : (n - unassigned) / (double) n, strong, medium, weak);
    }
}
