package org.villageplanner.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Geometry;
import org.villageplanner.domain.Cluster;
import org.villageplanner.domain.Messages;
import org.villageplanner.domain.PlanProject;
import org.villageplanner.domain.Scenario;
import org.villageplanner.domain.Village;
import org.villageplanner.finance.ClusterResult;
import org.villageplanner.finance.GoalProbability;
import org.villageplanner.finance.IndicatorYear;
import org.villageplanner.finance.MonteCarlo;
import org.villageplanner.finance.PartyShare;
import org.villageplanner.finance.Payout;
import org.villageplanner.finance.SimulationResult;
import org.villageplanner.finance.Simulator;
import org.villageplanner.finance.VillageResult;
import org.villageplanner.finance.WaterfallYear;

/**
 * Fills a {@link PlanReport} from a project and the finance simulation: the report prints the deterministic plan
 * figures (MODEL.md §1–§5) exactly as {@code finance} computed them, plus the Monte Carlo probability of meeting
 * the targets when the scenario asks for runs (§6), with shares as displayed (rounded by largest
 * remainder to add up to 100.00%) and payouts to the fen.
 */
final class PlanReports {
    private PlanReports() {
    }

    static PlanReport build(PlanProject project, String scenarioName, List<String> compare, String author,
                            List<Geometry> context, LocalDate date, Progress progress) {
        Scenario scenario = project.requireScenario(scenarioName);
        int runs = scenario.assumptions().monteCarlo().runs();
        SimulationResult sim = runs > 0 ? Simulator.simulate(scenario, project.villages(), listener(progress))
                : Simulator.deterministic(scenario, project.villages());
        if (sim == null) {
            throw new CancelledException();
        }
        Map<String, Village> villages = project.villagesByCode();
        List<PlanReport.ClusterSection> sections = new ArrayList<>();
        for (Cluster c : scenario.clusters()) {
            ClusterResult r = sim.cluster(c.id()).orElse(null);
            if (r != null) {
                sections.add(section(c, r, sim, villages));
            }
        }
        List<PlanReport.ScenarioSummary> comparisons = new ArrayList<>();
        List<PlanReport.ScorecardColumn> scorecards = new ArrayList<>();
        scorecards.add(new PlanReport.ScorecardColumn(scenario.name(), org.villageplanner.finance.Scorecard.of(sim)));
        for (String name : compare == null ? List.<String>of() : compare) {
            Scenario other = project.requireScenario(name);
            // With its own Monte Carlo when it asks for runs, so that its scorecard's P(all meet) stands beside the
            // reported scenario's (a goal-seeking answer is compared on exactly that).
            SimulationResult o = other.assumptions().monteCarlo().runs() > 0
                    ? Simulator.simulate(other, project.villages(), listener(progress))
                    : Simulator.deterministic(other, project.villages());
            if (o == null) {
                throw new CancelledException();
            }
            scorecards.add(new PlanReport.ScorecardColumn(other.name(), org.villageplanner.finance.Scorecard.of(o)));
            comparisons.add(new PlanReport.ScenarioSummary(other.name(), other.clusters().size(),
                    ClusterFigures.coverage(project, other), indicators(o)));
        }
        PlanReport.Uncertainty uncertainty = runs > 0
                ? new PlanReport.Uncertainty(runs, sim.seed(), sim.monteCarlo().pAllMeetTargets()) : null;
        Map<String, Double> pOperating = runs > 0 ? meeting(project, scenario, sim, GoalProbability.Goal.OPERATING,
                progress) : Map.of();
        Map<String, Double> pTotal = runs > 0 ? meeting(project, scenario, sim, GoalProbability.Goal.TOTAL, progress)
                : Map.of();
        PlanChecks checks = new PlanChecks(PlanChecks.levelOf(project.villages(), project.info()),
                findings(project, scenario), BelowTargets.of(sim, scenario.assumptions(), pOperating, pTotal));
        return new PlanReport(project.info(), scenario.name(), date, author, scenario.assumptions(),
                project.villages(), context, indicators(sim), sections, comparisons, uncertainty, checks, scorecards);
    }

    private static final GeoService GEO = new GeoService();

