package org.villageplanner.service;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.villageplanner.domain.Assumptions;
import org.villageplanner.domain.PlannerException;
import org.villageplanner.domain.PlanProject;
import org.villageplanner.domain.Scenario;
import org.villageplanner.domain.Village;
import org.villageplanner.finance.Comparison;
import org.villageplanner.finance.IncrementalSimulator;
import org.villageplanner.finance.SimulationResult;
import org.villageplanner.finance.VillageResult;

/**
 * What-if work on scenarios held in memory (the open project in the app): comparing 2–4 of them, the villages
 * still below the targets in a year, the baseline income path without any cluster, and fresh scenario names.
 * Figures come from {@link SimulationService} and {@link Comparison}; nothing is computed twice.
 */
public final class WhatIfService {
    /** A village's place against the targets in one year (MODEL.md §5). */
    public enum IncomeClass { MEETS_BOTH, BELOW_OPERATING, BELOW_TOTAL }

    /**
     * What differs for a village between the first scenario and another one: its cluster, its place against the
     * targets in year N, its strength class (thresholds), or the terms of its cluster (agreement, contributions,
     * projects, savings) with the same members.
     */
    public enum Difference { CLUSTER, INCOME_CLASS, STRENGTH, CLUSTER_TERMS }

    /**
     * A comparison with the results it was made from and, per village code, what differs in any scenario
     * against the first (villages that differ nowhere are absent).
     */
    public record ScenarioComparison(Comparison comparison, List<SimulationResult> results,
            List<Assumptions> assumptions, Map<String, Set<Difference>> differences) {
        public ScenarioComparison {
            results = List.copyOf(results);
            assumptions = List.copyOf(assumptions);
            differences = Map.copyOf(differences);
        }
    }

    public static final int MAX_COMPARED = 4;
    private final SimulationService simulation;

    public WhatIfService(SimulationService simulation) {
        this.simulation = Objects.requireNonNull(simulation);
    }

    /** The scenario simulated against {@code villages}, with its own Monte Carlo settings. */
    public SimulationResult simulate(Scenario scenario, List<Village> villages, Progress progress) {
        return simulation.simulate(scenario, villages, SimulationService.Overrides.NONE, progress);
    }

    /**
     * As {@link #simulate}, after an edit: {@code previous} is the result for {@code before} against the same
     * {@code villages} (or null). When the edit left the assumptions alone and no Monte Carlo is asked for, only the
     * clusters it touched are run again ({@link IncrementalSimulator}: the same result bit for bit); otherwise the
     * whole scenario is simulated.
     */
    public SimulationResult simulateAfter(Scenario before, SimulationResult previous, Scenario scenario,
            List<Village> villages, Progress progress) {
        SimulationResult derived = IncrementalSimulator.after(before, previous, scenario, villages);
        return derived != null ? derived : simulate(scenario, villages, progress);
    }

    /**
     * Simulates 2–4 scenarios over the first one's number of years and compares them, deltas against the first.
     *
     * @throws PlannerException when fewer than two or more than four are given
     */
    public ScenarioComparison compare(List<Scenario> scenarios, List<Village> villages, Progress progress) {
        if (scenarios.size() < 2 || scenarios.size() > MAX_COMPARED) {
            throw new PlannerException("whatif.compareCount", scenarios.size(), MAX_COMPARED);
        }
        Progress p = progress == null ? Progress.NONE : progress;
        int years = scenarios.get(0).assumptions().years();
        List<SimulationResult> results = new ArrayList<>();
        for (Scenario s : scenarios) {
            p.checkCancelled();
            results.add(simulation.simulate(s, villages, new SimulationService.Overrides(years, null, null), p));
        }
        List<Assumptions> assumptions = scenarios.stream().map(Scenario::assumptions).toList();
        return new ScenarioComparison(Comparison.of(results), results, assumptions,
                differences(results, scenarios, years));
    }

    private static Map<String, Set<Difference>> differences(List<SimulationResult> results,
            List<Scenario> scenarios, int year) {
        List<Assumptions> assumptions = scenarios.stream().map(Scenario::assumptions).toList();
        Map<String, Set<Difference>> out = new LinkedHashMap<>();
        SimulationResult base = results.get(0);
        for (VillageResult v : base.villages()) {
            IncomeClass before = incomeClass(v, assumptions.get(0), year);
            Set<Difference> d = EnumSet.noneOf(Difference.class);
            for (int i = 1; i < results.size(); i++) {
                VillageResult other = results.get(i).village(v.code()).orElse(null);
                if (other == null) {
                    continue;
                }
                if (!Objects.equals(v.cluster(), other.cluster())) {
                    d.add(Difference.CLUSTER);
                }
                if (incomeClass(other, assumptions.get(i), year) != before) {
                    d.add(Difference.INCOME_CLASS);
                }
                if (other.strength() != v.strength()) {
                    d.add(Difference.STRENGTH);
                }
                if (v.cluster() != null && Objects.equals(v.cluster(), other.cluster())
                        && termsDiffer(scenarios.get(0), scenarios.get(i), v.cluster())) {
                    d.add(Difference.CLUSTER_TERMS);
                }
            }
            if (!d.isEmpty()) {
                out.put(v.code(), d);
            }
        }
        return out;
    }

    /** Whether cluster {@code id} has other terms (anything but name, type, leader, members, lock) in b than in a. */
    private static boolean termsDiffer(Scenario a, Scenario b, String id) {
        var x = a.cluster(id).orElse(null);
        var y = b.cluster(id).orElse(null);
        if (x == null || y == null) {
            return false;
        }
        return !x.agreement().equals(y.agreement()) || !x.contributions().equals(y.contributions())
                || !x.projects().equals(y.projects()) || !x.savings().equals(y.savings())
                || !x.entity().equals(y.entity());
    }

    /** Where {@code v} stands in {@code year} against the targets of {@code a}. */
    public static IncomeClass incomeClass(VillageResult v, Assumptions a, int year) {
        if (v.totalIncome()[year] < a.totalIncomeTarget()) {
            return IncomeClass.BELOW_TOTAL;
        }
        return v.operatingIncome()[year] < a.operatingIncomeTarget() ? IncomeClass.BELOW_OPERATING
                : IncomeClass.MEETS_BOTH;
    }

    /** Codes of the villages below either target in {@code year} (0..N), in the result's order. */
    public static List<String> belowTargets(SimulationResult r, Assumptions a, int year) {
        int t = Math.max(0, Math.min(year, r.years()));
        return r.villages().stream().filter(v -> incomeClass(v, a, t) != IncomeClass.MEETS_BOTH)
                .map(VillageResult::code).toList();
    }

    /**
     * The village's operating income without any cluster: baseOperating × (1 + baselineGrowth)^t for
     * t = 0..years (MODEL.md §4 with no dividends or savings), yuan.
     */
    public static double[] baselineOperating(Village v, Assumptions a, int years) {
        double[] out = new double[years + 1];
        for (int t = 0; t <= years; t++) {
            out[t] = v.operatingIncome() * Math.pow(1 + a.baselineGrowth(), t);
        }
        return out;
    }

    /** {@code base}, or {@code base (2)}, {@code base (3)} ... whichever no scenario of {@code p} has. */
    public static String freshScenarioName(PlanProject p, String base) {
        if (p.scenario(base).isEmpty()) {
            return base;
        }
        int n = 2;
        while (p.scenario(base + " (" + n + ")").isPresent()) {
            n++;
        }
        return base + " (" + n + ")";
    }
}
