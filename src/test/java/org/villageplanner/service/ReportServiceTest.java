package org.villageplanner.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.villageplanner.domain.Messages;
import org.villageplanner.domain.PlannerException;
import org.villageplanner.domain.PlanProject;
import org.villageplanner.importer.GeoJsonReader;
import org.villageplanner.report.PdfPlanReportWriter;

class ReportServiceTest {
    private static PlanProject project;
    @TempDir
    Path dir;
    private final Locale before = Messages.locale();

    @BeforeAll
    static void load() {
        project = LongshanPlan.project();
    }

    @AfterEach
    void restore() {
        Messages.setLocale(before);
    }

    private static ReportService service(PlanReportWriter writer) {
        return new ReportService(new NoRepository(), writer, new GeoJsonReader(), LongshanPlan.REPO.resolve("maps"));
    }

    @Test
    void exportsTheSimulatedPlanWithOneSectionPerCluster() throws IOException {
        Messages.setLocale(Messages.CHINESE);
        Path out = dir.resolve("plan.pdf");
        ReportService.Result r = service(new PdfPlanReportWriter()).export(project,
                new ReportService.Request("方案A", List.of("现状"), "龙山镇农办"), out, Progress.NONE);
        // cover, contents, overview, indicators, rule check, below-target villages, 2 per cluster, comparison,
        // scorecard, model
        assertEquals(1 + 1 + 1 + 1 + 1 + 1 + 2 * 3 + 1 + 1 + 1, r.pages());
        assertEquals(Files.size(out), r.bytes());
        try (PDDocument doc = Loader.loadPDF(out.toFile())) {
            assertEquals(r.pages(), doc.getNumberOfPages());
            String text = new PDFTextStripper().getText(doc);
            for (String name : List.of("徐福片区", "东部片区", "北部片区", "徐福村", "田央村", "筋竹村", "龙山镇", "附录一 方案比较",
                    "共同富裕评分卡")) {
                assertTrue(text.contains(name), name);
            }
        }
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(out), files.toList(), "no temporary file is left behind");
        }
    }

    @Test
    void aPlanThatBreaksARuleIsStampedDraftOnEveryPageAndListsTheError() throws IOException {
        Messages.setLocale(Messages.CHINESE);
        org.villageplanner.domain.Scenario a = project.requireScenario("方案A");
        org.villageplanner.domain.Cluster first = a.clusters().get(0);
        org.villageplanner.domain.Cluster second = a.clusters().get(1);
        List<String> members = new java.util.ArrayList<>(second.members());
        members.add(first.members().get(0)); // one village in two clusters: an ERROR
        PlanProject broken = project.withScenario(a.withCluster(second.withMembers(members)));
        Path out = dir.resolve("draft.pdf");
        ReportService.Result r = service(new PdfPlanReportWriter()).export(broken,
                new ReportService.Request("方案A", List.of(), null), out, Progress.NONE);
        try (PDDocument doc = Loader.loadPDF(out.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            for (int page = 1; page <= r.pages(); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                assertTrue(stripper.getText(doc).contains("草稿"), "page " + page + " is stamped 草稿");
            }
            stripper.setStartPage(1);
            stripper.setEndPage(r.pages());
            String text = stripper.getText(doc);
            assertTrue(text.contains("规则检查") && text.contains("错误"), "the rule check lists the error");
        }
        Path clean = dir.resolve("clean.pdf");
        service(new PdfPlanReportWriter()).export(project, new ReportService.Request("方案A", List.of(), null), clean,
                Progress.NONE);
        try (PDDocument doc = Loader.loadPDF(clean.toFile())) {
            assertTrue(!new PDFTextStripper().getText(doc).contains("草稿"), "a plan without errors is no draft");
        }
    }

    @Test
    void reportCarriesFinanceFiguresAndTheCountyOutline() {
        AtomicReference<PlanReport> seen = new AtomicReference<>();
        service((report, out, progress) -> {
            seen.set(report);
            return 1;
        }).export(project, new ReportService.Request(null, List.of(), null), dir.resolve("p.pdf"), Progress.NONE);
        PlanReport report = seen.get();
        assertEquals("现状", report.scenarioName(), "the first scenario when none is named");
        assertEquals(1, report.context().size(), "the 慈溪 outline from maps/");

        seen.set(null);
        service((r, out, progress) -> {
            seen.set(r);
            return 1;
        }).export(project, new ReportService.Request("方案A", List.of(), null), dir.resolve("p.pdf"), Progress.NONE);
        PlanReport.ClusterSection xufu = seen.get().sections().get(0);
        assertEquals(1.0, xufu.shares().stream().mapToDouble(PlanReport.ShareRow::fraction).sum(), 1e-12);
        double paid = xufu.shares().stream().mapToDouble(PlanReport.ShareRow::dividendsYuan).sum();
        double distributed = xufu.waterfall().stream().mapToDouble(w -> w.dividends() + w.guaranteed()).sum();
        assertEquals(distributed, paid, 0.005, "payouts add up to the waterfall's dividends to the fen");
        assertEquals(11, seen.get().indicators().size(), "years 0..10");
    }

    @Test
    void monteCarloRunsGiveTheProbabilityThatEveryVillageMeetsTheTargets() {
        var planA = project.requireScenario("方案A");
        var withRuns = project.withScenario(planA.withAssumptions(planA.assumptions()
                .withMonteCarlo(planA.assumptions().monteCarlo().withRuns(200))));
        AtomicReference<PlanReport> seen = new AtomicReference<>();
        service((r, out, progress) -> {
            seen.set(r);
            return 1;
        }).export(withRuns, new ReportService.Request("方案A", List.of(), null), dir.resolve("p.pdf"), Progress.NONE);
        PlanReport.Uncertainty u = seen.get().uncertainty();
        assertEquals(200, u.runs());
        assertTrue(u.pAllMeetTargets() >= 0 && u.pAllMeetTargets() <= 1, String.valueOf(u.pAllMeetTargets()));
    }

    @Test
    void failedExportKeepsTheExistingFileAndLeavesNoPart() throws IOException {
        Path out = dir.resolve("plan.pdf");
        Files.writeString(out, "previous plan");
        PlanReportWriter failing = (report, tmp, progress) -> {
            try {
                Files.writeString(tmp, "%PDF-1.7 half");
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            throw new PlannerException("report.error.write", tmp, "disk full");
        };
        assertThrows(PlannerException.class, () -> service(failing).export(project,
                new ReportService.Request("方案A", List.of(), null), out, Progress.NONE));
        assertEquals("previous plan", Files.readString(out));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(out), files.toList());
        }
    }

    @Test
    void thePlanGetsTheFolderDefaultPermissionsNotTheTemporaryFileOnes() throws IOException {
        assumeTrue(dir.getFileSystem().supportedFileAttributeViews().contains("posix"));
        Path plain = Files.createFile(dir.resolve("plain.txt"));
        Path out = dir.resolve("plan.pdf");
        service((report, tmp, progress) -> 1).export(project, new ReportService.Request("方案A", List.of(), null),
                out, Progress.NONE);
        assertEquals(Files.getPosixFilePermissions(plain), Files.getPosixFilePermissions(out));
    }

    @Test
    void cancelledExportWritesNothing() throws IOException {
        Progress cancelled = new Progress() {
            @Override
            public void update(double done, double total, String message) {
            }

            @Override
            public boolean isCancelled() {
                return true;
            }
        };
        assertThrows(CancelledException.class, () -> service(new PdfPlanReportWriter()).export(project,
                new ReportService.Request("方案A", List.of(), null), dir.resolve("plan.pdf"), cancelled));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(0, files.count());
        }
    }

    @Test
    void missingFolderIsCreatedLikeEveryOtherOutput() {
        ReportService.Result r = service(new PdfPlanReportWriter()).export(project,
                new ReportService.Request("方案A", List.of(), null), dir.resolve("new/folder/plan.pdf"), Progress.NONE);
        assertTrue(Files.isRegularFile(dir.resolve("new/folder/plan.pdf")));
        assertTrue(r.pages() > 0);
    }

    @Test
    void folderThatCannotBeMadeIsAClearError() throws Exception {
        Files.writeString(dir.resolve("blocker"), "a file where a folder is wanted");
        PlannerException e = assertThrows(PlannerException.class, () -> service(new PdfPlanReportWriter())
                .export(project, new ReportService.Request("方案A", List.of(), null),
                        dir.resolve("blocker/plan.pdf"), Progress.NONE));
        assertEquals("report.error.folder", e.key());
    }

    @Test
    void unknownScenarioNamesTheScenarios() {
        PlannerException e = assertThrows(PlannerException.class, () -> service(new PdfPlanReportWriter())
                .export(project, new ReportService.Request("方案Z", List.of(), null), dir.resolve("plan.pdf"),
                        Progress.NONE));
        assertEquals("core.project.unknownScenario", e.key());
    }

    /** The tests hand the project over directly. */
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
