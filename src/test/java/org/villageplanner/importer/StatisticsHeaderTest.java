package org.villageplanner.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.villageplanner.domain.Messages;
import org.villageplanner.domain.PlannerException;
import org.villageplanner.domain.Village;
import org.villageplanner.service.FeatureLayer;
import org.villageplanner.service.VillageConverter;

/**
 * Headers as they appear in county statistics tables and the 农村集体经济 report forms (total income, operating
 * income, population, households, assets, idle land), with and without units in half- and full-width brackets;
 * the summary of what an import left out; and the refusal of money columns that are plainly 万元 without saying so.
 */
class StatisticsHeaderTest {
    private final VillageMapper mapper = new VillageMapper();

    @BeforeEach
    void english() {
        Messages.setLocale(Messages.ENGLISH);
    }

    private VillageConverter.Merge merge(FeatureLayer layer) {
        return mapper.merge(layer, Map.of(), null, List.of());
    }

    /**
     * header → the field it fills, the value in the file, and the value the village gets. Where the headers come
     * from (the words, not guesses):
     * <ul>
     * <li>农业部《农村集体经济统计报表制度》(农市(经)年综 forms; 2008, restated in the 2013 农村经营管理情况统计报表制度):
     * 表一 农村经济基本情况 — 汇总农户数 (户), 汇总人口数 (人); 表六 村集体经济组织收益分配 — 一、总收入, 1.经营收入,
     * 2.发包及上交收入 …, all in 万元; 表七 村集体经济组织资产负债 — 资产总计 (万元).</li>
     * <li>County and township tables of villages' collective income (村级集体经济收入情况统计表, the lists of 集体经济薄弱村):
     * 村名, 乡镇, 户籍人口, 户数, "2023年村集体经济总收入（万元）", "其中：经营性收入（万元）", 集体资产, 闲置土地（亩）.</li>
     * <li>Statistical yearbooks' village and township tables: 户数（户）, 人口（人）, 总人口.</li>
     * </ul>
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', textBlock = """
            总收入;                 total_income;      4500000;   4500000
            总收入(万元);           total_income;      450;       4500000
            总收入（万元）;         total_income;      450.5;     4505000
            总收入(元);             total_income;      4500000;   4500000
            总收入（元）;           total_income;      4500000;   4500000
            总收入/万元;            total_income;      450;       4500000
            总收入【万元】;         total_income;      450;       4500000
            村集体经济收入;         total_income;      4500000;   4500000
            村集体经济收入（万元）; total_income;      450;       4500000
            村级集体经济总收入;     total_income;      4500000;   4500000
            村级集体经济总收入(万元); total_income;    450;       4500000
            集体经济总收入;         total_income;      4500000;   4500000
            2023年村集体经济总收入（万元）; total_income; 450;    4500000
            一、总收入;             total_income;      4500000;   4500000
            总收入（万元）;         total_income;      180;       1800000
            经营收入;               operating_income;  250000;    250000
            其中：经营性收入（万元）; operating_income; 68;       680000
            其中:经营收入(万元);    operating_income;  68;        680000
            汇总人口数;             population;        2100;      2100
            汇总人口数（人）;       population;        2100;      2100
            汇总农户数(户);         households;        700;       700
            资产总计(万元);         assets;            1000;      10000000
            资产总计;               assets;            10000000;  10000000
            经营收入(万元);         operating_income;  25;        250000
            经营性收入;             operating_income;  250000;    250000
            经营性收入（万元）;     operating_income;  25.1;      251000
            村集体经营性收入;       operating_income;  250000;    250000
            2023年度经营性收入(万元); operating_income; 25;       250000
            人口;                   population;        2100;      2100
            人口(人);               population;        2100;      2100
            户籍人口;               population;        2100;      2100
            户籍人口（人）;         population;        2100;      2100
            总人口;                 population;        2100;      2100
            户数;                   households;        700;       700
            户数(户);               households;        700;       700
            总户数（户）;           households;        700;       700
            资产;                   assets;            10000000;  10000000
            集体资产;               assets;            10000000;  10000000
            资产总额(万元);         assets;            1000;      10000000
            集体资产（万元）;       assets;            1000;      10000000
            闲置土地;               idle_land_mu;      16.375;    16.375
            闲置土地(亩);           idle_land_mu;      16.375;    16.375
            闲置耕地（亩）;         idle_land_mu;      3.5;       3.5
            闲置建设用地(亩);       idle_land_mu;      2;         2
            """)
    void statisticsTableHeadersAreRecognised(String header, String field, String value, double expected) {
        // Three villages, so the unlabelled-万元 check has enough values to judge (it must not fire on yuan).
        FeatureLayer layer = VillageMapperTest.table("t.csv", "代码|村名|" + header,
                "1|甲村|" + value, "2|乙村|" + value, "3|丙村|" + value);
        VillageConverter.Merge m = merge(layer);
        Village v = m.villages().get(0);
        double got = switch (field) {
            case "total_income" -> v.totalIncome();
            case "operating_income" -> v.operatingIncome();
            case "population" -> v.population();
            case "households" -> v.households();
            case "assets" -> v.assets();
            default -> v.idleLandMu();
        };
        assertEquals(expected, got, 1e-9);
        assertTrue(m.unusedColumns().isEmpty(), m.unusedColumns().toString());
        assertFalse(m.emptyFields().contains(field));
    }

    @Test
    void countyShapefileHeadersOfTheIssueImportEveryFigure() {
        FeatureLayer layer = VillageMapperTest.table("county.shp",
                "代码|村名|乡镇|人口|户数|总收入|经营性收入|集体资产",
                "330282123215|徐福村|龙山镇|2100|700|2795000|1205000|15003000",
                "330282123211|东门村|龙山镇|1500|500|352000|101000|8002500",
                "330282123217|西门村|龙山镇|1200|400|887500|403000|6007000");
        VillageConverter.Merge m = merge(layer);
        Village v = m.villages().get(0);
        assertEquals(new Village("330282123215", "徐福村", "龙山镇", null, 2100, 700, 2_795_000, 1_205_000,
                15_003_000, 0, 0, java.util.Set.of(), false), v);
        assertEquals(List.of("idle_land_mu", "idle_houses", "resources", "mountain"), m.emptyFields());
        assertTrue(m.warnings().isEmpty(), m.warnings().toString());
    }

    @Test
    void summaryListsUnusedColumnsEmptyFieldsConversionsAndMoneyWarnings() {
        FeatureLayer layer = VillageMapperTest.table("t.csv", "代码|村名|备注|经营性收入(万元)|集体资产|populatio",
                "1|甲村|x|25|0|10", "2|乙村|y|30|0|20");
        VillageConverter.Merge m = merge(layer);
        assertEquals(List.of("备注"), m.unusedColumns());
        assertTrue(m.emptyFields().contains("total_income"), m.emptyFields().toString());
        assertTrue(m.emptyFields().contains("town"));
        assertTrue(m.conversions().stream().anyMatch(c -> c.contains("经营性收入(万元)") && c.contains("10,000")),
                m.conversions().toString());
        assertTrue(m.conversions().stream().anyMatch(c -> c.contains("populatio") && c.contains("10 characters")),
                m.conversions().toString());
        assertEquals(20, m.villages().get(1).population());
        assertTrue(m.warnings().stream().anyMatch(w -> w.contains("集体资产") && w.contains("0 or blank")),
                m.warnings().toString());
        assertTrue(m.warnings().stream().anyMatch(w -> w.contains("no column holds total_income")),
                m.warnings().toString());
    }

    @Test
    void aMissingMoneyFieldIsWarnedAboutWhenVillagesAreAdded() {
        VillageConverter.Merge m = merge(VillageMapperTest.table("t.csv", "代码|村名|人口", "1|甲村|10"));
        for (String f : List.of("total_income", "operating_income", "assets")) {
            assertTrue(m.warnings().stream().anyMatch(w -> w.contains("no column holds " + f)), m.warnings().toString());
        }
    }

    @Test
    void anUnlabelledWanColumnIsRefusedNamingItAndBothFixes() {
        FeatureLayer layer = VillageMapperTest.table("wan.csv", "代码|村名|总收入|经营性收入",
                "1|甲村|279.62|120.5", "2|乙村|35.2|10.1", "3|丙村|88.75|40.3");
        PlannerException e = assertThrows(PlannerException.class, () -> merge(layer));
        assertEquals("importer.money.looksWan", e.key());
        String msg = e.getMessage();
        assertTrue(msg.contains("wan.csv") && msg.contains("\"总收入\""), msg);
        assertTrue(msg.contains("--map total_income_wan=总收入"), msg);
        assertTrue(msg.contains("--money-unit yuan"), msg);
        assertTrue(msg.contains("88.75"), msg);
        assertEquals(Map.of("total_income", "总收入", "operating_income", "经营性收入"),
                mapper.suspectWan(layer, Map.of()));

        // Fix 1: say it is 万元.
        Village v = mapper.merge(layer, Map.of("total_income_wan", "总收入", "operating_income_wan", "经营性收入"),
                null, List.of()).villages().get(0);
        assertEquals(2_796_200, v.totalIncome(), 1e-6);
        // Fix 2: accept the values as yuan; the summary says so.
        VillageConverter.Merge asYuan = mapper.merge(layer, Map.of(), null, List.of(), true);
        assertEquals(279.62, asYuan.villages().get(0).totalIncome());
        assertTrue(asYuan.conversions().stream().anyMatch(c -> c.contains("--money-unit yuan")));
    }

    /** The rule of {@link WanHeuristic}: values in yuan, or too few to judge, are never refused. */
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = ';', textBlock = """
            279.62,35.2,88.75;                 true
            35,120,88,12;                      true
            1.5,2.25,0,0,3;                    true
            2795000,352000,887500;             false
            4500,3800,12000000,2500000;        false
            35.2,88.75;                        false
            0,0,0,0;                           false
            3500,4200,4800,300000;             false
            """)
    void wanHeuristic(String values, boolean wan) {
        String[] vs = values.split(",");
        String[] rows = new String[vs.length];
        for (int i = 0; i < vs.length; i++) {
            rows[i] = (i + 1) + "|村" + i + "|" + vs[i];
        }
        FeatureLayer layer = VillageMapperTest.table("t.csv", "代码|村名|总收入", rows);
        assertEquals(wan, WanHeuristic.judge(layer.features(), "总收入").looksWan());
    }

    @Test
    void aColumnWhoseHeaderNamesYuanIsNeverGuessedAt() {
        FeatureLayer layer = VillageMapperTest.table("t.csv", "代码|村名|总收入(元)", "1|甲|279.62", "2|乙|35.2",
                "3|丙|88.75");
        assertEquals(279.62, merge(layer).villages().get(0).totalIncome());
    }

    @Test
    void twoColumnsForOneFieldAreRefused() {
        FeatureLayer layer = VillageMapperTest.table("t.csv", "代码|村名|A|B", "1|甲|1|2");
        PlannerException e = assertThrows(PlannerException.class, () -> mapper.merge(layer,
                new java.util.LinkedHashMap<>(Map.of("total_income", "A", "total_income_wan", "B")), null,
                List.of()));
        assertEquals("importer.map.twice", e.key());
    }
}
