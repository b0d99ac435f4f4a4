package org.villageplanner.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.villageplanner.domain.Messages;
import org.villageplanner.domain.Strength;
import org.villageplanner.domain.Village;
import org.villageplanner.service.CsvCells;
import org.villageplanner.service.ExportFormat;
import org.villageplanner.service.ExportRow;
import org.villageplanner.service.ReadOptions;

/**
 * Files we write are safe to open and keep what they are given: formula-like text is defused in CSV (OWASP) and is
 * a plain string cell in XLSX; numbers stay numbers at full precision; the XLSX declares its real range; a
 * Shapefile says which text it had to cut.
 */
class ExportSafetyTest {
    static final List<String> HOSTILE = List.of("=HYPERLINK(\"http://x\",\"点我\")", "+1+1", "-2+3", "@SUM(A1)",
            "\tcmd", "\rcmd");

    @TempDir
    Path dir;

    @BeforeEach
    void english() {
        Messages.setLocale(Messages.ENGLISH);
    }

    private static List<ExportRow> rows() {
        return java.util.stream.IntStream.range(0, HOSTILE.size()).mapToObj(i -> new ExportRow(
                new Village("33028212321" + i, HOSTILE.get(i), "-龙山镇", null, 100, 30, 1500.5, 16.375, 0,
                        16.375, 0, Set.of(), false), null, null, Strength.WEAK)).toList();
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', quoteCharacter = '"', textBlock = """
            =1+1;    '=1+1
            +1;      '+1
            -1;      '-1
            @A1;     '@A1
            徐福村;  徐福村
            a-b;     a-b
            """)
    void csvCellsDefuseFormulaText(String text, String cell) {
        assertEquals(cell, CsvCells.cell(text));
    }

    @Test
    void csvCellsKeepNumbersAsNumbersAtFullPrecision() {
        assertEquals("-5", CsvCells.cell(-5.0));
        assertEquals("16.375", CsvCells.cell(16.375));
        assertEquals("4500000.25", CsvCells.cell(4_500_000.25));
        assertEquals("-1500.5", CsvCells.cell(-1500.5));
        assertEquals("12", CsvCells.cell(12));
        assertEquals("\"'=A1,B1\"", CsvCells.cell("=A1,B1"));
        assertEquals("'\tcmd", CsvCells.cell("\tcmd"));
        assertEquals("\"'\rcmd\"", CsvCells.cell("\rcmd"));
    }

    @Test
    void csvExportDefusesEveryFormulaLikeNameAndReadsBack() throws IOException {
        Path csv = dir.resolve("v.csv");
        new TableExporter().write(rows(), ExportFormat.CSV, csv);
        String text = Files.readString(csv, StandardCharsets.UTF_8);
        for (String line : text.split("\r\n")) {
            for (String cell : line.replace("\uFEFF", "").split(",")) {
                String c = cell.startsWith("\"") ? cell.substring(1) : cell;
                boolean number = c.matches("-?[0-9.]+");
                assertTrue(number || c.isEmpty() || "=+-@\t\r".indexOf(c.charAt(0)) < 0, "live cell: " + cell);
            }
        }
        assertTrue(text.contains(",1500.5,16.375,"), text);
        assertTrue(text.contains("'=HYPERLINK("), text);
    }

    @Test
    void xlsxWritesTextAsStringCellsNeverFormulasAndDeclaresItsRange() throws IOException {
        Path xlsx = dir.resolve("v.xlsx");
        new TableExporter().write(rows(), ExportFormat.XLSX, xlsx);
        String sheet;
        String strings;
        try (ZipFile z = new ZipFile(xlsx.toFile())) {
            sheet = new String(z.getInputStream(z.getEntry("xl/worksheets/sheet1.xml")).readAllBytes(),
                    StandardCharsets.UTF_8);
            strings = new String(z.getInputStream(z.getEntry("xl/sharedStrings.xml")).readAllBytes(),
                    StandardCharsets.UTF_8);
        }
        assertFalse(sheet.contains("<f>") || sheet.contains("<f "), "a formula cell: " + sheet);
        String last = XlsxDimension.column(ExportColumns.ALL.size() - 1);
        assertTrue(sheet.contains("<dimension ref=\"A1:" + last + (rows().size() + 1) + "\"/>"), sheet);
        assertTrue(strings.contains("=HYPERLINK("), strings);
        // The name cell (column B of the first village) is a shared-string cell; the income (F) a number cell.
        Matcher name = Pattern.compile("<c r=\"B2\"[^>]*>").matcher(sheet);
        assertTrue(name.find() && name.group().contains("t=\"s\""), sheet);
        Matcher income = Pattern.compile("<c r=\"F2\"[^>]*><v>([^<]*)</v>").matcher(sheet);
        assertTrue(income.find(), sheet);
        assertFalse(income.group().contains("t=\"s\""));
        assertEquals(1500.5, Double.parseDouble(income.group(1)));
        // And it reads back as it was written.
        var layer = new XlsxReader().read(xlsx, ReadOptions.DEFAULTS);
        assertEquals(HOSTILE.get(0), layer.features().get(0).attributes().get("name"));
    }

    @Test
    void xlsxColumnNames() {
        assertEquals("A", XlsxDimension.column(0));
        assertEquals("Q", XlsxDimension.column(16));
        assertEquals("Z", XlsxDimension.column(25));
        assertEquals("AA", XlsxDimension.column(26));
    }

    @Test
    void shapefileSaysWhichTextItCutAndKeepsEveryDecimal() {
        String longName = "村".repeat(100);
        ExportRow r = new ExportRow(new Village("330282123215", longName, "龙山镇", null, 1, 1, 1, 1, 1, 16.375, 0,
                Set.of(), false), null, null, Strength.WEAK);
        List<String> losses = new ShapefileWriter().losses(List.of(r), ExportFormat.SHP);
        assertEquals(1, losses.size(), losses.toString());
        assertTrue(losses.get(0).contains("330282123215") && losses.get(0).contains("300 bytes"), losses.get(0));
        Path shp = dir.resolve("v.shp");
        new ShapefileWriter().write(List.of(r), ExportFormat.SHP, shp);
        var layer = new ShapefileReader().read(shp, ReadOptions.DEFAULTS);
        Village back = new VillageMapper().merge(layer, Map.of(), null, List.of()).villages().get(0);
        assertEquals(16.375, back.idleLandMu());
        assertEquals(84, back.name().length());
    }

    @Test
    void xlsxSaysWhichTextItCutToACellsLimitAndCsvKeepsIt() throws IOException {
        String longName = "村".repeat(TableExporter.XLSX_CELL_CHARS + 5);
        ExportRow r = new ExportRow(new Village("330282123215", longName, "龙山镇", null, 1, 1, 1, 1, 1, 0, 0,
                Set.of(), false), null, null, Strength.WEAK);
        List<String> losses = new TableExporter().losses(List.of(r), ExportFormat.XLSX);
        assertEquals(1, losses.size(), losses.toString());
        assertTrue(losses.get(0).contains("330282123215") && losses.get(0).contains("32772")
                && losses.get(0).contains("name"), losses.get(0));
        assertTrue(new TableExporter().losses(List.of(r), ExportFormat.CSV).isEmpty());
        Path xlsx = dir.resolve("long.xlsx");
        new TableExporter().write(List.of(r), ExportFormat.XLSX, xlsx);
        var layer = new XlsxReader().read(xlsx, ReadOptions.DEFAULTS);
        Village back = new VillageMapper().merge(layer, Map.of(), null, List.of()).villages().get(0);
        assertEquals(TableExporter.XLSX_CELL_CHARS, back.name().length());
    }
}
