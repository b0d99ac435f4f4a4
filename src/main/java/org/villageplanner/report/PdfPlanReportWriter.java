package org.villageplanner.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PageMode;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDBorderStyleDictionary;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageXYZDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.villageplanner.domain.Language;
import org.villageplanner.domain.Messages;
import org.villageplanner.domain.PlannerException;
import org.villageplanner.service.PlanReport;
import org.villageplanner.service.PlanReportWriter;
import org.villageplanner.service.Progress;

/**
 * The plan PDF on PDFBox: cover, contents, overview map, county indicators, one section per cluster, the
 * comparison appendix (when other scenarios are given), the equity scorecard (when the report carries scorecards)
 * and the model appendix. A4 portrait, the bundled CJK face
 * embedded as a subset, vector maps and charts, a bookmark per section and per cluster, page numbers.
 *
 * <p>Every section starts on a new page, so a plan has {@code 1 + contents + 2 + 2 × clusters (+ 1 comparison)
 * (+ 1 scorecard) + 1} pages when each cluster fits its two pages (very large clusters flow onto more). Stateless and
 * thread-safe: each call builds its own document.
 */
public final class PdfPlanReportWriter implements PlanReportWriter {
    private static final float CONTENTS_LEADING = 17;

    /** One line of the contents page. */
    private record Entry(String title, int level, int pageIndex) {
    }

    @Override
    public int write(PlanReport report, Path out, Progress progress) {
        try (PDDocument doc = new PDDocument(MemoryUsageSetting.setupMainMemoryOnly().streamCache)) {
            PdfFonts fonts = new PdfFonts(doc);
            try {
                int pages = layout(doc, fonts, report, progress);
                progress.checkCancelled();
                // Writing 200 pages takes a few hundred ms: the stream looks for a cancel at every 8 KB it writes.
                try (java.io.OutputStream file = new java.io.BufferedOutputStream(
                        new CancellableOutput(java.nio.file.Files.newOutputStream(out), progress))) {
                    doc.save(file);
                } catch (org.villageplanner.service.CancelledException e) {
                    java.nio.file.Files.deleteIfExists(out); // no half-written plan left behind
                    throw e;
                }
                return pages;
            } finally {
                fonts.close();
            }
        } catch (IOException | UncheckedIOException e) {
            throw new PlannerException(e, "report.error.write", out, String.valueOf(e.getMessage()));
        }
    }

    /** Passes bytes on and throws {@link org.villageplanner.service.CancelledException} once the work is cancelled. */
    private static final class CancellableOutput extends java.io.FilterOutputStream {
        private final Progress progress;

        CancellableOutput(java.io.OutputStream out, Progress progress) {
            super(out);
            this.progress = progress;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            progress.checkCancelled();
            out.write(b, off, len);
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
        }
    }

