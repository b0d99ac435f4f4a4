package org.villageplanner.cli;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.villageplanner.domain.PlannerException;
import org.villageplanner.finance.ClusterResult;
import org.villageplanner.finance.IndicatorBand;
import org.villageplanner.finance.IndicatorYear;
import org.villageplanner.finance.Indicator;
import org.villageplanner.finance.Payout;
import org.villageplanner.finance.SimulationResult;
import org.villageplanner.finance.VillageResult;
import org.villageplanner.finance.WaterfallYear;
import org.villageplanner.service.CsvCells;

/**
 * {@code simulate --csv DIR}: villages.csv, waterfall.csv, payouts.csv and indicators.csv (and montecarlo.csv when
 * runs were made), one row per item and year, UTF-8 with a byte-order mark so that Excel shows Chinese names.
 * Money in yuan with 2 decimals.
 */
final class SimulationCsv {
    private SimulationCsv() {
    }

    static List<Path> write(SimulationResult r, Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new PlannerException(e, "clisim.csv.cannotWrite", dir, e.getMessage());
        }
        List<Path> files = new ArrayList<>();
        List<List<Object>> rows = new ArrayList<>();
        rows.add(List.of("code", "name", "cluster", "strength", "year", "operatingIncome", "totalIncome"));
        for (VillageResult v : r.villages()) {
            for (int t = 0; t <= r.years(); t++) {
                rows.add(list(v.code(), v.name(), v.cluster(), v.strength().name(), t,
                        SimulationJson.money(v.operatingIncome()[t]), SimulationJson.money(v.totalIncome()[t])));
            }
        }
        files.add(write(dir.resolve("villages.csv"), rows));
        rows = new ArrayList<>();
        List<Object> waterfallHeader = list("cluster", "year");
        waterfallHeader.addAll(SimulationJson.WATERFALL);
        rows.add(waterfallHeader);
        for (ClusterResult c : r.clusters()) {
            for (WaterfallYear y : c.waterfall()) {
                List<Object> row = list(c.id(), y.year());
                for (double d : SimulationJson.waterfall(y)) {
                    row.add(SimulationJson.money(d));
                }
                rows.add(row);
            }
        }
        files.add(write(dir.resolve("waterfall.csv"), rows));
        rows = new ArrayList<>();
        rows.add(List.of("cluster", "party", "name", "year", "amount"));
        for (ClusterResult c : r.clusters()) {
            for (Payout p : c.payouts()) {
                for (int t = 1; t <= r.years(); t++) {
                    rows.add(list(c.id(), p.party(), p.name(), t, BigDecimal.valueOf(p.fenByYear()[t - 1], 2)));
                }
            }
        }
        files.add(write(dir.resolve("payouts.csv"), rows));
        rows = new ArrayList<>();
        List<Object> header = list("year");
        for (Indicator k : Indicator.values()) {
            header.add(k.jsonName());
        }
        rows.add(header);
        for (IndicatorYear y : r.indicators()) {
            List<Object> row = list(y.year());
            for (Indicator k : Indicator.values()) {
                Double v = y.value(k);
                row.add(v == null ? "" : k.unit() == org.villageplanner.finance.Measure.VILLAGES ? (Object) v.intValue() : v);
            }
            rows.add(row);
        }
        files.add(write(dir.resolve("indicators.csv"), rows));
        if (r.monteCarlo().runs() > 0) {
            files.add(write(dir.resolve("montecarlo.csv"), bands(r)));
        }
        return files;
    }

    /** Monte Carlo bands: one row per village and year (operating income), then per indicator and year. */
    private static List<List<Object>> bands(SimulationResult r) {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(List.of("what", "code", "year", "p10", "p50", "p90"));
        for (VillageResult v : r.villages()) {
            double[] p10 = r.monteCarlo().operatingIncomeP10().get(v.code());
            double[] p50 = r.monteCarlo().operatingIncomeP50().get(v.code());
            double[] p90 = r.monteCarlo().operatingIncomeP90().get(v.code());
            for (int t = 0; t <= r.years(); t++) {
                rows.add(list("operatingIncome", v.code(), t, SimulationJson.money(p10[t]), SimulationJson.money(p50[t]),
                        SimulationJson.money(p90[t])));
            }
        }
        for (IndicatorBand b : r.monteCarlo().indicators()) {
            for (int t = 0; t <= r.years(); t++) {
                rows.add(list(b.name(), "", t, number(b.p10()[t]), number(b.p50()[t]), number(b.p90()[t])));
            }
        }
        return rows;
    }

    private static Object number(double d) {
        return Double.isNaN(d) ? "" : d;
    }

    private static List<Object> list(Object... values) {
        List<Object> l = new ArrayList<>();
        for (Object v : values) {
            l.add(v == null ? "" : v);
        }
        return l;
    }

    private static Path write(Path file, List<List<Object>> rows) {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write('\uFEFF');
            for (List<Object> row : rows) {
                for (int i = 0; i < row.size(); i++) {
                    if (i > 0) {
                        w.write(',');
                    }
                    w.write(CsvCells.cell(row.get(i)));
                }
                w.write("\r\n");
            }
        } catch (IOException e) {
            throw new PlannerException(e, "clisim.csv.cannotWrite", file, e.getMessage());
        }
        return file;
    }
}
