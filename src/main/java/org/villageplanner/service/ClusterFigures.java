package org.villageplanner.service;

import org.villageplanner.cluster.CoverageRule;

import org.villageplanner.domain.Units;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.villageplanner.domain.Cluster;
import org.villageplanner.domain.PlanProject;
import org.villageplanner.domain.Scenario;
import org.villageplanner.domain.Strength;
import org.villageplanner.domain.Village;

/**
 * Base-year totals of one cluster, as the inspector, the paint brush and the CLI show them. Money in yuan.
 * Members whose code is not a village of the project are counted in {@code unknownMembers} and left out of
 * the sums.
 *
 * @param weakMembers names of members classed WEAK under the scenario's thresholds, in member order
 */
public record ClusterFigures(String clusterId, int villages, long population, @Units.Yuan double totalIncome,
        @Units.Yuan double operatingIncome, List<String> weakMembers, List<String> strongMembers, int unknownMembers) {

    public ClusterFigures {
        weakMembers = List.copyOf(weakMembers);
        strongMembers = List.copyOf(strongMembers);
    }

    public static ClusterFigures of(PlanProject project, Scenario scenario, Cluster cluster) {
        Map<String, Village> byCode = project.villagesByCode();
        long population = 0;
        double total = 0;
        double operating = 0;
        int unknown = 0;
        List<String> weak = new ArrayList<>();
        List<String> strong = new ArrayList<>();
        for (String code : cluster.members()) {
            Village v = byCode.get(code);
            if (v == null) {
                unknown++;
                continue;
            }
            population += v.population();
            total += v.totalIncome();
            operating += v.operatingIncome();
            Strength s = scenario.assumptions().strengthOf(v);
            if (s == Strength.WEAK) {
                weak.add(v.name());
            } else if (s == Strength.STRONG) {
                strong.add(v.name());
            }
        }
        return new ClusterFigures(cluster.id(), cluster.members().size() - unknown, population, total, operating,
                weak, strong, unknown);
    }

    /** Share of the project's villages that are in some cluster of {@code scenario}, 0..1 ({@link CoverageRule}). */
    public static double coverage(PlanProject project, Scenario scenario) {
        return CoverageRule.coverage(scenario.clusters(), project.villages());
    }
}
