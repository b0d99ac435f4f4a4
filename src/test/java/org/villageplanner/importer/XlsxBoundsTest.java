package org.villageplanner.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.villageplanner.domain.Messages;
import org.villageplanner.domain.PlannerException;
import org.villageplanner.service.FeatureLayer;
import org.villageplanner.service.ReadOptions;

/**
 * Workbooks whose sheet XML makes the Excel library work in proportion to a number in the file are refused
 * before the library reads them. The first case is the shape of {@code bench fuzz} input #602037 (seed 1): a text
 * cell pointing at shared string 2147483647 in a workbook of 44 shared strings, which kept the library appending
 * empty strings for over 2 s of CPU and gigabytes of memory.
 */
class XlsxBoundsTest {
    private static final String SHEET = "xl/worksheets/sheet1.xml";

    @TempDir
    Path dir;
    private final XlsxReader xlsx = new XlsxReader();

    @BeforeEach
    void english() {
        Messages.setLocale(Messages.ENGLISH);
    }

    @Test
    void aTextCellPointingFarBeyondTheSharedStringsIsRefusedNamingTheCell() throws IOException {
        Path f = damaged(xml -> xml.replaceFirst("(<c r=\"B1\" t=\"s\"><v>)\\d+(</v>)", "$12147483647$2"));
        PlannerException e = assertThrows(PlannerException.class, () -> xlsx.read(f, ReadOptions.DEFAULTS));
        assertEquals("importer.xlsx.noSuchString", e.key(), e.getMessage());
        assertEquals("v.xlsx: the workbook is damaged: in " + SHEET + ", cell B1 refers to shared text no. 2147483647,"
                + " but the workbook has 5 shared texts.", e.getMessage());
    }

    @Test
    void aTextCellWhoseIndexIsNotANumberIsRefused() throws IOException {
        Path f = damaged(xml -> xml.replaceFirst("(<c r=\"B2\" t=\"s\"><v>)\\d+(</v>)", "$1-1$2"));
        PlannerException e = assertThrows(PlannerException.class, () -> xlsx.read(f, ReadOptions.DEFAULTS));
        assertEquals("importer.xlsx.noSuchString", e.key(), e.getMessage());
        assertTrue(e.getMessage().contains("cell B2"), e.getMessage());
    }

    @Test
    void aCellBeyondColumnXfdOrRowOneMillionIsRefused() throws IOException {
        Path wide = damaged(xml -> xml.replaceFirst("r=\"C2\"", "r=\"XFE2\""));
        PlannerException e = assertThrows(PlannerException.class, () -> xlsx.read(wide, ReadOptions.DEFAULTS));
        assertEquals("importer.xlsx.cellOutside", e.key(), e.getMessage());
        assertTrue(e.getMessage().contains("\"XFE2\""), e.getMessage());

        Path deep = damaged(xml -> xml.replaceFirst("<row r=\"2\"", "<row r=\"1048577\""));
        assertEquals("importer.xlsx.rowOutside", assertThrows(PlannerException.class,
                () -> xlsx.read(deep, ReadOptions.DEFAULTS)).key());
    }

    @Test
    void theLastColumnAndRowOfExcelAndTheLastSharedStringAreAccepted() throws IOException {
        Path f = damaged(xml -> xml.replaceFirst("r=\"C2\"", "r=\"XFD2\""));
        XlsxBounds.check(f, "v.xlsx");
        XlsxBounds.checkCell("XFD1048576", SHEET, "v.xlsx");
        FeatureLayer layer = xlsx.read(workbook(), ReadOptions.DEFAULTS);
        assertEquals(List.of("区划代码", "村名", "户籍人口"), layer.columns());
        assertEquals("田央村", layer.features().get(1).attributes().get("村名"));
    }

    /** The village table below has five shared strings: three header names and two village names. */
    private Path workbook() throws IOException {
        Path f = dir.resolve("ok.xlsx");
        try (OutputStream os = Files.newOutputStream(f)) {
            Workbook wb = new Workbook(os, "test", "1.0");
            Worksheet ws = wb.newWorksheet("村庄");
            String[] header = {"区划代码", "村名", "户籍人口"};
            for (int c = 0; c < header.length; c++) {
                ws.value(0, c, header[c]);
            }
            ws.value(1, 0, 330282123215L);
            ws.value(1, 1, "徐福村");
            ws.value(1, 2, 2100);
            ws.value(2, 0, 330282123211L);
            ws.value(2, 1, "田央村");
            ws.value(2, 2, 1800);
            wb.finish();
        }
        return f;
    }

    /** The workbook above with its sheet XML changed by {@code edit} (which must change it). */
    private Path damaged(UnaryOperator<String> edit) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipFile zip = new ZipFile(workbook().toFile())) {
            for (ZipEntry e : Collections.list(zip.entries())) {
                try (InputStream in = zip.getInputStream(e)) {
                    entries.put(e.getName(), in.readAllBytes());
                }
            }
        }
        String xml = new String(entries.get(SHEET), StandardCharsets.UTF_8);
        String changed = edit.apply(xml);
        assertTrue(!changed.equals(xml), () -> "the edit did not apply to " + xml);
        entries.put(SHEET, changed.getBytes(StandardCharsets.UTF_8));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                z.putNextEntry(new ZipEntry(e.getKey()));
                z.write(e.getValue());
                z.closeEntry();
            }
        }
        Path f = dir.resolve("v.xlsx");
        Files.write(f, out.toByteArray());
        return f;
    }
}
