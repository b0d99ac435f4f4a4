package org.villageplanner.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineNode;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.villageplanner.domain.Messages;
import org.villageplanner.service.CancelledException;
import org.villageplanner.service.PlanReport;
import org.villageplanner.service.Progress;

class PdfPlanReportWriterTest {
    @TempDir
    Path dir;
    private final Locale before = Messages.locale();

    @AfterEach
    void restoreLocale() {
        Messages.setLocale(before);
    }

    private Path write(PlanReport report) {
        Path out = dir.resolve("plan.pdf");
        new PdfPlanReportWriter().write(report, out, Progress.NONE);
        return out;
    }

    @Test
    void pageCountIsFixedPagesPlusTwoPerCluster() throws IOException {
        PlanReport report = ReportFixtures.grid(5, 4, 10, true);
        assertEquals(4, report.sections().size());
        Path out = dir.resolve("plan.pdf");
        int written = new PdfPlanReportWriter().write(report, out, Progress.NONE);
        // cover, contents, overview, indicators, rule check, below-target villages, 2 per cluster, comparison, model
        int expected = 1 + 1 + 1 + 1 + 1 + 1 + 2 * 4 + 1 + 1;
        assertEquals(expected, written);
        try (PDDocument doc = Loader.loadPDF(out.toFile())) {
            assertEquals(expected, doc.getNumberOfPages());
            assertEquals("龙山镇村庄片区组团规划", doc.getDocumentInformation().getTitle());
            assertEquals("龙山镇农办", doc.getDocumentInformation().getAuthor());
            assertTrue(doc.getDocumentInformation().getSubject().contains("方案A"));
        }
    }

    @Test
    void bookmarksNameEverySectionAndEveryCluster() throws IOException {
        Messages.setLocale(Messages.CHINESE);
        PlanReport report = ReportFixtures.grid(5, 4, 10, true);
        try (PDDocument doc = Loader.loadPDF(write(report).toFile())) {
            PDOutlineNode root = doc.getDocumentCatalog().getDocumentOutline();
            assertEquals(List.of("封面", "目录", "片区总览图", "全镇指标", "规则检查", "未达标村", "片区方案", "附录一 方案比较",
                    "附录二 测算模型说明"),
                    titles(root));
            PDOutlineItem clusters = child(root, "片区方案");
            assertEquals(report.sections().stream().map(s -> s.cluster().name()).toList(), titles(clusters));
            for (PDOutlineItem item : clusters.children()) {
                assertTrue(item.findDestinationPage(doc) != null, item.getTitle() + " has no target page");
            }
            // The contents page links each line to its section: 6 sections + the clusters' heading + 4 clusters.
            var links = doc.getPage(1).getAnnotations();
            assertEquals(6 + 1 + 4, links.size());
            var first = (org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink) links.get(0);
            var target = (org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination)
                    first.getDestination();
            assertEquals(2, doc.getPages().indexOf(target.getPage()), "片区总览图 is the third page");
        }
    }

    @Test
    void comparisonAppendixOnlyWhenAsked() throws IOException {
        Messages.setLocale(Messages.CHINESE);
        try (PDDocument doc = Loader.loadPDF(write(ReportFixtures.grid(5, 4, 10, false)).toFile())) {
            assertFalse(titles(doc.getDocumentCatalog().getDocumentOutline()).contains("附录一 方案比较"));
            assertEquals(1 + 1 + 1 + 1 + 1 + 1 + 2 * 4 + 1, doc.getNumberOfPages());
        }
    }

