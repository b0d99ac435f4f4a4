package org.villageplanner.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
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
 * 2 decimals (payouts exact to the fen); ratios as unrounded numbers; undefined values as null. The document and
 * the rows of its lists are records below, written by {@link Json#MAPPER}; their components, in order, are the keys.
 */
final class SimulationJson {
    /** The waterfall's money columns (yuan) after {@code year}, in MODEL.md §2's order: JSON keys and CSV header. */
    static final List<String> WATERFALL = List.of("revenue", "opex", "depreciation", "profitBeforeTax", "taxable",
            "lossCarried", "tax", "net", "available", "deficit", "reserve", "welfare", "distributable",
            "guaranteed", "shortfall", "dividends", "retained", "cashFlow");

    private SimulationJson() {
    }

    static ObjectNode of(SimulationResult r) {
        return Json.MAPPER.valueToTree(new Document(r.scenario(), r.years(), r.seed(), r.runs(), r.discountRate(),
                r.clusters().stream().map(ClusterRow::of).toList(), r.villages().stream().map(VillageRow::of).toList(),
                indicators(r.indicators()), monteCarlo(r.monteCarlo()), scorecard(Scorecard.of(r))));
    }

    /** {@code indicators[]}: counts of villages as whole numbers, the other indicators unrounded (null if undefined). */
    private static ArrayNode indicators(List<IndicatorYear> years) {
        ArrayNode indicators = Json.MAPPER.createArrayNode();
        for (IndicatorYear y : years) {
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
        return indicators;
    }

    /** {@code scorecard}: axes (name, raw, score 0–100) and each cluster's equity figures (docs/SCORECARD.md). */
    static ObjectNode scorecard(Scorecard s) {
        ObjectNode o = Json.object();
        o.set("axes", Json.MAPPER.valueToTree(s.axes()));
        o.set("clusters", Json.MAPPER.valueToTree(s.clusters().stream().map(EquityRow::of).toList()));
        return o;
    }

    /** {@code y}'s money in the order of {@link #WATERFALL}, yuan. */
    static double[] waterfall(WaterfallYear y) {
        return new double[] {y.revenue(), y.opex(), y.depreciation(), y.profitBeforeTax(), y.taxable(),
            y.lossCarried(), y.tax(), y.net(), y.available(), y.deficit(), y.reserve(), y.welfare(),
            y.distributable(), y.guaranteed(), y.shortfall(), y.dividends(), y.retained(), y.cashFlow()};
    }

    /** {@code waterfall[]}: the year and the money of {@link #WATERFALL}, yuan. */
    private static ArrayNode waterfall(List<WaterfallYear> years) {
        ArrayNode wf = Json.MAPPER.createArrayNode();
        for (WaterfallYear y : years) {
            ObjectNode yo = wf.addObject();
            yo.put("year", y.year());
            double[] yuan = waterfall(y);
            for (int i = 0; i < yuan.length; i++) {
                yo.put(WATERFALL.get(i), money(yuan[i]));
            }
        }
        return wf;
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

    /** The document: its components, in order, are CLI.md's keys (with {@code discountRate} and {@code scorecard}). */
    record Document(String scenario, int years, long seed, int runs, double discountRate, List<ClusterRow> clusters,
            List<VillageRow> villages, ArrayNode indicators, ObjectNode monteCarlo, ObjectNode scorecard) {
    }

    /** {@code clusters[]}: money in yuan; {@code irr} a fraction, null with {@code irrNote} saying why. */
    record ClusterRow(String id, String name, List<ShareRow> shares, ArrayNode waterfall, List<PayoutRow> payouts,
            List<TransferRow> transfers, List<BigDecimal> cashFlow, BigDecimal npv, Double irr, String irrNote,
            Integer paybackYear, List<ReturnRow> memberReturns) {
        static ClusterRow of(ClusterResult c) {
            return new ClusterRow(c.id(), c.name(), c.shares().stream().map(ShareRow::of).toList(),
                    SimulationJson.waterfall(c.waterfall()), c.payouts().stream().map(PayoutRow::of).toList(),
                    c.transfers().stream().map(TransferRow::of).toList(), money(c.cashFlow()), money(c.npv()), c.irr(),
                    c.irrNote() == null ? null : Messages.get(c.irrNote()), c.paybackYear(),
                    c.memberReturns().stream().map(ReturnRow::of).toList());
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
