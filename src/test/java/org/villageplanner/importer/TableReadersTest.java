package org.villageplanner.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.villageplanner.domain.Messages;
import org.villageplanner.domain.PlannerException;
import org.villageplanner.domain.Village;
import org.villageplanner.service.FeatureLayer;
import org.villageplanner.service.ReadOptions;

class TableReadersTest {
    @TempDir
    Path dir;
    private final CsvReader csv = new CsvReader();
    private final XlsxReader xlsx = new XlsxReader();

    @BeforeEach
    void english() {
        Messages.setLocale(Messages.ENGLISH);
    }

    private Path write(String name, byte[] bytes) throws IOException {
        Path f = dir.resolve(name);
        Files.write(f, bytes);
        return f;
    }

    private static byte[] bom(String s) {
        byte[] text = s.getBytes(StandardCharsets.UTF_8);
        byte[] out = new byte[text.length + 3];
        out[0] = (byte) 0xEF;
        out[1] = (byte) 0xBB;
        out[2] = (byte) 0xBF;
        System.arraycopy(text, 0, out, 3, text.length);
        return out;
    }

    @Test
    void utf8WithBomAndLonLatColumnsGivePointsInWgs84() throws IOException {
        Path f = write("v.csv", bom("代码,村名,经度,纬度,经营性收入(万元)\r\n1,甲村,121.3,30.2,12.5\r\n2,乙村,,,3\r\n"));
        FeatureLayer layer = csv.read(f, ReadOptions.DEFAULTS);
        assertEquals("EPSG:4326", layer.crs());
        assertEquals(List.of("代码", "村名", "经营性收入(万元)"), layer.columns());
        assertEquals(121.3, layer.features().get(0).geometry().getCoordinate().x);
        assertNull(layer.features().get(1).geometry());
        Village v = new VillageMapper().merge(layer, Map.of(), null, List.of()).villages().get(0);
        assertEquals(125_000, v.operatingIncome());
    }

    @Test
    void gbkIsDetectedWhenTheBytesAreNotUtf8() throws IOException {
        Path f = write("v.csv", "代码,村名\n1,徐福村村民委员会\n".getBytes(Charset.forName("GBK")));
        FeatureLayer layer = csv.read(f, ReadOptions.DEFAULTS);
        assertEquals("徐福村村民委员会", layer.features().get(0).attributes().get("村名"));
        assertNull(layer.crs());
    }

    @Test
    void quotedFieldsKeepSeparatorsQuotesAndLineBreaks() throws IOException {
        Path f = write("v.csv", ("code,name,resources,wkt\n"
                + "1,\"甲村, 东\",\"tea;\"\"scenic\"\"\",\"POLYGON ((0 0, 1 0, 1 1, 0 0))\"\n"
                + "2,\"乙\n村\",,\n").getBytes(StandardCharsets.UTF_8));
        FeatureLayer layer = csv.read(f, ReadOptions.DEFAULTS);
        assertEquals("甲村, 东", layer.features().get(0).attributes().get("name"));
        assertEquals("tea;\"scenic\"", layer.features().get(0).attributes().get("resources"));
        assertEquals("Polygon", layer.features().get(0).geometry().getGeometryType());
        assertEquals("乙\n村", layer.features().get(1).attributes().get("name"));
        assertEquals(2, layer.features().get(1).row());
    }

    @Test
    void spacesInsideQuotesAreKeptAndSpacesAroundFieldsDropped() throws IOException {
        Path f = write("v.csv", ("code , name,remark\n"
                + " 1 ,\"徐福  村\", \"  a  b  \" \n").getBytes(StandardCharsets.UTF_8));
        FeatureLayer layer = csv.read(f, ReadOptions.DEFAULTS);
        assertEquals(List.of("code", "name", "remark"), layer.columns());
        assertEquals("1", layer.features().get(0).attributes().get("code"));
        assertEquals("徐福  村", layer.features().get(0).attributes().get("name"));
        assertEquals("  a  b  ", layer.features().get(0).attributes().get("remark"));
    }