    private int layout(PDDocument doc, PdfFonts fonts, PlanReport report, Progress progress) throws IOException {
        Language lang = report.language();
        PageFlow flow = new PageFlow(doc, fonts, lang);
        Charts charts = new Charts(flow, lang);
        MapBuilder maps = new MapBuilder(report);
        PDDocumentOutline outline = new PDDocumentOutline();
        doc.getDocumentCatalog().setDocumentOutline(outline);
        doc.getDocumentCatalog().setPageMode(PageMode.USE_OUTLINES);
        List<Entry> entries = new ArrayList<>();
        int units = report.sections().size() + 4;
        String title = title(report);

        flow.newPage();
        flow.bookmark(lang.text("report.bookmark.cover"), outline);
        new CoverWriter(flow, report, title, maps).write();
        progress.checkCancelled(); // each section below draws maps or charts of every village: check between them

        int contentsPages = contentsPages(report);
        List<PDPage> contents = new ArrayList<>();
        for (int i = 0; i < contentsPages; i++) {
            flow.newPage();
            contents.add(flow.page());
        }
        flow.moveTo(PageFlow.A4.getHeight() - PageFlow.MARGIN_TOP);
        PDOutlineItem contentsMark = new PDOutlineItem();
        contentsMark.setTitle(lang.text("report.contents"));
        outline.addLast(contentsMark);

        CountySectionsWriter county = new CountySectionsWriter(flow, report);
        section(flow, outline, entries, lang.text("report.overview"));
        county.overview(maps);
        progress.update(1, units, Messages.get("report.progress.overview"));
        progress.checkCancelled();

        section(flow, outline, entries, lang.text("report.indicators", Formats.level(report)));
        county.indicators();
        progress.update(2, units, Messages.get("report.progress.indicators"));
        progress.checkCancelled();

        ChecksWriter checks = new ChecksWriter(flow, report);
        section(flow, outline, entries, lang.text("report.checks"));
        checks.findings();
        progress.checkCancelled();
        section(flow, outline, entries, lang.text("report.below"));
        checks.belowTargets();

        PDOutlineItem clusterParent = new PDOutlineItem();
        clusterParent.setTitle(lang.text("report.clusters"));
        if (!report.sections().isEmpty()) {
            outline.addLast(clusterParent);
        }
        ClusterSectionWriter clusterWriter = new ClusterSectionWriter(flow, charts, maps, report);
        int done = 2;
        for (PlanReport.ClusterSection s : report.sections()) {
            progress.checkCancelled();
            flow.newPage();
            if (clusterParent.getDestination() == null) {
                clusterParent.setDestination(flow.destination());
            }
            String heading = lang.text("report.cluster.title", done - 1, s.cluster().name());
            flow.bookmark(s.cluster().name(), clusterParent);
            entries.add(new Entry(heading, 1, flow.pageIndex()));
            flow.heading1(heading);
            clusterWriter.write(s);
            progress.update(++done, units, Messages.get("report.progress.cluster", s.cluster().name()));
        }
        // Appendices are numbered in the order they appear: without a comparison the model is 附录一.
        int appendix = 0;
        progress.checkCancelled();
        if (!report.comparisons().isEmpty()) {
            section(flow, outline, entries, appendix(lang, ++appendix, "report.compare"));
            county.comparison();
        }
        if (!report.scorecards().isEmpty()) {
            section(flow, outline, entries, appendix(lang, ++appendix, "report.scorecard"));
            new ScorecardPageWriter(flow, report.scorecards()).write();
        }
        section(flow, outline, entries, appendix(lang, ++appendix, "report.model"));
        county.model();
        flow.closeStream();
        progress.checkCancelled();

        contentsMark.setDestination(destinationOf(flow, contents.get(0)));
        writeContents(flow, contents, entries, report.language());
        decorate(flow, title, report);
        info(doc, report, title);
        charts.close();
        progress.update(units, units, Messages.get("report.progress.saving"));
        return doc.getNumberOfPages();
    }

    private static String appendix(Language lang, int n, String titleKey) {
        return lang.text("report.appendix", lang.text("report.appendix." + n), lang.text(titleKey));
    }

    private static void section(PageFlow flow, PDDocumentOutline outline, List<Entry> entries, String title) {
        flow.newPage();
        flow.bookmark(title, outline);
        entries.add(new Entry(title, 0, flow.pageIndex()));
        flow.heading1(title);
    }

    private static PDDestination destinationOf(PageFlow flow, PDPage page) {
        flow.append(page);
        PDDestination d = flow.destination();
        flow.closeStream();
        return d;
    }

    /** Lines on the contents pages: sections, then clusters indented under their heading. */
    static int contentsPages(PlanReport report) {
        int lines = 6 + report.sections().size() + (report.comparisons().isEmpty() ? 0 : 1)
                + (report.scorecards().isEmpty() ? 0 : 1);
        int perPage = perContentsPage();
        return Math.max(1, (lines + perPage - 1) / perPage);
    }

    private static int perContentsPage() {
        float usable = PageFlow.A4.getHeight() - PageFlow.MARGIN_TOP - PageFlow.MARGIN_BOTTOM - 44;
        return (int) (usable / CONTENTS_LEADING);
    }

