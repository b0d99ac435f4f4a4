package org.villageplanner.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.villageplanner.domain.Assumptions;
import org.villageplanner.domain.Messages;
import org.villageplanner.domain.PlanProject;
import org.villageplanner.domain.Scenario;
import org.villageplanner.finance.GoalProbability;
import org.villageplanner.importer.GeoJsonReader;
import org.villageplanner.report.PdfPlanReportWriter;

/**
 * The plan's table of villages below the targets gives, where Monte Carlo was run, each village's probability of
 * meeting the operating-income and the total-income target in year N: the figure of goal seeking
 * ({@link GoalProbability}), computed once, on the same runs and seed as the rest of the plan.
 */
class BelowTargetProbabilityTest {
    private static final int RUNS = 100; // whole percentages: no rounding tie in the printed figures
    @TempDir
    Path dir;

    private static PlanProject withRuns(int runs) {
        PlanProject project = LongshanPlan.project();
        Scenario a = project.requireScenario("方案A");
        return project.withScenario(a.withAssumptions(a.assumptions()
                .withMonteCarlo(a.assumptions().monteCarlo().withRuns(runs))));
    }

    @Test
    void eachVillageBelowTheTargetsCarriesTheGoalSeekingProbability() {
        PlanProject project = withRuns(RUNS);
        PlanReport report = PlanReports.build(project, "方案A", List.of(), null, List.of(),
                java.time.LocalDate.of(2026, 1, 1), Progress.NONE);
        Scenario a = project.requireScenario("方案A");
        Assumptions as = a.assumptions();
        int n = as.years();
        long seed = report.uncertainty().seed();
        double[] operating = GoalProbability.evaluate(a, project.villages(),
                new GoalProbability.Spec(GoalProbability.Goal.OPERATING, 1, n, RUNS, seed), org.villageplanner.finance.MonteCarlo.Listener.NONE).villageShare();
        double[] total = GoalProbability.evaluate(a, project.villages(),
                new GoalProbability.Spec(GoalProbability.Goal.TOTAL, 1, n, RUNS, seed), org.villageplanner.finance.MonteCarlo.Listener.NONE).villageShare();
        List<String> codes = project.villages().stream().map(v -> v.code()).toList();
        List<PlanChecks.BelowTarget> below = report.checks().below();
        assertFalse(below.isEmpty(), "龙山镇 has villages below the targets");
        for (PlanChecks.BelowTarget b : below) {
            int i = codes.indexOf(b.code());
            assertEquals(operating[i], b.pOperatingN(), 0.0, b.name());
            assertEquals(total[i], b.pTotalN(), 0.0, b.name());
            // The percentiles and the probability come from the same runs.
            if (b.p90N() < as.operatingIncomeTarget()) {
                assertTrue(b.pOperatingN() <= 0.1 + 1e-9, b.name() + " P90 below target, yet P = " + b.pOperatingN());
            }
            if (b.p10N() >= as.operatingIncomeTarget()) {
                assertTrue(b.pOperatingN() >= 0.9 - 1e-9, b.name() + " P10 at target, yet P = " + b.pOperatingN());
            }
        }
    }

    @Test
    void withoutMonteCarloThereIsNoProbability() {
        PlanProject project = withRuns(0);
        PlanReport report = PlanReports.build(project, "方案A", List.of(), null, List.of(),
                java.time.LocalDate.of(2026, 1, 1), Progress.NONE);
        for (PlanChecks.BelowTarget b : report.checks().below()) {
            assertNull(b.pOperatingN());
            assertNull(b.pTotalN());
        }
    }

    @Test
    void thePdfPrintsTheProbabilityPerVillageOnlyWhenMonteCarloWasRun() throws IOException {
        PlanProject project = withRuns(RUNS);
        PlanReport report = PlanReports.build(project, "方案A", List.of(), null, List.of(),
                java.time.LocalDate.of(2026, 1, 1), Progress.NONE);
        int n = report.assumptions().years();
        String with = text(project, "mc.pdf");
        assertTrue(with.contains("第 " + n + " 年达标"), "the column is there");
        assertTrue(with.contains("达标概率：蒙特卡洛 " + RUNS + " 次模拟"), "and its note");
        for (PlanChecks.BelowTarget b : report.checks().below()) {
            assertNotNull(b.pOperatingN());
            String cell = Math.round(100 * b.pOperatingN()) + "% / " + Math.round(100 * b.pTotalN()) + "%";
            assertTrue(with.contains(cell), b.name() + ": " + cell);
        }
        String without = text(withRuns(0), "plain.pdf");
        assertFalse(without.contains("达标概率：蒙特卡洛"), "no runs, no probability note");
        assertFalse(without.contains("% / "), "nor a probability cell");
    }

    private String text(PlanProject project, String file) throws IOException {
        Path out = dir.resolve(file);
        new ReportService(new MemoryRepository(), new PdfPlanReportWriter(), new GeoJsonReader(),
                LongshanPlan.REPO.resolve("maps")).export(project,
                new ReportService.Request("方案A", List.of(), null, Messages.CHINESE), out, Progress.NONE);
        try (PDDocument doc = Loader.loadPDF(out.toFile())) {
            return new PDFTextStripper().getText(doc);
        }
    }
}
