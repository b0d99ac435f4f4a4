package org.villageplanner.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.villageplanner.domain.Messages;
import org.villageplanner.domain.Strength;
import org.villageplanner.finance.ClusterResult;
import org.villageplanner.finance.IndicatorBand;
import org.villageplanner.finance.IndicatorYear;
import org.villageplanner.finance.Indicator;
import org.villageplanner.finance.MemberReturn;
import org.villageplanner.finance.MonteCarloResult;
import org.villageplanner.finance.PartyShare;
import org.villageplanner.finance.Payout;
import org.villageplanner.finance.Scorecard;
import org.villageplanner.finance.SimulationResult;
import org.villageplanner.finance.Transfer;
import org.villageplanner.finance.VillageResult;
import org.villageplanner.finance.WaterfallYear;

/**
 * The {@code simulate --json} document of CLI.md: every listed key, plus displayed share percentages, the
 * per-capita indicators, member returns, cash flows and Monte Carlo bands of each indicator. Money in yuan with
 * 2 decimals (payouts exact to the fen); ratios as unrounded numbers; undefined values as null. The rows of the
 * document's lists are records below, written by {@link Json#MAPPER}; their components, in order, are the keys.
 */
final class SimulationJson {
    /** The waterfall's money columns (yuan) after {@code year}, in MODEL.md §2's order: JSON keys and CSV header. */
    static final List<String> WATERFALL = List.of("revenue", "opex", "depreciation", "profitBeforeTax", "taxable",
            "lossCarried", "tax", "net", "available", "deficit", "reserve", "welfare", "distributable",
            "guaranteed", "shortfall", "dividends", "retained", "cashFlow");

    private SimulationJson() {
    }

    static ObjectNode of(SimulationResult r) {
        ObjectNode root = Json.object();
        root.put("scenario", r.scenario());
        root.put("years", r.years());
        root.put("seed", r.seed());
        root.put("runs", r.runs());
        root.put("discountRate", r.discountRate());
        ArrayNode clusters = root.putArray("clusters");
        r.clusters().forEach(c -> clusters.add(cluster(c)));
        root.set("villages", rows(r.villages().stream().map(VillageRow::of)));
        ArrayNode indicators = root.putArray("indicators");
        for (IndicatorYear y : r.indicators()) {
            ObjectNode o = indicators.addObject();
            o.put("year", y.year());
            for (Indicator k : Indicator.values()) {
                if (k.unit() == org.villageplanner.finance.Measure.VILLAGES) {
                    o.put(k.jsonName(), y.value(k).intValue());
                } else {
                    o.put(k.jsonName(), y.value(k));
                }
            }
        }
        root.set("monteCarlo", monteCarlo(r.monteCarlo()));
        root.set("scorecard", scorecard(Scorecard.of(r)));
        return root;
    }

    /** {@code scorecard}: axes (name, raw, score 0–100) and each cluster's equity figures (docs/SCORECARD.md). */
    static ObjectNode scorecard(Scorecard s) {
        ObjectNode o = Json.object();
        o.set("axes", Json.MAPPER.valueToTree(s.axes()));
        o.set("clusters", rows(s.clusters().stream().map(EquityRow::of)));
        return o;
    }

    /** {@code y}'s money in the order of {@link #WATERFALL}, yuan. */
    static double[] waterfall(WaterfallYear y) {
        return new double[] {y.revenue(), y.opex(), y.depreciation(), y.profitBeforeTax(), y.taxable(),
            y.lossCarried(), y.tax(), y.net(), y.available(), y.deficit(), y.reserve(), y.welfare(),
            y.distributable(), y.guaranteed(), y.shortfall(), y.dividends(), y.retained(), y.cashFlow()};
    }

    private static ObjectNode cluster(ClusterResult c) {
        ObjectNode o = Json.object();
        o.put("id", c.id());
        o.put("name", c.name());
        o.set("shares", rows(c.shares().stream().map(ShareRow::of)));
        ArrayNode wf = o.putArray("waterfall");
        for (WaterfallYear y : c.waterfall()) {
            ObjectNode yo = wf.addObject();
            yo.put("year", y.year());
            double[] money = waterfall(y);
            for (int i = 0; i < money.length; i++) {
                yo.put(WATERFALL.get(i), money(money[i]));
            }
        }
        o.set("payouts", rows(c.payouts().stream().map(PayoutRow::of)));
        o.set("transfers", rows(c.transfers().stream().map(TransferRow::of)));
        money(o.putArray("cashFlow"), c.cashFlow());
        o.put("npv", money(c.npv()));
        o.put("irr", c.irr());
        o.put("irrNote", c.irrNote() == null ? null : Messages.get(c.irrNote()));
        o.put("paybackYear", c.paybackYear());
        o.set("memberReturns", rows(c.memberReturns().stream().map(ReturnRow::of)));
        return o;
    }

