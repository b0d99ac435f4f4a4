package org.villageplanner.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.villageplanner.Main;
import org.villageplanner.domain.Messages;
import org.villageplanner.service.LongshanPlan;
import org.villageplanner.store.GeoPackageRepository;

class ReportCommandTest {
    @TempDir
    static Path dir;
    private static Path gpkg;
    private final Locale before = Messages.locale();

    @BeforeAll
    static void writeProject() {
        gpkg = dir.resolve("longshan.gpkg");
        new GeoPackageRepository().write(LongshanPlan.project(), gpkg);
    }

    @AfterEach
    void restore() {
        Messages.setLocale(before);
    }

    @Test
    void reportWritesAnEnglishPlanWithTheComparisonAppendix() throws IOException {
        Path pdf = dir.resolve("plan-en.pdf");
        int code = PlannerCommand.run(Main.services(), "report", gpkg.toString(), "--scenario", "方案A",
                "--compare", "现状", "--out", pdf.toString(), "--lang", "en", "--author", "Longshan office");
        assertEquals(0, code);
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(doc);
            assertTrue(text.contains("Appendix A. Scenario comparison"));
            assertTrue(text.contains("徐福片区"));
            assertEquals("Longshan office", doc.getDocumentInformation().getAuthor());
        }
    }

    @Test
    void jsonOutputNamesTheFilePagesAndBytes() throws IOException {
        Path pdf = dir.resolve("plan-json.pdf");
        java.io.StringWriter text = new java.io.StringWriter();
        picocli.CommandLine cl = PlannerCommand.create(Main.services());
        cl.setOut(new java.io.PrintWriter(text, true));
        assertEquals(0, cl.execute("report", gpkg.toString(), "--scenario", "方案A", "--out", pdf.toString(),
                "--json"));
        var node = new com.fasterxml.jackson.databind.ObjectMapper().readTree(text.toString());
        assertEquals(pdf.toAbsolutePath().toString(), node.get("file").asText());
        assertEquals(Files.size(pdf), node.get("bytes").asLong());
        // cover, contents, overview, indicators, rule check, below-target villages, 2 per cluster, scorecard, model
        assertEquals(1 + 1 + 1 + 1 + 1 + 1 + 2 * 3 + 1 + 1, node.get("pages").asInt());
    }

    @Test
    void planIsChineseUnlessLangSaysOtherwise() throws IOException {
        Messages.setLocale(Messages.ENGLISH);
        Path pdf = dir.resolve("plan-default.pdf");
        assertEquals(0, PlannerCommand.run(Main.services(), "report", gpkg.toString(), "--out", pdf.toString()));
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertEquals("封面", doc.getDocumentCatalog().getDocumentOutline().getFirstChild().getTitle());
        }
    }

    @Test
    void withoutLangThePlanIsChineseButMessagesStayInTheSystemLanguage() throws IOException {
        Messages.setLocale(Messages.ENGLISH);
        CliRun bad = CliRun.of("report", gpkg.toString(), "--scenario", "方案Z", "--out",
                dir.resolve("z.pdf").toString());
        assertEquals(1, bad.exit());
        assertTrue(bad.err().contains("No scenario named \"方案Z\""), bad.err());
        Path pdf = dir.resolve("plan-zh.pdf");
        CliRun ok = CliRun.of("report", gpkg.toString(), "--out", pdf.toString());
        assertEquals(0, ok.exit(), ok.err());
        assertTrue(ok.out().contains("Wrote the plan"), ok.out());
        assertEquals(Messages.ENGLISH, Messages.locale());
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertEquals("封面", doc.getDocumentCatalog().getDocumentOutline().getFirstChild().getTitle());
        }
    }

    @Test
    void missingOutIsBadUsage() {
        assertEquals(2, PlannerCommand.run(Main.services(), "report", gpkg.toString()));
    }

    @Test
    void unknownScenarioFailsWithoutWritingAFile() {
        Path pdf = dir.resolve("none.pdf");
        assertEquals(1, PlannerCommand.run(Main.services(), "report", gpkg.toString(), "--scenario", "方案Z",
                "--out", pdf.toString()));
        assertFalse(Files.exists(pdf));
    }
}
