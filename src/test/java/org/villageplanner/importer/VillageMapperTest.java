package org.villageplanner.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;
import org.villageplanner.domain.CommitteeNames;
import org.villageplanner.domain.Messages;
import org.villageplanner.domain.PlannerException;
import org.villageplanner.domain.Village;
import org.villageplanner.service.Feature;
import org.villageplanner.service.FeatureLayer;
import org.villageplanner.service.VillageConverter;

class VillageMapperTest {
    private final VillageMapper mapper = new VillageMapper();

    @BeforeEach
    void english() {
        Messages.setLocale(Messages.ENGLISH);
    }

    /** A layer from a header line and rows of values ("" = null), all without geometry. */
    static FeatureLayer table(String file, String header, String... rows) {
        List<String> columns = Arrays.asList(header.split("\\|", -1));
        List<Feature> features = new ArrayList<>();
        for (int r = 0; r < rows.length; r++) {
            String[] cells = rows[r].split("\\|", -1);
            Map<String, Object> attrs = new LinkedHashMap<>();
            for (int c = 0; c < columns.size(); c++) {
                attrs.put(columns.get(c), cells[c].isEmpty() ? null : cells[c]);
            }
            features.add(new Feature(r + 1, null, attrs));
        }
        return new FeatureLayer(file, "t", null, columns, features);
    }

    private VillageConverter.Merge merge(FeatureLayer layer) {
        return mapper.merge(layer, Map.of(), null, List.of());
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', textBlock = """
            operating_income;        12.5;   12.5
            经营性收入;               12.5;   12.5
            经营性收入(万元);          12.34;  123400
            经营性收入（万元）;        12.34;  123400
            operating_income_wan;    80;     800000
            经营性收入 (元);           1,234,567.891; 1234567.89
            """)
    void operatingIncomeIsRecognisedAndConvertedToYuan(String header, String value, double yuan) {
        FeatureLayer layer = table("v.csv", "代码|村名|" + header, "1|甲村|" + value);
        assertEquals(yuan, merge(layer).villages().get(0).operatingIncome());
    }

    @Test
    void chineseHeadersFillEveryField() {
        FeatureLayer layer = table("v.csv",
                "区划代码|名称|镇街|户籍人口|户数|集体经济总收入(万元)|经营性收入(万元)|集体资产(万元)|闲置土地|闲置农房|特色资源|山区",
                "330282123215|徐福村村民委员会|龙山镇|2100|700|450|250.5|1000|12.5|3|tea;scenic|是");
        Village v = merge(layer).villages().get(0);
        assertEquals(new Village("330282123215", "徐福村", "龙山镇", null, 2100, 700, 4_500_000, 2_505_000,
                10_000_000, 12.5, 3, Set.of("tea", "scenic"), true), v);
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            徐福村村民委员会, 徐福村
            徐福村委会,       徐福村
            徐福村民委员会,   徐福村
            城东社区居民委员会, 城东社区
            田央村,           田央村
            """)
    void committeeNamesAreShortened(String official, String expected) {
        assertEquals(expected, CommitteeNames.shortName(official));
    }

    @Test
    void mapOptionChoosesAnyColumnAndCanSayWan() {
        FeatureLayer layer = table("v.csv", "编号|村|经营收入", "7|乙村|30");
        VillageConverter.Merge m = mapper.merge(layer,
                Map.of("code", "编号", "name", "村", "operating_income_wan", "经营收入"), null, List.of());
        assertEquals(Village.of("7", "乙村", 0, 300_000), m.villages().get(0));
    }

