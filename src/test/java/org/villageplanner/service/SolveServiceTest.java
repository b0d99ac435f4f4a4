package org.villageplanner.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.villageplanner.domain.Agreement;
import org.villageplanner.domain.Cluster;
import org.villageplanner.domain.PlannerException;
import org.villageplanner.domain.PlanProject;
import org.villageplanner.domain.Scenario;
import org.villageplanner.domain.ShareRule;
import org.villageplanner.domain.Village;
import org.villageplanner.finance.GoalProbability;
import org.villageplanner.finance.SimulationResult;
import org.villageplanner.finance.Simulator;
import org.villageplanner.importer.ScenarioJson;
import org.villageplanner.store.GeoPackageRepository;

/**
 * Goal seeking on the 龙山镇 sample's 方案A (samples/longshan.gpkg): every answer is confirmed by simulating the
 * scenario with the lever set to it, with the same runs and seed (probability ≥ asked), and one tolerance below
 * (probability below). The villages are those of the plan's clusters (a village in no cluster cannot be moved by
 * any lever); 徐福片区 is switched to GUARANTEED_PLUS_FLOATING so that every lever has a cluster to act on.
 */
public class SolveServiceTest {
    private static final Path SAMPLE = LongshanPlan.REPO.resolve("samples/longshan.gpkg");
    private static final int RUNS = 400;
    private static final long SEED = 11;
    private static final ProjectService PROJECTS = new ProjectService(new GeoPackageRepository());
    private static final SimulationService SIMULATION = new SimulationService(PROJECTS,
            new ScenarioService(new ScenarioJson(), new GeoPackageRepository()));
    private static final SolveService SOLVE = new SolveService(SIMULATION, PROJECTS);

    /** A scenario and the villages it is solved on. */
    public record Plan(Scenario scenario, List<Village> villages) {
    }

    /**
     * 方案A cut down to one cluster and its villages, with the targets set where that cluster's villages are near
     * them (so that each lever has work to do).
     */
    public static Plan plan(String cluster, double operatingTarget, double totalTarget) {
        PlanProject p = PROJECTS.open(SAMPLE);
        Scenario s = p.requireScenario("方案A");
        Cluster c = s.clusters().stream().filter(x -> x.id().equals(cluster)).findFirst().orElseThrow();
        if (c.id().equals("xufu")) {
            Agreement a = c.agreement();
            c = c.withAgreement(new Agreement(ShareRule.GUARANTEED_PLUS_FLOATING, a.basis(), a.fixedShares(), 0.02,
                    "town", a.floor(), a.reserveRatio(), a.welfareRatio(), a.payoutRatio()));
        }
        Set<String> members = new HashSet<>(c.members());
        List<Village> villages = p.villages().stream().filter(v -> members.contains(v.code())).toList();
        var a = s.assumptions();
        var targets = new org.villageplanner.domain.Assumptions(a.years(), a.baselineGrowth(), a.discountRate(),
                totalTarget, operatingTarget, a.strongThreshold(), a.weakThreshold(), a.landYuanPerMu(),
                a.monteCarlo());
        return new Plan(s.withClusters(List.of(c)).withAssumptions(targets), villages);
    }

    /** 松浦 (weak villages under WEAK_VILLAGE_FLOOR) for {@code floor}; 徐福 (GUARANTEED_PLUS_FLOATING) otherwise. */
    public static Plan plan(String lever) {
        return lever.equals("floor") ? plan("songpu", 650_000, 1_000_000) : plan("xufu", 1_300_000, 1_650_000);
    }

    private static SolveService.Request request(String lever, String cluster, String party, String project,
            String goal, double probability, Double max) {
        return new SolveService.Request("方案A", lever, cluster, party, project, goal, 6, probability, null, max, RUNS,
                SEED, null);
    }