    @Test
    void chineseTextIsExtractableWithPdfBox() throws IOException {
        Messages.setLocale(Messages.CHINESE);
        PlanReport report = ReportFixtures.grid(5, 4, 10, false);
        try (PDDocument doc = Loader.loadPDF(write(report).toFile())) {
            String text = new PDFTextStripper().getText(doc);
            for (PlanReport.ClusterSection s : report.sections()) {
                assertTrue(text.contains(s.cluster().name()), s.cluster().name());
            }
            for (String village : List.of("徐福村", "田央村", "筋竹村", "伏龙山村")) {
                assertTrue(text.contains(village), village);
            }
            assertTrue(text.contains("示例数据"));
            assertTrue(text.contains("第 2 页 / 共 15 页"));
            assertTrue(text.contains("1,234.57"), "NPV in 万元 with separators");
            assertTrue(text.contains("43.21%"), "probability that every village meets the targets");
        }
    }

    @Test
    void englishReportWhenTheLocaleIsEnglish() throws IOException {
        Messages.setLocale(Messages.ENGLISH);
        try (PDDocument doc = Loader.loadPDF(write(ReportFixtures.grid(5, 4, 10, false)).toFile())) {
            String text = new PDFTextStripper().getText(doc);
            assertTrue(text.contains("Page 2 of 15"));
            assertTrue(text.contains("Distribution waterfall"));
            assertTrue(text.contains("徐福村"), "village names stay as they are");
            assertEquals("Cover", doc.getDocumentCatalog().getDocumentOutline().getFirstChild().getTitle());
        }
    }

    @Test
    void cjkFontIsEmbeddedAsSubsetPerPdffonts() throws Exception {
        Path pdf = write(ReportFixtures.grid(5, 4, 10, false));
        String out = run("pdffonts", pdf.toString());
        List<String> fontLines = out.lines().filter(l -> l.contains("WenQuanYi")).toList();
        assertFalse(fontLines.isEmpty(), out);
        for (String line : fontLines) {
            String[] cols = line.trim().split("\\s+");
            // name type(2 words) encoding emb sub uni object generation
            assertTrue(cols[0].matches("[A-Z]{6}\\+WenQuanYi.*"), "subset tag: " + line);
            assertEquals("yes", cols[cols.length - 5], "emb: " + line);
            assertEquals("yes", cols[cols.length - 4], "sub: " + line);
        }
        assertTrue(out.lines().skip(2).allMatch(l -> l.contains("WenQuanYi")), "only the bundled face: " + out);
    }

    @Test
    void pdftotextReturnsChineseClusterAndVillageNames() throws Exception {
        Messages.setLocale(Messages.CHINESE);
        PlanReport report = ReportFixtures.grid(5, 4, 10, false);
        String text = run("pdftotext", "-enc", "UTF-8", write(report).toString(), "-");
        assertTrue(text.contains(report.sections().get(0).cluster().name()));
        assertTrue(text.contains("徐福村") && text.contains("筋竹村"));
        assertTrue(text.contains("联合体收益分配"));
    }

    @Test
    void cancelledExportStopsWithCancelledException() {
        Progress cancelled = new Progress() {
            @Override
            public void update(double done, double total, String message) {
            }

            @Override
            public boolean isCancelled() {
                return true;
            }
        };
        assertThrows(CancelledException.class, () -> new PdfPlanReportWriter()
                .write(ReportFixtures.grid(5, 4, 10, false), dir.resolve("x.pdf"), cancelled));
        assertFalse(Files.exists(dir.resolve("x.pdf")));
    }

