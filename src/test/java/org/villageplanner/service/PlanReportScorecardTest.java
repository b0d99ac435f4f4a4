package org.villageplanner.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.villageplanner.domain.PlanProject;
import org.villageplanner.domain.Scenario;
import org.villageplanner.finance.Scorecard;
import org.villageplanner.finance.Simulator;

/**
 * The plan PDF's scorecard columns are the same scorecards {@code compare --json} gives: a compared scenario with
 * Monte Carlo runs gets its own P(all meet) (it was left blank while the reported one had it), and every axis equals
 * {@link Scorecard#of} on that scenario's simulation.
 */
class PlanReportScorecardTest {
    @Test
    void comparedScenariosScorecardsCarryTheirOwnMonteCarlo() {
        PlanProject p = LongshanPlan.project();
        Scenario a = p.requireScenario("方案A");
        Scenario withRuns = a.withAssumptions(a.assumptions().withMonteCarlo(a.assumptions().monteCarlo().withRuns(200)));
        Scenario b = withRuns.withName("方案A 倒推");
        PlanProject project = p.withScenario(withRuns).withScenario(b);
        PlanReport report = PlanReports.build(project, "方案A", List.of("方案A 倒推"), "", List.of(),
                LocalDate.of(2026, 12, 6), Progress.NONE);
        assertEquals(List.of("方案A", "方案A 倒推"), report.scorecards().stream().map(PlanReport.ScorecardColumn::scenario)
                .toList());
        Scorecard compared = report.scorecards().get(1).scorecard();
        assertNotNull(compared.axis("pAllMeet").raw(), "the compared scenario's P(all meet) is computed");
        assertEquals(Scorecard.of(Simulator.simulate(b, project.villages())), compared);
        assertEquals(report.scorecards().get(0).scorecard(), compared, "the same plan scores the same");
    }
}
