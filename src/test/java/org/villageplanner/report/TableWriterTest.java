package org.villageplanner.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class TableWriterTest {
    @Test
    void headerRowIsRepeatedOnEveryPageTheTableContinuesOn() throws Exception {
        try (PDDocument doc = new PDDocument()) {
            PdfFonts fonts = new PdfFonts(doc);
            try {
                PageFlow flow = new PageFlow(doc, fonts, org.villageplanner.domain.Language.CHINESE);
                flow.newPage();
                Table t = Table.of(Table.text("年份", 1), Table.number("分红（万元）", 2));
                for (int year = 1; year <= 120; year++) {
                    t.row(String.valueOf(year), Formats.wan(year * 12_345.0));
                }
                TableWriter.write(flow, t);
                flow.closeStream();
                // Text is extracted from the saved file, as a reader would: the subset font's ToUnicode
                // map is written only when the document is saved.
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                doc.save(bytes);
                try (PDDocument saved = Loader.loadPDF(bytes.toByteArray())) {
                    assertHeaderOnEveryPage(saved);
                }
            } finally {
                fonts.close();
            }
        }
    }

    private static void assertHeaderOnEveryPage(PDDocument doc) throws Exception {
        assertTrue(doc.getNumberOfPages() >= 3, "120 rows need several pages");
        for (int page = 1; page <= doc.getNumberOfPages(); page++) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(page);
            stripper.setEndPage(page);
            String text = stripper.getText(doc);
            assertTrue(text.startsWith("年份"), "page " + page + " starts with the header: " + text);
        }
        String text = new PDFTextStripper().getText(doc);
        assertEquals(doc.getNumberOfPages(), text.split("分红（万元）", -1).length - 1);
        assertTrue(text.contains("148.14"), "12,345 × 120 yuan in 万元, right-aligned number cell");
    }
}