    /** Issue 14: a cancel that arrives while the file is being written stops the writing, not only the layout. */
    @Test
    void aCancelWhileTheFileIsWrittenStopsTheWritingAndLeavesNoFile() {
        Path out = dir.resolve("saving.pdf");
        Progress cancelOnceWriting = new Progress() {
            @Override
            public void update(double done, double total, String message) {
            }

            @Override
            public boolean isCancelled() {
                try {
                    return Files.exists(out) && Files.size(out) > 0;
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }
        };
        assertThrows(CancelledException.class, () -> new PdfPlanReportWriter()
                .write(ReportFixtures.grid(5, 4, 10, false), out, cancelOnceWriting));
        assertFalse(Files.exists(out), "the half-written file is removed");
    }

    @Test
    void planWithoutClustersOrGeometryStillHasEveryFixedSection() throws IOException {
        Messages.setLocale(Messages.CHINESE);
        PlanReport grid = ReportFixtures.grid(5, 4, 10, false);
        PlanReport bare = new PlanReport(grid.info(), "现状", grid.date(), "", null,
                grid.villages().stream().map(v -> v.withGeometry(null)).toList(), List.of(), grid.indicators(),
                List.of(), List.of(), null);
        try (PDDocument doc = Loader.loadPDF(write(bare).toFile())) {
            assertEquals(7, doc.getNumberOfPages(), "cover, contents, overview, indicators, rule check, below, model");
            // Without a comparison the model is the first appendix (it used to be 附录二 after a missing 附录一).
            assertEquals(List.of("封面", "目录", "片区总览图", "全镇指标", "规则检查", "未达标村", "附录一 测算模型说明"),
                    titles(doc.getDocumentCatalog().getDocumentOutline()));
            assertTrue(new PDFTextStripper().getText(doc).contains("没有边界或位置数据"));
        }
    }

    @Test
    void charactersTheFontLacksDoNotFailTheExport() throws IOException {
        PlanReport grid = ReportFixtures.grid(5, 4, 10, false);
        List<org.villageplanner.domain.Village> renamed = new ArrayList<>(grid.villages());
        org.villageplanner.domain.Village v = renamed.get(0);
        // U+20000 (CJK extension B) and an emoji: neither is in WenQuanYi Micro Hei.
        renamed.set(0, new org.villageplanner.domain.Village(v.code(), "\uD840\uDC00\uD83C\uDF3E村", v.town(),
                v.geometry(), v.population(), v.households(), v.totalIncome(), v.operatingIncome(), v.assets(),
                v.idleLandMu(), v.idleHouses(), v.resources(), v.mountain()));
        PlanReport odd = new PlanReport(grid.info(), grid.scenarioName(), grid.date(), grid.author(), null,
                renamed, List.of(), grid.indicators(), grid.sections(), List.of(), null);
        try (PDDocument doc = Loader.loadPDF(write(odd).toFile())) {
            assertTrue(new PDFTextStripper().getText(doc).contains("??村"));
        }
    }

    @Test
    void villagesGivenAsPointsStillGiveEveryPageAndName() throws IOException {
        Messages.setLocale(Messages.CHINESE);
        PlanReport grid = ReportFixtures.grid(5, 4, 10, false);
        PlanReport points = new PlanReport(grid.info(), grid.scenarioName(), grid.date(), grid.author(), null,
                grid.villages().stream().map(v -> v.withGeometry(v.geometry().getCentroid())).toList(), List.of(),
                grid.indicators(), grid.sections(), List.of(), null);
        try (PDDocument doc = Loader.loadPDF(write(points).toFile())) {
            assertEquals(1 + 1 + 1 + 1 + 1 + 1 + 2 * 4 + 1, doc.getNumberOfPages());
            String clusterPage = text(doc, 7); // after cover, contents, overview, indicators, rule check, below
            assertTrue(clusterPage.contains("徐福村") && clusterPage.contains("田央村"), clusterPage);
        }
    }

    private static String text(PDDocument doc, int page) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        return stripper.getText(doc);
    }

    private static List<String> titles(PDOutlineNode node) {
        List<String> out = new ArrayList<>();
        node.children().forEach(c -> out.add(c.getTitle()));
        return out;
    }

    private static PDOutlineItem child(PDOutlineNode node, String title) {
        for (PDOutlineItem c : node.children()) {
            if (c.getTitle().equals(title)) {
                return c;
            }
        }
        throw new AssertionError("no bookmark " + title);
    }

    static String run(String... command) throws Exception {
        Process p;
        try {
            p = new ProcessBuilder(command).redirectErrorStream(true).start();
        } catch (IOException e) {
            assumeTrue(false, command[0] + " (poppler-utils) is not installed");
            throw e;
        }
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), out);
        return out;
    }
}