    @Test
    void truncatedDbfColumnNamesAreRecognised() {
        FeatureLayer layer = table("v.dbf", "code|name|operating_|total_inco|idle_land_", "1|甲村|5|6|7");
        Village v = merge(layer).villages().get(0);
        assertEquals(5, v.operatingIncome());
        assertEquals(6, v.totalIncome());
        assertEquals(7, v.idleLandMu());
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', textBlock = """
            code|name|经营性收入;  1|甲村|12万;         importer.field.notNumber;   v.csv, row 1, field operating_income (column "经营性收入"): "12万" is not a number.
            code|name|人口;        1|甲村|-5;           importer.field.negative;    v.csv, row 1, field population (column "人口"): -5 is negative
            code|name|人口;        1|甲村|12.5;         importer.field.notInteger;  v.csv, row 1, field population (column "人口")
            code|name|山区;        1|甲村|maybe;        importer.field.notBoolean;  v.csv, row 1, field mountain (column "山区")
            code|name;             1|;                  importer.field.blank;       v.csv, row 1, field name (column "name")
            code|name;             |甲村;               importer.field.blank;       v.csv, row 1, field code (column "code")
            id|title;              1|甲村;              importer.map.noKey;         v.csv: no column holds the village code or name
            """)
    void badValuesNameFileRowAndField(String header, String row, String key, String start) {
        PlannerException e = assertThrows(PlannerException.class, () -> merge(table("v.csv", header, row)));
        assertEquals(key, e.key(), e.getMessage());
        assertTrue(e.getMessage().startsWith(start), e.getMessage());
    }

    @Test
    void duplicateCodeNamesBothRows() {
        PlannerException e = assertThrows(PlannerException.class,
                () -> merge(table("v.csv", "code|name", "1|甲村", "2|乙村", "1|丙村")));
        assertEquals("importer.field.duplicateCode", e.key());
        assertTrue(e.getMessage().startsWith("v.csv, row 3, field code: the code 1 was already used in row/feature 1"),
                e.getMessage());
    }

    @Test
    void unknownMapFieldOrColumnIsAnError() {
        FeatureLayer layer = table("v.csv", "code|name", "1|甲村");
        assertEquals("importer.map.unknownField", assertThrows(PlannerException.class,
                () -> mapper.merge(layer, Map.of("income", "x"), null, List.of())).key());
        PlannerException e = assertThrows(PlannerException.class,
                () -> mapper.merge(layer, Map.of("town", "乡镇"), null, List.of()));
        assertEquals("importer.map.unknownColumn", e.key());
        assertTrue(e.getMessage().contains("code, name"), e.getMessage());
    }

    @Test
    void attributeTableJoinsByCodeAndKeepsUnmappedFieldsAndGeometry() throws ParseException {
        Geometry outline = new WKTReader().read("POLYGON ((121 30, 121.1 30, 121.1 30.1, 121 30))");
        Village old = new Village("1", "甲村", "龙山镇", outline, 100, 30, 1, 2, 3, 4, 5, Set.of("tea"), true);
        VillageConverter.Merge m = mapper.merge(table("incomes.csv", "代码|经营性收入", "1|600000"), Map.of(), null,
                List.of(old));
        assertEquals(old.withIncomes(1, 600_000), m.villages().get(0));
        assertEquals(0, m.added());
        assertEquals(1, m.updated());
    }

    @Test
    void tableWithoutCodesJoinsByName() {
        List<Village> project = List.of(Village.of("1", "甲村", 0, 0), Village.of("2", "乙村", 0, 0));
        VillageConverter.Merge m = mapper.merge(table("x.csv", "村名|人口", "乙村村委会|800"), Map.of(), null, project);
        assertEquals(800, m.villages().get(1).population());
        PlannerException e = assertThrows(PlannerException.class,
                () -> mapper.merge(table("x.csv", "村名|人口", "丙村|1"), Map.of(), null, project));
        assertEquals("importer.join.noMatch", e.key());
    }

    @Test
    void invalidPolygonIsRepairedWithAWarningNamingTheFeature() throws ParseException {
        Geometry bowtie = new WKTReader().read("POLYGON ((121 30, 121.1 30.1, 121.1 30, 121 30.1, 121 30))");
        FeatureLayer layer = new FeatureLayer("v.geojson", "v", "EPSG:4326", List.of("code", "name"),
                List.of(new Feature(4, bowtie, Map.of("code", "9", "name", "丁村"))));
        VillageConverter.Merge m = merge(layer);
        Geometry fixed = m.villages().get(0).geometry();
        assertTrue(fixed.isValid());
        assertEquals(bowtie.getEnvelopeInternal(), fixed.getEnvelopeInternal());
        List<String> geometryWarnings = m.warnings().stream().filter(w -> w.contains("geometry")).toList();
        assertEquals(1, geometryWarnings.size(), m.warnings().toString());
        assertTrue(geometryWarnings.get(0).startsWith("v.geojson, feature 4, field geometry: the outline of village 9"),
                geometryWarnings.get(0));
    }

    @Test
    void projectedCoordinatesAreReprojectedToWgs84() throws ParseException {
        Geometry p = new WKTReader().read("POINT (500000 3340000)");
        FeatureLayer layer = new FeatureLayer("v.shp", "v", "EPSG:4549", List.of("code", "name"),
                List.of(new Feature(1, p, Map.of("code", "1", "name", "甲村"))));
        Geometry g = merge(layer).villages().get(0).geometry();
        assertEquals(120.0, g.getCoordinate().x, 1e-9);
        assertEquals(4326, g.getSRID());
    }

    @Test
    void wrongCrsIsCaughtBecauseCoordinatesAreNotDegrees() throws ParseException {
        Geometry p = new WKTReader().read("POINT (40500000 3340000)");
        FeatureLayer layer = new FeatureLayer("v.shp", "v", null, List.of("code", "name"),
                List.of(new Feature(1, p, Map.of("code", "1", "name", "甲村"))));
        assertEquals("crs.missing", assertThrows(PlannerException.class, () -> merge(layer)).key());
        PlannerException e = assertThrows(PlannerException.class,
                () -> mapper.merge(layer, Map.of(), "EPSG:4326", List.of()));
        assertEquals("importer.geometry.outOfRange", e.key());
    }

    @Test
    void attributeOnlyRowsHaveNoGeometry() {
        assertNull(merge(table("v.csv", "code|name", "1|甲村")).villages().get(0).geometry());
    }

    @Test
    void recognisedFieldsAreListedForTheImportDialog() {
        List<VillageConverter.FieldColumn> fields = mapper.recognise("v.csv",
                List.of("区划代码", "名称", "经营性收入(万元)", "备注", "编号"), Map.of("town", "备注"));
        assertEquals(List.of(new VillageConverter.FieldColumn("code", "区划代码", false),
                new VillageConverter.FieldColumn("name", "名称", false),
                new VillageConverter.FieldColumn("town", "备注", false),
                new VillageConverter.FieldColumn("operating_income", "经营性收入(万元)", true)), fields);
    }
}