    private static void writeContents(PageFlow flow, List<PDPage> pages, List<Entry> entries, Language lang) {
        List<Entry> lines = new ArrayList<>();
        boolean clustersHeaded = false;
        for (Entry e : entries) {
            if (e.level() == 1 && !clustersHeaded) {
                lines.add(new Entry(lang.text("report.clusters"), 0, e.pageIndex()));
                clustersHeaded = true;
            }
            lines.add(e);
        }
        int perPage = perContentsPage();
        for (int p = 0; p < pages.size(); p++) {
            flow.append(pages.get(p));
            if (p == 0) {
                flow.heading1(lang.text("report.contents"));
            }
            for (int i = p * perPage; i < Math.min(lines.size(), (p + 1) * perPage); i++) {
                Entry e = lines.get(i);
                float x = flow.left() + (e.level() == 0 ? 0 : 18);
                float size = e.level() == 0 ? 11 : 9.5f;
                float baseline = flow.y() - size;
                String number = String.valueOf(e.pageIndex() + 1);
                float right = flow.left() + flow.width();
                flow.text(e.title(), x, baseline, size, PageFlow.INK, e.level() == 0);
                float textEnd = x + flow.fonts().width(flow.fonts().printable(e.title()), size) + 4;
                float numberStart = right - flow.fonts().width(number, size) - 4;
                for (float dot = textEnd; dot < numberStart; dot += 4) {
                    flow.fillRect(dot, baseline + 1, 0.8f, 0.8f, PageFlow.MUTED);
                }
                flow.textRight(number, right, baseline, size, PageFlow.INK);
                link(flow, new PDRectangle(x, baseline - 4, right - x, size + 6), e.pageIndex());
                flow.space(CONTENTS_LEADING);
            }
            flow.closeStream();
        }
    }

    /** Makes {@code area} of the current page a borderless link to the top of page {@code target}. */
    private static void link(PageFlow flow, PDRectangle area, int target) {
        PDPageXYZDestination dest = new PDPageXYZDestination();
        dest.setPage(flow.doc().getPage(target));
        dest.setTop((int) PageFlow.A4.getHeight());
        PDAnnotationLink link = new PDAnnotationLink();
        link.setRectangle(area);
        link.setDestination(dest);
        PDBorderStyleDictionary noBorder = new PDBorderStyleDictionary();
        noBorder.setWidth(0);
        link.setBorderStyle(noBorder);
        try {
            List<PDAnnotation> annotations = flow.page().getAnnotations();
            annotations.add(link);
            flow.page().setAnnotations(annotations);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Running header and "page n of N" footer on every page but the cover; every page, the cover included, is
     * stamped 草稿 / Draft when the scenario breaks a rule (ERROR findings).
     */
    private static void decorate(PageFlow flow, String title, PlanReport report) {
        Language lang = report.language();
        int total = flow.doc().getNumberOfPages();
        if (report.checks().hasErrors()) {
            for (int i = 0; i < total; i++) {
                flow.append(flow.doc().getPage(i));
                ChecksWriter.draftStamp(flow);
                flow.closeStream();
            }
        }
        for (int i = 1; i < total; i++) {
            flow.append(flow.doc().getPage(i));
            float top = PageFlow.A4.getHeight() - 34;
            float right = flow.left() + flow.width();
            flow.text(title, flow.left(), top, 7.5f, PageFlow.MUTED, false);
            flow.textRight(lang.text("report.header.scenario", report.scenarioName()), right, top, 7.5f,
                    PageFlow.MUTED);
            flow.line(flow.left(), top - 4, right, top - 4, PageFlow.MUTED, 0.3f);
            flow.textCentered(lang.text("report.footer.page", i + 1, total), PageFlow.A4.getWidth() / 2, 30, 8,
                    PageFlow.MUTED, false);
            flow.closeStream();
        }
    }

    static String title(PlanReport report) {
        Language lang = report.language();
        if (!report.info().title().isBlank()) {
            return report.info().title();
        }
        return lang.text("report.defaultTitle", report.info().township());
    }

    private static void info(PDDocument doc, PlanReport report, String title) {
        Language lang = report.language();
        PDDocumentInformation info = doc.getDocumentInformation();
        info.setTitle(title);
        info.setAuthor(report.author().isEmpty() ? lang.text("report.cover.noAuthor") : report.author());
        info.setSubject(lang.text("report.subject", report.scenarioName()));
        info.setCreator("Village Cluster Planner");
        info.setProducer("Village Cluster Planner (Apache PDFBox)");
        info.setKeywords(lang.text("report.keywords"));
        Calendar created = report.date().equals(java.time.LocalDate.now()) ? Calendar.getInstance()
                : GregorianCalendar.from(report.date().atStartOfDay(java.time.ZoneId.systemDefault()));
        info.setCreationDate(created);
    }
}
