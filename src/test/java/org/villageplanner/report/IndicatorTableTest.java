package org.villageplanner.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.villageplanner.domain.Language;
import org.villageplanner.domain.Messages;
import org.villageplanner.finance.Indicator;
import org.villageplanner.finance.IndicatorYear;
import org.villageplanner.service.PlanReport;
import org.villageplanner.service.Progress;

/** The plan's indicator table and comparison appendix are driven by {@link Indicator}: its labels, its digits. */
class IndicatorTableTest {
    @TempDir
    Path dir;
    private final Locale before = Messages.locale();

    @AfterEach
    void restoreLocale() {
        Messages.setLocale(before);
    }

    @Test
    void aRowGivesEachShownIndicatorItsOwnFigure() {
        PlanReport.IndicatorRow r = new PlanReport.IndicatorRow(3, 4, 7, 0.25, null, 0.5, 9, 1);
        assertEquals(List.of(Indicator.BELOW_TOTAL_TARGET, Indicator.BELOW_OPERATING_TARGET, Indicator.GINI,
                Indicator.MAX_MIN_RATIO, Indicator.CV), PlanReport.IndicatorRow.SHOWN);
        assertEquals(4.0, r.value(Indicator.BELOW_TOTAL_TARGET));
        assertEquals(7.0, r.value(Indicator.BELOW_OPERATING_TARGET));
        assertEquals(0.25, r.value(Indicator.GINI));
        assertNull(r.value(Indicator.MAX_MIN_RATIO), "undefined stays undefined");
        assertEquals(0.5, r.value(Indicator.CV));
        IndicatorYear year = new IndicatorYear(2, 1, 2, 0.3, 4.0, 0.6, 0.31, 4.1, 0.61);
        PlanReport.IndicatorRow row = new PlanReport.IndicatorRow(year, 9, 1);
        assertEquals(2, row.year());
        for (Indicator i : Indicator.values()) {
            assertEquals(year.value(i), row.value(i), i + " is the simulation's figure, not a copy");
        }
    }

    @Test
    void theIndicatorPageHeadsEachColumnWithTheIndicatorsLabelAndShowsItsDigits() throws IOException {
        Messages.setLocale(Messages.CHINESE);
        PlanReport report = ReportFixtures.grid(5, 4, 10, false);
        Path out = dir.resolve("plan.pdf");
        new PdfPlanReportWriter().write(report, out, Progress.NONE);
        try (PDDocument doc = Loader.loadPDF(out.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(4);
            stripper.setEndPage(4);
            String page = stripper.getText(doc).replaceAll("\\s", "");
            for (Indicator i : PlanReport.IndicatorRow.SHOWN) {
                String label = Language.CHINESE.text(i.labelKey()).replaceAll("\\s", "");
                assertTrue(page.contains(label), "column " + label + " on the indicator page");
            }
            PlanReport.IndicatorRow year1 = report.indicators().get(1);
            for (Indicator i : List.of(Indicator.GINI, Indicator.MAX_MIN_RATIO, Indicator.CV)) {
                assertTrue(page.contains(Formats.decimal(year1.value(i), i.digits())), i + " with its digits");
            }
        }
    }

    /** The table now prints the what-if labels: each must have its glyphs in the bundled face, in both languages. */
    @Test
    void everyIndicatorLabelThePlanPrintsHasGlyphsInTheBundledFont() throws IOException {
        List<String> problems = new ArrayList<>();
        try (PDDocument doc = new PDDocument()) {
            PdfFonts fonts = new PdfFonts(doc);
            try {
                for (Language lang : List.of(Language.CHINESE, Language.ENGLISH)) {
                    for (Indicator i : PlanReport.IndicatorRow.SHOWN) {
                        String text = lang.text(i.labelKey());
                        if (!fonts.printable(text).equals(text)) {
                            problems.add(lang + " " + i.labelKey());
                        }
                    }
                }
            } finally {
                fonts.close();
            }
        }
        assertEquals(List.of(), problems);
    }
}
