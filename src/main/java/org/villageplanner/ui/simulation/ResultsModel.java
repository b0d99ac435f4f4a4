package org.villageplanner.ui.simulation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.villageplanner.domain.Cluster;
import org.villageplanner.domain.Scenario;
import org.villageplanner.domain.Village;
import org.villageplanner.finance.SimulationResult;
import org.villageplanner.finance.VillageResult;
import org.villageplanner.service.WhatIfService;

/**
 * What the results view shows, decided from the latest {@link SimulationModel} result: which villages a choice
 * ("cluster:ID" or a village code) stands for, their income paths, and the villages below the targets.
 */
final class ResultsModel {
    /** One village's paths t = 0..N in yuan; p10/p90 are null without Monte Carlo runs. */
    record Paths(String name, double[] base, double[] plan, double[] p10, double[] p90) {
    }

    static final String CLUSTER_PREFIX = "cluster:";
    final SimulationModel simulation;

    ResultsModel(SimulationModel sim) {
        this.simulation = sim;
    }

    /** Choices: every cluster of the scenario, then every village. */
    List<String> choices() {
        Scenario s = simulation.window.session.scenario();
        if (s == null || simulation.window.session.project() == null) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        s.clusters().forEach(c -> out.add(CLUSTER_PREFIX + c.id()));
        simulation.window.session.project().villages().forEach(v -> out.add(v.code()));
        return out;
    }

    String label(String choice) {
        Scenario s = simulation.window.session.scenario();
        if (choice == null || s == null) {
            return "";
        }
        if (choice.startsWith(CLUSTER_PREFIX)) {
            String id = choice.substring(CLUSTER_PREFIX.length());
            return "◆ " + s.cluster(id).map(Cluster::name).orElse(id);
        }
        return simulation.window.session.project().village(choice).map(Village::name).orElse(choice);
    }

    /** The default choice: the focused cluster, else the first cluster, else the first village. */
    String defaultChoice() {
        String focus = simulation.focusCluster.get();
        List<String> all = choices();
        if (focus != null && all.contains(CLUSTER_PREFIX + focus)) {
            return CLUSTER_PREFIX + focus;
        }
        return all.isEmpty() ? null : all.get(0);
    }

    List<Paths> paths(String choice) {
        SimulationResult r = simulation.result.get();
        Scenario s = simulation.resultScenario.get();
        if (r == null || s == null || choice == null) {
            return List.of();
        }
        List<String> codes = choice.startsWith(CLUSTER_PREFIX)
                ? s.cluster(choice.substring(CLUSTER_PREFIX.length())).map(Cluster::members).orElse(List.of())
                : List.of(choice);
        Map<String, Village> villages = simulation.window.session.project().villagesByCode();
        List<Paths> out = new ArrayList<>();
        for (String code : codes) {
            VillageResult v = r.village(code).orElse(null);
            Village village = villages.get(code);
            if (v == null || village == null) {
                continue;
            }
            double[] base = WhatIfService.baselineOperating(village, s.assumptions(), r.years());
            out.add(new Paths(v.name(), base, v.operatingIncome(), r.monteCarlo().operatingIncomeP10().get(code),
                    r.monteCarlo().operatingIncomeP90().get(code)));
        }
        return out;
    }

    /** Names of the villages below either target in the highlight year. */
    List<String> belowNames() {
        SimulationResult r = simulation.result.get();
        Scenario s = simulation.resultScenario.get();
        if (r == null || s == null) {
            return List.of();
        }
        return WhatIfService.belowTargets(r, s.assumptions(), simulation.highlightYear.get()).stream()
                .map(code -> r.village(code).map(VillageResult::name).orElse(code)).toList();
    }
}