    private static ObjectNode monteCarlo(MonteCarloResult mc) {
        ObjectNode o = Json.object();
        o.put("runs", mc.runs());
        o.put("seed", mc.seed());
        o.put("pAllMeetTargets", mc.pAllMeetTargets());
        bands(o.putObject("operatingIncomeP10"), mc.operatingIncomeP10());
        bands(o.putObject("operatingIncomeP50"), mc.operatingIncomeP50());
        bands(o.putObject("operatingIncomeP90"), mc.operatingIncomeP90());
        if (mc.runs() == 0) {
            o.putNull("pAllMeetByYear");
        } else {
            ObjectNode by = o.putObject("pAllMeetByYear");
            for (String goal : new String[] {"operating", "total", "both"}) {
                numbers(by.putArray(goal), mc.pAllMeetByYear().of(goal));
            }
        }
        ObjectNode ind = o.putObject("indicators");
        for (IndicatorBand b : mc.indicators()) {
            ObjectNode bo = ind.putObject(b.name());
            numbers(bo.putArray("p10"), b.p10());
            numbers(bo.putArray("p50"), b.p50());
            numbers(bo.putArray("p90"), b.p90());
        }
        return o;
    }

    private static void bands(ObjectNode o, Map<String, double[]> byVillage) {
        byVillage.forEach((code, values) -> money(o.putArray(code), values));
    }

    /** The rows as a JSON array, each an object whose keys are its record components. */
    private static ArrayNode rows(Stream<? extends Record> rows) {
        return Json.MAPPER.valueToTree(rows.toList());
    }

    static BigDecimal money(double yuan) {
        return BigDecimal.valueOf(yuan).setScale(2, RoundingMode.HALF_UP);
    }

    static void money(ArrayNode a, double[] values) {
        for (double v : values) {
            a.add(money(v));
        }
    }

    private static List<BigDecimal> money(double[] yuan) {
        return Arrays.stream(yuan).mapToObj(SimulationJson::money).toList();
    }

    private static List<BigDecimal> fen(long[] fen) {
        return Arrays.stream(fen).mapToObj(f -> BigDecimal.valueOf(f, 2)).toList();
    }

    private static void numbers(ArrayNode a, double[] values) {
        for (double v : values) {
            if (Double.isNaN(v)) {
                a.addNull();
            } else {
                a.add(v);
            }
        }
    }

    /** {@code villages[]}: incomes in yuan from year 0 to N. */
    record VillageRow(String code, String name, String cluster, Strength strength, int population,
            List<BigDecimal> operatingIncome, List<BigDecimal> totalIncome) {
        static VillageRow of(VillageResult v) {
            return new VillageRow(v.code(), v.name(), v.cluster(), v.strength(), v.population(),
                    money(v.operatingIncome()), money(v.totalIncome()));
        }
    }

    /** {@code clusters[].shares[]}: value in yuan, fraction 0..1, percent as shown (0.01 %). */
    record ShareRow(String party, String name, boolean member, BigDecimal value, double fraction, BigDecimal percent) {
        static ShareRow of(PartyShare s) {
            return new ShareRow(s.party(), s.name(), s.member(), money(s.value()), s.fraction(),
                    BigDecimal.valueOf(s.basisPoints(), 2));
        }
    }

    /** {@code clusters[].payouts[]}: yuan, exact to the fen, by year 1..N and in total. */
    record PayoutRow(String party, String name, List<BigDecimal> byYear, BigDecimal total) {
        static PayoutRow of(Payout p) {
            return new PayoutRow(p.party(), p.name(), fen(p.fenByYear()), BigDecimal.valueOf(p.totalFen(), 2));
        }
    }

    /** {@code clusters[].transfers[]}: a floor transfer in year 1..N, yuan exact to the fen. */
    record TransferRow(int year, String from, String to, BigDecimal amount) {
        static TransferRow of(Transfer t) {
            return new TransferRow(t.year(), t.from(), t.to(), BigDecimal.valueOf(t.fen(), 2));
        }
    }

    /** {@code clusters[].memberReturns[]}: yuan. */
    record ReturnRow(String party, BigDecimal payoutsNpv, BigDecimal contribution, BigDecimal netReturn) {
        static ReturnRow of(MemberReturn m) {
            return new ReturnRow(m.party(), money(m.payoutsNpv()), money(m.contribution()), money(m.netReturn()));
        }
    }

    /** {@code scorecard.clusters[]}: the gap in yuan; ratio and weak share unrounded, null when undefined. */
    record EquityRow(String cluster, String strongest, String weakest, BigDecimal gap, Double ratio, Double weakShare) {
        static EquityRow of(Scorecard.ClusterEquity c) {
            return new EquityRow(c.cluster(), c.strongest(), c.weakest(), money(c.gap()), c.ratio(), c.weakShare());
        }
    }
}