    /** Every rule finding of the scenario, as `validate` reports them, with the cluster's name. */
    private static List<PlanChecks.Finding> findings(PlanProject project, Scenario scenario) {
        List<PlanChecks.Finding> out = new ArrayList<>();
        for (org.villageplanner.cluster.Problem p : new ValidationService(GEO).validate(project, scenario, null)
                .problems()) {
            String name = p.clusterId() == null ? null
                    : scenario.cluster(p.clusterId()).map(Cluster::name).orElse(p.clusterId());
            out.add(new PlanChecks.Finding(name, p));
        }
        return out;
    }

    /**
     * Per village, the probability of meeting {@code goal}'s target in year N over the scenario's Monte Carlo runs
     * (same runs and seed as {@code sim}): the one implementation, that of {@code solve}.
     */
    private static Map<String, Double> meeting(PlanProject project, Scenario scenario, SimulationResult sim,
                                               GoalProbability.Goal goal, Progress progress) {
        GoalProbability.Outcome o = GoalProbability.evaluate(scenario, project.villages(),
                new GoalProbability.Spec(goal, 1, sim.years(), sim.runs(), sim.seed()), listener(progress));
        if (o == null) {
            throw new CancelledException();
        }
        Map<String, Double> out = new java.util.HashMap<>();
        for (int v = 0; v < project.villages().size(); v++) {
            out.put(project.villages().get(v).code(), o.villageShare()[v]);
        }
        return out;
    }

    private static MonteCarlo.Listener listener(Progress progress) {
        return MonteCarlo.Listener.of((done, total) -> progress.update(done, total,
                Messages.get("report.progress.monteCarlo", done, total)), progress::isCancelled);
    }

    private static PlanReport.ClusterSection section(Cluster c, ClusterResult r, SimulationResult sim,
                                                     Map<String, Village> villages) {
        List<PlanReport.MemberIncome> members = new ArrayList<>();
        for (String code : c.members()) {
            sim.village(code).ifPresent(v -> members.add(new PlanReport.MemberIncome(v.code(), v.name(),
                    v.strength(), list(v.operatingIncome()), list(v.totalIncome()),
                    band(sim, sim.monteCarlo().operatingIncomeP10(), code),
                    band(sim, sim.monteCarlo().operatingIncomeP90(), code))));
        }
        List<PlanReport.ShareRow> shares = new ArrayList<>();
        for (PartyShare s : r.shares()) {
            Payout p = r.payout(s.party());
            Village v = villages.get(s.party());
            String name = v != null ? v.name() : s.name();
            shares.add(new PlanReport.ShareRow(s.party(), name, s.value(), s.basisPoints() / 10_000.0,
                    p == null ? 0 : p.totalFen() / 100.0));
        }
        List<PlanReport.WaterfallRow> waterfall = new ArrayList<>();
        for (WaterfallYear w : r.waterfall()) {
            waterfall.add(new PlanReport.WaterfallRow(w.year(), w.revenue(), w.opex(), w.depreciation(),
                    w.profitBeforeTax(), w.tax(), w.reserve(), w.welfare(), w.guaranteed(), w.shortfall(),
                    w.dividends(), w.retained()));
        }
        List<PlanReport.Transfer> transfers = r.transfers().stream()
                .map(t -> new PlanReport.Transfer(t.year(), t.from(), t.to(), t.amount())).toList();
        return new PlanReport.ClusterSection(c, members, shares, waterfall, transfers, r.npv(), r.irr(),
                r.paybackYear());
    }

    static List<PlanReport.IndicatorRow> indicators(SimulationResult sim) {
        List<PlanReport.IndicatorRow> rows = new ArrayList<>();
        for (IndicatorYear y : sim.indicators()) {
            double max = Double.NEGATIVE_INFINITY;
            double min = Double.POSITIVE_INFINITY;
            for (VillageResult v : sim.villages()) {
                double x = v.operatingIncome()[y.year()];
                max = Math.max(max, x);
                min = Math.min(min, x);
            }
            boolean any = !sim.villages().isEmpty();
            rows.add(new PlanReport.IndicatorRow(y, any ? max : 0, any ? min : 0));
        }
        return rows;
    }


    /** One village's Monte Carlo percentile path (the same band {@code simulate --json} prints); empty without runs. */
    private static List<Double> band(SimulationResult sim, Map<String, double[]> byCode, String code) {
        double[] values = sim.runs() > 0 ? byCode.get(code) : null;
        return values == null ? List.of() : list(values);
    }

    private static List<Double> list(double[] values) {
        List<Double> out = new ArrayList<>(values.length);
        for (double v : values) {
            out.add(v);
        }
        return out;
    }
}