    @ParameterizedTest
    @CsvSource({
        "floor, songpu, , , operating, 0.8, ",
        "floor, songpu, , , total, 0.8, ",
        "floor, songpu, , , share:0.9, 0.8, ",
        "guaranteedYield, xufu, , , operating, 0.6, 1.0",
        "guaranteedYield, xufu, , , total, 0.6, 1.0",
        "guaranteedYield, xufu, , , share:0.6, 0.8, 1.0",
        "payoutRatio, xufu, , , operating, 0.3, ",
        "payoutRatio, xufu, , , total, 0.25, ",
        "payoutRatio, xufu, , , share:0.6, 0.5, ",
        "outsideCash, xufu, town, , operating, 0.5, ",
        "outsideCash, xufu, town, , total, 0.5, ",
        "outsideCash, xufu, town, , share:0.6, 0.7, ",
        "revenueFactor, xufu, , 康养基地, operating, 0.8, ",
        "revenueFactor, xufu, , 康养基地, total, 0.8, ",
        "revenueFactor, xufu, , 康养基地, share:0.6, 0.8, ",
    })
    void answersAreConfirmedBySimulatingTheScenarioWithTheLeverSet(String lever, String cluster, String party,
            String project, String goal, double probability, Double max) {
        Plan plan = plan(lever);
        SolveService.Request r = request(lever, cluster, party, project, goal, probability, max);
        SolveService.Result res = SOLVE.solve(plan.scenario(), plan.villages(), r, Progress.NONE);
        var a = res.answer();
        assertTrue(a.reachable(), a.toString());
        assertTrue(a.probabilityAtValue() >= probability);
        assertTrue(probabilityOf(plan, r, a.value()) >= probability, lever + " " + goal + " at " + a.value());
        if (a.valueBelow() != null) {
            assertEquals(a.value() - res.lever().tolerance, a.valueBelow(), 1e-9);
            double below = probabilityOf(plan, r, a.valueBelow());
            assertTrue(below < probability, lever + " " + goal + " below " + a.valueBelow() + ": " + below);
            assertEquals(a.probabilityBelow(), below);
        } else {
            assertEquals(0, a.value(), "only an answer at the minimum has no value below");
        }
        assertTrue(res.failing().isEmpty());
    }

    /**
     * The probability of the goal for the scenario with the lever set, from {@code simulate}'s Monte Carlo
     * ({@code pAllMeetByYear}) for operating and total; for share:F by counting villages in each run.
     */
    private static double probabilityOf(Plan plan, SolveService.Request r, double value) {
        Scenario saved = SOLVE.withLever(plan.scenario(), plan.villages(), r, value, "saved");
        Scenario runs = new SimulationService.Overrides(null, RUNS, SEED).apply(saved);
        if (r.goal().startsWith("share:")) {
            var goal = SolveService.Goal.parse(r.goal());
            return GoalProbability.evaluate(runs, plan.villages(), new GoalProbability.Spec(goal.kind(), goal.share(),
                    r.byYear(), RUNS, SEED), org.villageplanner.finance.MonteCarlo.Listener.NONE).probability();
        }
        SimulationResult sim = Simulator.simulate(runs, plan.villages());
        return sim.monteCarlo().pAllMeetByYear().of(r.goal())[r.byYear()];
    }

    @Test
    void unreachableGoalHasNoValueAndNamesTheVillagesStillMissingIt() {
        Plan plan = plan("floor");
        SolveService.Request r = new SolveService.Request("方案A", "floor", "songpu", null, null, "operating", 6, 0.95,
                0.0, 600_000.0, RUNS, SEED, null);
        SolveService.Result res = SOLVE.solve(plan.scenario(), plan.villages(), r, Progress.NONE);
        assertFalse(res.answer().reachable());
        assertNull(res.answer().value());
        assertNull(res.answer().valueBelow());
        assertEquals(600_000, res.answer().curve().get(res.answer().curve().size() - 1).value());
        // The two weak 松浦 villages stay below the 650,000 target with a floor of at most 600,000.
        assertTrue(res.failing().containsAll(List.of("330282123226", "330282123221")), res.failing().toString());
        assertTrue(plan.villages().stream().map(Village::code).toList().containsAll(res.failing()));
    }

