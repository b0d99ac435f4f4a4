package org.villageplanner.service;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.villageplanner.domain.Messages;
import org.villageplanner.domain.PlanProject;
import org.villageplanner.domain.Scenario;
import org.villageplanner.finance.SimulationResult;
import org.villageplanner.finance.Simulator;
import org.villageplanner.importer.GeoJsonReader;
import org.villageplanner.report.PdfPlanReportWriter;

/**
 * The plan PDF's income charts shade each village's Monte Carlo P10–P90 band, and say so in the legend, only when
 * the scenario was simulated with runs; the band is the one {@code simulate --json} prints (operatingIncomeP10/P90).
 */
class PdfIncomeBandTest {
    private static final String NOTE_ZH = "阴影：P10–P90 区间";
    private static final String NOTE_EN = "shaded: P10–P90 range";
    @TempDir
    Path dir;
    private final Locale before = Messages.locale();

    @AfterEach
    void restore() {
        Messages.setLocale(before);
    }

    private static PlanProject withRuns(int runs) {
        PlanProject project = LongshanPlan.project();
        Scenario a = project.requireScenario("方案A");
        return project.withScenario(a.withAssumptions(a.assumptions()
                .withMonteCarlo(a.assumptions().monteCarlo().withRuns(runs))));
    }

    private String exportedText(PlanProject project, String file) throws IOException {
        Path out = dir.resolve(file);
        new ReportService(new NoRepository(), new PdfPlanReportWriter(), new GeoJsonReader(),
                LongshanPlan.REPO.resolve("maps")).export(project, new ReportService.Request("方案A", List.of(), null),
                out, Progress.NONE);
        if (System.getProperty("pdfband.keep") != null) {
            java.nio.file.Files.copy(out, Path.of(System.getProperty("pdfband.keep"), file),
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        try (PDDocument doc = Loader.loadPDF(out.toFile())) {
            return new PDFTextStripper().getText(doc);
        }
    }

    @Test
    void theLegendNamesTheShadedBandOnlyWhenMonteCarloWasRun() throws IOException {
        Messages.setLocale(Messages.CHINESE);
        String without = exportedText(withRuns(0), "deterministic.pdf");
        assertTrue(without.contains("徐福片区"), "the cluster pages are there");
        assertFalse(without.contains(NOTE_ZH), "no runs, no band");

        String with = exportedText(withRuns(100), "montecarlo.pdf");
        int charts = with.split(NOTE_ZH, -1).length - 1;
        int clusters = withRuns(100).requireScenario("方案A").clusters().size();
        assertEquals(clusters, charts, "one band note per cluster income chart");
    }

    @Test
    void theEnglishPlanSaysShadedRange() throws IOException {
        Messages.setLocale(Locale.ENGLISH);
        assertTrue(exportedText(withRuns(100), "en.pdf").contains(NOTE_EN));
        assertFalse(exportedText(withRuns(0), "en0.pdf").contains(NOTE_EN));
    }

    @Test
    void memberRowsCarryTheSimulatedPercentilesAndNothingWithoutRuns() {
        PlanProject project = withRuns(100);
        PlanReport report = PlanReports.build(project, "方案A", List.of(), null, List.of(),
                java.time.LocalDate.of(2026, 1, 1), Progress.NONE);
        SimulationResult sim = Simulator.simulate(project.requireScenario("方案A"), project.villages());
        int banded = 0;
        for (PlanReport.ClusterSection s : report.sections()) {
            for (PlanReport.MemberIncome m : s.members()) {
                assertTrue(m.hasBand(), m.name());
                assertArrayEquals(sim.monteCarlo().operatingIncomeP10().get(m.code()),
                        m.operatingP10().stream().mapToDouble(Double::doubleValue).toArray(), 1e-9, m.name());
                assertArrayEquals(sim.monteCarlo().operatingIncomeP90().get(m.code()),
                        m.operatingP90().stream().mapToDouble(Double::doubleValue).toArray(), 1e-9, m.name());
                for (int t = 0; t < m.operatingP10().size(); t++) {
                    assertTrue(m.operatingP10().get(t) <= m.operatingP90().get(t), m.name() + " year " + t);
                }
                banded++;
            }
        }
        assertTrue(banded > 0);
        for (PlanReport.ClusterSection s : PlanReports.build(withRuns(0), "方案A", List.of(), null, List.of(),
                java.time.LocalDate.of(2026, 1, 1), Progress.NONE).sections()) {
            for (PlanReport.MemberIncome m : s.members()) {
                assertFalse(m.hasBand(), m.name());
                assertTrue(m.operatingP10().isEmpty() && m.operatingP90().isEmpty());
            }
        }
    }

    /** Export reads nothing from a project file here: the project is built in memory. */
    private static final class NoRepository implements ProjectRepository {
        @Override
        public PlanProject read(Path file) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void write(PlanProject p, Path file) {
            throw new UnsupportedOperationException();
        }
    }
}
