package org.villageplanner.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.villageplanner.domain.Messages;

/** Every text of the plan prints as written: no glyph missing from the bundled face, no doubled apostrophe. */
class ReportTextTest {
    @Test
    void everyReportTextHasGlyphsInTheBundledFontAndNoDoubledQuote() throws Exception {
        List<String> problems = new ArrayList<>();
        try (PDDocument doc = new PDDocument()) {
            PdfFonts fonts = new PdfFonts(doc);
            try {
                for (Locale locale : List.of(Messages.CHINESE, Messages.ENGLISH)) {
                    ResourceBundle bundle = Messages.bundle("report.x", locale);
                    for (String key : bundle.keySet()) {
                        String text = bundle.getString(key);
                        if (!fonts.printable(text).equals(text)) {
                            problems.add(locale + " " + key + ": missing glyph");
                        }
                        if (text.contains("''")) {
                            problems.add(locale + " " + key + ": doubled apostrophe");
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