    @Test
    void leversThatCannotMoveTheGoalAreRefusedSayingWhy() {
        Plan xufu = plan("xufu", 1_300_000, 1_650_000);
        PlannerException rule = assertThrows(PlannerException.class, () -> SOLVE.solve(xufu.scenario(),
                xufu.villages(), request("floor", "xufu", null, null, "operating", 0.8, null), Progress.NONE));
        assertEquals("goalseek.floor.rule", rule.key());
        assertTrue(rule.getMessage().contains("GUARANTEED_PLUS_FLOATING"), rule.getMessage());
        Plan songpu = plan("songpu", 650_000, 1_000_000);
        var a = songpu.scenario().assumptions();
        Scenario noWeak = songpu.scenario().withAssumptions(new org.villageplanner.domain.Assumptions(a.years(),
                a.baselineGrowth(), a.discountRate(), a.totalIncomeTarget(), a.operatingIncomeTarget(),
                a.strongThreshold(), 100_000, a.landYuanPerMu(), a.monteCarlo()));
        PlannerException weak = assertThrows(PlannerException.class, () -> SOLVE.solve(noWeak, songpu.villages(),
                request("floor", "songpu", null, null, "operating", 0.8, null), Progress.NONE));
        assertEquals("goalseek.floor.noWeak", weak.key());
        assertEquals("goalseek.yield.rule", assertThrows(PlannerException.class, () -> SOLVE.solve(songpu.scenario(),
                songpu.villages(), request("guaranteedYield", "songpu", null, null, "total", 0.8, null),
                Progress.NONE)).key());
        assertEquals("goalseek.cash.village", assertThrows(PlannerException.class, () -> SOLVE.solve(
                xufu.scenario(), xufu.villages(), request("outsideCash", "xufu", "330282123211", null, "total", 0.8,
                        null), Progress.NONE)).key());
        assertEquals("goalseek.lever.unknown", assertThrows(PlannerException.class, () -> SOLVE.solve(
                xufu.scenario(), xufu.villages(), request("subsidy", "xufu", null, null, "total", 0.8, null),
                Progress.NONE)).key());
        assertEquals("goalseek.goal.unknown", assertThrows(PlannerException.class, () -> SOLVE.solve(
                xufu.scenario(), xufu.villages(), request("payoutRatio", "xufu", null, null, "share:1.5", 0.8, null),
                Progress.NONE)).key());
    }

    @Test
    void saveAsWritesTheScenarioWithTheLeverSetIntoTheProjectFile(@TempDir Path dir) throws Exception {
        Path copy = dir.resolve("longshan.gpkg");
        Files.copy(SAMPLE, copy);
        SolveService.Request r = new SolveService.Request("方案A", "floor", "songpu", null, null, "share:0.85", 6, 0.8,
                null, null, RUNS, SEED, "方案A 保底");
        SolveService.Result res = SOLVE.solve(copy, r, Progress.NONE);
        assertTrue(res.answer().reachable(), res.answer().toString());
        assertEquals("方案A 保底", res.savedAs());
        PlanProject reopened = PROJECTS.open(copy);
        Cluster songpu = reopened.requireScenario("方案A 保底").clusters().stream()
                .filter(c -> c.id().equals("songpu")).findFirst().orElseThrow();
        assertEquals(res.answer().value(), songpu.agreement().floor());
        assertNotNull(reopened.requireScenario("方案A"));
        PlannerException again = assertThrows(PlannerException.class, () -> SOLVE.solve(copy, r, Progress.NONE));
        assertEquals("goalseek.save.exists", again.key());
    }

    @Test
    void cancellingStopsTheSearch() {
        Plan plan = plan("floor");
        Progress cancelled = new Progress() {
            @Override
            public void update(double done, double total, String message) {
            }

            @Override
            public boolean isCancelled() {
                return true;
            }
        };
        assertThrows(CancelledException.class, () -> SOLVE.solve(plan.scenario(), plan.villages(),
                request("floor", "songpu", null, null, "operating", 0.8, null), cancelled));
    }
}
