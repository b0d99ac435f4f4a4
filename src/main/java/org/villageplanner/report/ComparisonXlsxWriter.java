package org.villageplanner.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.villageplanner.domain.Language;
import org.villageplanner.domain.PlannerException;
import org.villageplanner.finance.Comparison;
import org.villageplanner.service.AtomicFiles;
import org.villageplanner.service.ComparisonTableWriter;
import org.villageplanner.service.WhatIfService;

/**
 * A scenario comparison as an XLSX workbook with three sheets: headline indicators in year N with deltas against
 * the first scenario, every indicator by year, and each village's cluster and year-N operating income. Money
 * stays in yuan (plain numbers, so the planner can compute with them); headers are in the language asked for.
 * Written to a temporary file beside the target and moved into place, so a failed export leaves no half file.
 */
public final class ComparisonXlsxWriter implements ComparisonTableWriter {
    @Override
    public void write(WhatIfService.ScenarioComparison sc, Language lang, Path file) {
        Path target = file.toAbsolutePath();
        Path tmp = target.resolveSibling(target.getFileName() + ".tmp");
        try (OutputStream out = Files.newOutputStream(tmp)) {
            Workbook wb = new Workbook(out, "VillageClusterPlanner", "1.0");
            Comparison c = sc.comparison();
            headlines(wb.newWorksheet(lang.text("whatif.sheet.indicators")), c, lang);
            byYear(wb.newWorksheet(lang.text("whatif.sheet.byYear")), c, lang);
            villages(wb.newWorksheet(lang.text("whatif.sheet.villages")), c, lang);
            wb.finish();
        } catch (IOException e) {
            AtomicFiles.deleteQuietly(tmp);
            throw new PlannerException("whatif.export.failed", file, e.getMessage());
        }
        try {
            AtomicFiles.replace(tmp, target);
        } catch (IOException e) {
            AtomicFiles.deleteQuietly(tmp);
            throw new PlannerException("whatif.export.failed", file, e.getMessage());
        }
    }

    private static void headlines(Worksheet ws, Comparison c, Language lang) {
        List<String> names = c.scenarios();
        ws.value(0, 0, lang.text("whatif.col.indicator"));
        for (int i = 0; i < names.size(); i++) {
            ws.value(0, 1 + i, names.get(i));
            if (i > 0) {
                ws.value(0, names.size() + i, lang.text("whatif.col.delta", names.get(i)));
            }
        }
        int r = 1;
        for (Comparison.Row row : c.indicators()) {
            ws.value(r, 0, lang.text("whatif.indicator." + row.name()));
            for (int i = 0; i < names.size(); i++) {
                number(ws, r, 1 + i, row.values().get(i));
                if (i > 0) {
                    number(ws, r, names.size() + i, row.deltas().get(i));
                }
            }
            r++;
        }
        ws.value(r + 1, 0, lang.text("whatif.note.year", c.years()));
        ws.width(0, 28);
    }

    private static void byYear(Worksheet ws, Comparison c, Language lang) {
        ws.value(0, 0, lang.text("whatif.col.year"));
        ws.value(0, 1, lang.text("whatif.col.indicator"));
        for (int i = 0; i < c.scenarios().size(); i++) {
            ws.value(0, 2 + i, c.scenarios().get(i));
        }
        int r = 1;
        for (Comparison.YearRow y : c.byYear()) {
            for (Map.Entry<String, List<Double>> e : y.values().entrySet()) {
                ws.value(r, 0, y.year());
                ws.value(r, 1, lang.text("whatif.indicator." + e.getKey()));
                for (int i = 0; i < e.getValue().size(); i++) {
                    number(ws, r, 2 + i, e.getValue().get(i));
                }
                r++;
            }
        }
        ws.width(1, 28);
    }

    private static void villages(Worksheet ws, Comparison c, Language lang) {
        int n = c.scenarios().size();
        ws.value(0, 0, lang.text("whatif.col.code"));
        ws.value(0, 1, lang.text("whatif.col.name"));
        for (int i = 0; i < n; i++) {
            ws.value(0, 2 + i, lang.text("whatif.col.cluster", c.scenarios().get(i)));
            ws.value(0, 2 + n + i, lang.text("whatif.col.income", c.scenarios().get(i), c.years()));
            if (i > 0) {
                ws.value(0, 1 + 2 * n + i, lang.text("whatif.col.delta", c.scenarios().get(i)));
            }
        }
        int r = 1;
        for (Comparison.VillageRow v : c.villages()) {
            ws.value(r, 0, v.code());
            ws.value(r, 1, v.name());
            for (int i = 0; i < n; i++) {
                String cluster = v.clusters().get(i);
                ws.value(r, 2 + i, cluster == null ? "" : cluster);
                number(ws, r, 2 + n + i, v.operatingIncomeN().get(i));
                if (i > 0) {
                    number(ws, r, 1 + 2 * n + i, v.deltas().get(i));
                }
            }
            r++;
        }
        ws.width(0, 16);
        ws.width(1, 14);
    }

    private static void number(Worksheet ws, int r, int col, Double value) {
        if (value != null && Double.isFinite(value)) {
            ws.value(r, col, value);
        }
    }
}
