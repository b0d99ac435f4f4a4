package org.villageplanner.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code report --level}: the multi-town cixi sample speaks for the county (全县) until the planner sets the level to
 * township; the setting is kept in the project for the next plan, and {@code auto} derives it again.
 */
class ReportLevelTest {
    @TempDir
    Path dir;

    private String plan(Path project, String name, String... level) throws Exception {
        Path pdf = dir.resolve(name);
        String[] base = {"--lang", "zh", "report", project.toString(), "--allow-invalid", "--out", pdf.toString()};
        String[] args = new String[base.length + level.length];
        System.arraycopy(base, 0, args, 0, base.length);
        System.arraycopy(level, 0, args, base.length, level.length);
        CliRun run = CliRun.of(args);
        assertEquals(0, run.exit(), run.err());
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(doc);
        }
    }

    @Test
    void theLevelSettingOverridesTheTownsAndIsKeptInTheProject() throws Exception {
        Path project = dir.resolve("cixi.gpkg");
        Files.copy(Path.of("samples/cixi.gpkg"), project);

        String derived = plan(project, "derived.pdf");
        assertTrue(derived.contains("全县指标"), "several towns: the county");

        String township = plan(project, "township.pdf", "--level", "township");
        assertTrue(township.contains("全镇指标"), "the planner's setting wins");
        assertFalse(township.contains("全县指标"));

        assertTrue(plan(project, "kept.pdf").contains("全镇指标"), "the setting is stored in the project");

        assertTrue(plan(project, "auto.pdf", "--level", "auto").contains("全县指标"), "auto derives it again");
    }

    @Test
    void anUnknownLevelIsAUsageErrorAndLeavesTheProjectAlone() throws Exception {
        Path project = dir.resolve("cixi.gpkg");
        Files.copy(Path.of("samples/cixi.gpkg"), project);
        byte[] before = Files.readAllBytes(project);
        CliRun run = CliRun.of("--lang", "en", "report", project.toString(), "--out", dir.resolve("x.pdf").toString(),
                "--level", "province");
        assertEquals(2, run.exit());
        assertTrue(run.err().contains("--level must be township, county or auto") && run.err().contains("province"),
                run.err());
        assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(project)), "project untouched");
        assertFalse(Files.exists(dir.resolve("x.pdf")));
    }
}
