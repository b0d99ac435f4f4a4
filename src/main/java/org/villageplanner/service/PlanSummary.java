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
