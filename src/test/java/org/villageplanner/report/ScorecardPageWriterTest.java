package org.villageplanner.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.villageplanner.domain.Messages;
import org.villageplanner.domain.Scenario;
import org.villageplanner.finance.Scorecard;
import org.villageplanner.finance.Simulator;
import org.villageplanner.service.PlanReport;
import org.villageplanner.service.Progress;

/** The scorecard page: one page more, its heading and every axis with each scenario's score as text. */
class ScorecardPageWriterTest {
    @Test
    void scorecardPageListsEveryAxisWithEachScenariosScore(@TempDir Path dir) throws Exception {
        Messages.setLocale(Messages.CHINESE);
        try {
            PlanReport plain = ReportFixtures.grid(4, 3, 10, true);
            var project = ReportFixtures.project(4, 3);
            Scenario s = new Scenario("方案A", "", org.villageplanner.domain.Assumptions.DEFAULTS,
                    ReportFixtures.clusters(project.villages(), 4, 3));
            Scorecard card = Scorecard.of(Simulator.simulate(s, project.villages()));
            Scorecard none = Scorecard.of(Simulator.simulate(s.withClusters(List.of()), project.villages()));
            PlanReport withCards = new PlanReport(plain.info(), plain.scenarioName(), plain.date(), plain.author(),
                    plain.assumptions(), plain.villages(), plain.context(), plain.indicators(), plain.sections(),
                    plain.comparisons(), plain.uncertainty(), plain.checks(), List.of(new PlanReport.ScorecardColumn("方案A", card),
                            new PlanReport.ScorecardColumn("现状", none)));
            int without = new PdfPlanReportWriter().write(plain, dir.resolve("a.pdf"), Progress.NONE);
            int with = new PdfPlanReportWriter().write(withCards, dir.resolve("b.pdf"), Progress.NONE);
            assertEquals(without + 1, with);
            try (PDDocument doc = Loader.loadPDF(dir.resolve("b.pdf").toFile())) {
                String text = new PDFTextStripper().getText(doc);
                assertTrue(text.contains(Messages.get("report.scorecard")));
                for (String axis : Scorecard.AXES) {
                    assertTrue(text.contains(Messages.get("report.scorecard.axis." + axis)), axis);
                }
                Double gini = card.axis("giniVillage").score();
                assertTrue(text.contains(String.format(Locale.ROOT, "%.1f", gini)), "gini score " + gini);
            }
        } finally {
            Messages.setLocale(Messages.ENGLISH);
        }
    }
}