    @Test
    void tabSeparatedIsDetected() throws IOException {
        Path f = write("v.tsv", "code\tname\n1\t甲村\n".getBytes(StandardCharsets.UTF_8));
        assertEquals("甲村", csv.read(f, ReadOptions.DEFAULTS).features().get(0).attributes().get("name"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            code,wkt\\n1,POLYGON ((0 0 1 0))\\n           | importer.table.badWkt         | v.csv, row 1, field wkt
            code,lon,lat\\n1,121.3,30.2\\n2,东经121,30\\n | importer.table.badCoordinate  | v.csv, row 2, field lon
            code,name\\n1,a,b\\n                          | importer.table.tooManyCells   | v.csv, row 1: the row has 3 values
            code,name\\n1,"a\\n                           | importer.table.openQuote      | v.csv: a quoted value opened on line 2
            ''                                            | importer.table.empty          | v.csv: the file is empty
            """)
    void malformedCsvNamesRowAndField(String text, String key, String start) throws IOException {
        Path f = write("v.csv", text.replace("\\n", "\n").getBytes(StandardCharsets.UTF_8));
        PlannerException e = assertThrows(PlannerException.class, () -> csv.read(f, ReadOptions.DEFAULTS));
        assertEquals(key, e.key(), e.getMessage());
        assertTrue(e.getMessage().startsWith(start), e.getMessage());
    }

    @Test
    void forcedEncodingThatDoesNotFitIsAnError() throws IOException {
        Path f = write("v.csv", "代码\n甲\n".getBytes(Charset.forName("GBK")));
        PlannerException e = assertThrows(PlannerException.class,
                () -> csv.read(f, new ReadOptions(null, StandardCharsets.UTF_8, null)));
        assertEquals("importer.table.badText", e.key());
    }

    private Path workbook() throws IOException {
        Path f = dir.resolve("v.xlsx");
        try (OutputStream os = Files.newOutputStream(f)) {
            Workbook wb = new Workbook(os, "test", "1.0");
            Worksheet first = wb.newWorksheet("说明");
            first.value(0, 0, "这是说明页");
            Worksheet ws = wb.newWorksheet("村庄");
            String[] header = {"区划代码", "村名", "户籍人口", "经营性收入(万元)", "山区"};
            for (int c = 0; c < header.length; c++) {
                ws.value(0, c, header[c]);
            }
            ws.value(1, 0, "330282123215");
            ws.value(1, 1, "徐福村");
            ws.value(1, 2, 2100);
            ws.value(1, 3, 250.5);
            ws.value(1, 4, true);
            ws.value(2, 0, 330282123211L);
            ws.value(2, 1, "田央村");
            ws.value(2, 3, "三十");
            wb.finish();
        }
        return f;
    }

    @Test
    void xlsxSheetIsReadWithTypedCells() throws IOException {
        Path f = workbook();
        assertEquals(List.of("说明", "村庄"), xlsx.layers(f));
        FeatureLayer layer = xlsx.read(f, new ReadOptions("村庄", null, null));
        assertEquals(List.of("区划代码", "村名", "户籍人口", "经营性收入(万元)", "山区"), layer.columns());
        assertEquals(2100L, layer.features().get(0).attributes().get("户籍人口"));
        assertEquals(250.5, layer.features().get(0).attributes().get("经营性收入(万元)"));
        assertEquals(true, layer.features().get(0).attributes().get("山区"));
        assertEquals(330282123211L, layer.features().get(1).attributes().get("区划代码"));
    }

    @Test
    void xlsxBadValueIsReportedWithItsRow() throws IOException {
        Path f = workbook();
        FeatureLayer layer = xlsx.read(f, new ReadOptions("村庄", null, null));
        PlannerException e = assertThrows(PlannerException.class,
                () -> new VillageMapper().merge(layer, Map.of(), null, List.of()));
        assertTrue(e.getMessage().startsWith("v.xlsx, row 2, field operating_income (column \"经营性收入(万元)\")"),
                e.getMessage());
    }

    @Test
    void xlsxUnknownSheetAndBrokenFileAreNamed() throws IOException {
        Path f = workbook();
        assertEquals("importer.xlsx.noSheet", assertThrows(PlannerException.class,
                () -> xlsx.read(f, new ReadOptions("nope", null, null))).key());
        Path broken = write("b.xlsx", "not a zip".getBytes(StandardCharsets.UTF_8));
        assertEquals("importer.xlsx.bad", assertThrows(PlannerException.class,
                () -> xlsx.read(broken, ReadOptions.DEFAULTS)).key());
    }
}
