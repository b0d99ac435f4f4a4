package org.villageplanner.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.villageplanner.domain.Messages;
import org.villageplanner.domain.PlanProject;
import org.villageplanner.importer.GeoJsonReader;
import org.villageplanner.report.PdfPlanReportWriter;

/**
 * The plan's language is passed to the export, never switched process-wide: a Chinese plan exported while the
 * session is English (and the other way round) is wholly in the plan's language, while the session, its progress
 * messages included, stays in its own; two exports in different languages at once do not mix.
 */
class ExplicitLanguageExportTest {
    private static final List<String> ZH_HEADINGS = List.of("目录", "片区总览图", "规则检查", "未达标村");
    private static final List<String> EN_HEADINGS = List.of("Contents", "Overview map of the clusters", "Rule check",
            "Villages below the targets");
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

    private static ReportService service() {
        return new ReportService(new MemoryRepository(), new PdfPlanReportWriter(), new GeoJsonReader(),
                LongshanPlan.REPO.resolve("maps"));
    }

    /** Records the session's locale and the message at every progress step of an export. */
    private static final class Watch implements Progress {
        final Set<Locale> sessionLocales = ConcurrentHashMap.newKeySet();
        final List<String> messages = new CopyOnWriteArrayList<>();

        @Override
        public void update(double done, double total, String message) {
            sessionLocales.add(Messages.locale());
            messages.add(message);
        }

        @Override
        public boolean isCancelled() {
            return false;
        }
    }

    private static String text(Path pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(doc);
        }
    }

    private static void assertPlanIn(Locale plan, String text) {
        boolean zh = plan.equals(Messages.CHINESE);
        for (String h : zh ? ZH_HEADINGS : EN_HEADINGS) {
            assertTrue(text.contains(h), "the plan has the heading " + h);
        }
        for (String h : zh ? EN_HEADINGS : ZH_HEADINGS) {
            assertFalse(text.contains(h), "the plan has no heading of the other language: " + h);
        }
    }

    private void exportsInTheOtherLanguage(Locale session, Locale plan) throws IOException {
        Messages.setLocale(session);
        Watch watch = new Watch();
        Path out = dir.resolve("plan-" + plan.getLanguage() + ".pdf");
        service().export(project, new ReportService.Request("方案A", List.of("现状"), null, plan), out, watch);

        assertPlanIn(plan, text(out));
        assertEquals(session, Messages.locale(), "the session keeps its language after the export");
        assertEquals(Set.of(session), watch.sessionLocales, "the session's language never changed during the export");
        String overviewInSession = Messages.get(session, "report.progress.overview");
        String overviewInPlan = Messages.get(plan, "report.progress.overview");
        assertTrue(watch.messages.contains(overviewInSession), "progress is reported in the session's language");
        assertFalse(watch.messages.contains(overviewInPlan), "progress is not reported in the plan's language");
    }

    @Test
    void aChinesePlanFromAnEnglishSession() throws IOException {
        exportsInTheOtherLanguage(Messages.ENGLISH, Messages.CHINESE);
    }

    @Test
    void anEnglishPlanFromAChineseSession() throws IOException {
        exportsInTheOtherLanguage(Messages.CHINESE, Messages.ENGLISH);
    }

    @Test
    void twoExportsInDifferentLanguagesAtOnceDoNotMix() throws Exception {
        Messages.setLocale(Messages.ENGLISH);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            java.util.concurrent.CyclicBarrier start = new java.util.concurrent.CyclicBarrier(2);
            List<Future<Path>> done = new java.util.ArrayList<>();
            for (Locale plan : List.of(Messages.CHINESE, Messages.ENGLISH)) {
                done.add(pool.submit(() -> {
                    start.await(60, TimeUnit.SECONDS);
                    Path out = dir.resolve("both-" + plan.getLanguage() + ".pdf");
                    service().export(project, new ReportService.Request("方案A", List.of(), null, plan), out,
                            Progress.NONE);
                    return out;
                }));
            }
            assertPlanIn(Messages.CHINESE, text(done.get(0).get(10, TimeUnit.MINUTES)));
            assertPlanIn(Messages.ENGLISH, text(done.get(1).get(10, TimeUnit.MINUTES)));
        } finally {
            pool.shutdownNow();
        }
        assertEquals(Messages.ENGLISH, Messages.locale());
    }

    @Test
    void aRequestWithoutALanguageTakesTheSessionsAtTheTimeItIsMade() {
        Messages.setLocale(Messages.CHINESE);
        ReportService.Request r = new ReportService.Request("方案A", List.of(), null);
        Messages.setLocale(Messages.ENGLISH);
        assertEquals(Messages.CHINESE, r.language());
    }
}
