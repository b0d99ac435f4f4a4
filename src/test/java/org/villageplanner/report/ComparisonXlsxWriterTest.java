package org.villageplanner.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.villageplanner.domain.Agreement;
import org.villageplanner.domain.Assumptions;
import org.villageplanner.domain.Cluster;
import org.villageplanner.domain.ClusterType;
import org.villageplanner.domain.Contribution;
import org.villageplanner.domain.Language;
import org.villageplanner.domain.Messages;
import org.villageplanner.domain.InvestmentProject;
import org.villageplanner.domain.Scenario;
import org.villageplanner.domain.ShareRule;
import org.villageplanner.domain.Village;
import org.villageplanner.finance.Comparison;
import org.villageplanner.finance.SimulationResult;
import org.villageplanner.finance.Simulator;
import org.villageplanner.service.WhatIfService;

class ComparisonXlsxWriterTest {
    @TempDir
    Path dir;

    @Test
    void workbookHoldsTheHeadlinesWithDeltasByYearAndVillages() throws Exception {
        List<Village> villages = List.of(
                new Village("a", "甲村", "镇", null, 1, 1, 600_000, 300_000, 0, 0, 0, Set.of(), false),
                new Village("b", "乙村", "镇", null, 1, 1, 400_000, 200_000, 0, 0, 0, Set.of(), false));
        Cluster c = new Cluster("k", "片区", ClusterType.COMPLEMENTARY, "a", List.of("a", "b"), null,
                Agreement.of(ShareRule.EQUAL), List.of(Contribution.cash("a", 1), Contribution.cash("b", 1)),
                List.of(InvestmentProject.leased("厂房", 0, 800_000)), List.of(), false);
        Scenario base = Scenario.empty("现状");
        Scenario plan = new Scenario("方案A", "", Assumptions.DEFAULTS, List.of(c));
        List<SimulationResult> results = List.of(Simulator.simulate(base, villages), Simulator.simulate(plan, villages));
        WhatIfService.ScenarioComparison sc = new WhatIfService.ScenarioComparison(Comparison.of(results), results,
                List.of(base.assumptions(), plan.assumptions()), java.util.Map.of());
        Path file = dir.resolve("cmp.xlsx");
        // A Chinese workbook from an English session: the language is passed, the session's is left alone.
        Messages.setLocale(Messages.ENGLISH);
        new ComparisonXlsxWriter().write(sc, Language.CHINESE, file);
        assertEquals(Messages.ENGLISH, Messages.locale(), "the export never switches the session's language");
        try (ReadableWorkbook wb = new ReadableWorkbook(file.toFile())) {
            List<Sheet> sheets = wb.getSheets().toList();
            assertEquals(List.of("指标", "逐年指标", "村庄"), sheets.stream().map(Sheet::getName).toList());
            try (Stream<Row> rows = sheets.get(0).openStream()) {
                List<Row> all = rows.toList();
                assertEquals(List.of("指标", "现状", "方案A", "差值 方案A"),
                        List.of(all.get(0).getCellText(0), all.get(0).getCellText(1), all.get(0).getCellText(2),
                                all.get(0).getCellText(3)));
                Row moved = all.stream().filter(r -> r.getCellText(0).equals("调整片区的村数")).findFirst().orElseThrow();
                assertEquals(2.0, Double.parseDouble(moved.getCellText(3)));
                Row dividends = all.stream().filter(r -> r.getCellText(0).startsWith("分红合计")).findFirst()
                        .orElseThrow();
                assertEquals(8_000_000.0, Double.parseDouble(dividends.getCellText(2)), 1e-6);
            }
            try (Stream<Row> rows = sheets.get(2).openStream()) {
                assertEquals(3, rows.count(), "a header and one row per village");
            }
        }
        assertFalse(Files.exists(dir.resolve("cmp.xlsx.tmp")));
    }

    /** Issue 14 item 8: scenario and village names that look like formulas are string cells, never formulas. */
    @Test
    void formulaLikeNamesAreStringCellsNeverFormulas() throws Exception {
        List<Village> villages = List.of(
                new Village("a", "=HYPERLINK(\"http://x\",\"点我\")", "镇", null, 1, 1, 600_000, 300_000, 0, 0, 0,
                        Set.of(), false),
                new Village("b", "@SUM(A1)", "镇", null, 1, 1, 400_000, 200_000, 0, 0, 0, Set.of(), false));
        Scenario base = Scenario.empty("=1+1");
        Scenario plan = Scenario.empty("+cmd");
        List<SimulationResult> results = List.of(Simulator.simulate(base, villages), Simulator.simulate(plan, villages));
        WhatIfService.ScenarioComparison sc = new WhatIfService.ScenarioComparison(Comparison.of(results), results,
                List.of(base.assumptions(), plan.assumptions()), java.util.Map.of());
        Path file = dir.resolve("cmp.xlsx");
        new ComparisonXlsxWriter().write(sc, Language.ENGLISH, file);
        try (java.util.zip.ZipFile z = new java.util.zip.ZipFile(file.toFile())) {
            for (java.util.zip.ZipEntry e : java.util.Collections.list(z.entries())) {
                if (e.getName().startsWith("xl/worksheets/")) {
                    String xml = new String(z.getInputStream(e).readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
                    assertFalse(xml.contains("<f>") || xml.contains("<f "), e.getName() + " has a formula: " + xml);
                }
            }
        }
        try (ReadableWorkbook wb = new ReadableWorkbook(file.toFile())) {
            try (Stream<Row> rows = wb.getSheets().toList().get(0).openStream()) {
                Row header = rows.findFirst().orElseThrow();
                assertEquals("=1+1", header.getCellText(1));
                assertEquals(org.dhatim.fastexcel.reader.CellType.STRING, header.getCell(1).getType());
            }
        }
    }
}
