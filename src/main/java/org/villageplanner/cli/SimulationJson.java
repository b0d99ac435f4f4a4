package org.villageplanner.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import org.villageplanner.domain.Messages;
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
 * 2 decimals (payouts exact to the fen); ratios as unrounded numbers; undefined values as null.
 */
final class SimulationJson {
    static final ObjectMapper MAPPER = new ObjectMapper();

    private SimulationJson() {
    }

    static ObjectNode of(SimulationResult r) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("scenario", r.scenario());
        root.put("years", r.years());
        root.put("seed", r.seed());
        root.put("runs", r.runs());
        root.put("discountRate", r.discountRate());
        ArrayNode clusters = root.putArray("clusters");
        r.clusters().forEach(c -> clusters.add(cluster(c)));
        ArrayNode villages = root.putArray("villages");
        for (VillageResult v : r.villages()) {
            ObjectNode o = villages.addObject();
            o.put("code", v.code());
            o.put("name", v.name());
            o.put("cluster", v.cluster());
            o.put("strength", v.strength().name());
            o.put("population", v.population());
            money(o.putArray("operatingIncome"), v.operatingIncome());
            money(o.putArray("totalIncome"), v.totalIncome());
        }
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
        ObjectNode o = MAPPER.createObjectNode();
        ArrayNode axes = o.putArray("axes");
        for (Scorecard.Axis a : s.axes()) {
            ObjectNode ao = axes.addObject();
            ao.put("name", a.name());
            ao.put("raw", a.raw());
            ao.put("score", a.score());
        }
        ArrayNode clusters = o.putArray("clusters");
        for (Scorecard.ClusterEquity c : s.clusters()) {
            ObjectNode co = clusters.addObject();
            co.put("cluster", c.cluster());
            co.put("strongest", c.strongest());
            co.put("weakest", c.weakest());
            co.put("gap", money(c.gap()));
            co.put("ratio", c.ratio());
            co.put("weakShare", c.weakShare());
        }
        return o;
    }

    private static ObjectNode cluster(ClusterResult c) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("id", c.id());
        o.put("name", c.name());
        ArrayNode shares = o.putArray("shares");
        for (PartyShare s : c.shares()) {
            ObjectNode so = shares.addObject();
            so.put("party", s.party());
            so.put("name", s.name());
            so.put("member", s.member());
            so.put("value", money(s.value()));
            so.put("fraction", s.fraction());
            so.put("percent", BigDecimal.valueOf(s.basisPoints(), 2));
        }
        ArrayNode wf = o.putArray("waterfall");
        for (WaterfallYear y : c.waterfall()) {
            ObjectNode yo = wf.addObject();
            yo.put("year", y.year());
            yo.put("revenue", money(y.revenue()));
            yo.put("opex", money(y.opex()));
            yo.put("depreciation", money(y.depreciation()));
            yo.put("profitBeforeTax", money(y.profitBeforeTax()));
            yo.put("taxable", money(y.taxable()));
            yo.put("lossCarried", money(y.lossCarried()));
            yo.put("tax", money(y.tax()));
            yo.put("net", money(y.net()));
            yo.put("available", money(y.available()));
            yo.put("deficit", money(y.deficit()));
            yo.put("reserve", money(y.reserve()));
            yo.put("welfare", money(y.welfare()));
            yo.put("distributable", money(y.distributable()));
            yo.put("guaranteed", money(y.guaranteed()));
            yo.put("shortfall", money(y.shortfall()));
            yo.put("dividends", money(y.dividends()));
            yo.put("retained", money(y.retained()));
            yo.put("cashFlow", money(y.cashFlow()));
        }
        ArrayNode payouts = o.putArray("payouts");
        for (Payout p : c.payouts()) {
            ObjectNode po = payouts.addObject();
            po.put("party", p.party());
            po.put("name", p.name());
            ArrayNode by = po.putArray("byYear");
            for (long fen : p.fenByYear()) {
                by.add(BigDecimal.valueOf(fen, 2));
            }
            po.put("total", BigDecimal.valueOf(p.totalFen(), 2));
        }
        ArrayNode transfers = o.putArray("transfers");
        for (Transfer t : c.transfers()) {
            ObjectNode to = transfers.addObject();
            to.put("year", t.year());
            to.put("from", t.from());
            to.put("to", t.to());
            to.put("amount", BigDecimal.valueOf(t.fen(), 2));
        }
        money(o.putArray("cashFlow"), c.cashFlow());
        o.put("npv", money(c.npv()));
        o.put("irr", c.irr());
        o.put("irrNote", c.irrNote() == null ? null : Messages.get(c.irrNote()));
        o.put("paybackYear", c.paybackYear());
        ArrayNode returns = o.putArray("memberReturns");
        for (MemberReturn m : c.memberReturns()) {
            ObjectNode mo = returns.addObject();
            mo.put("party", m.party());
            mo.put("payoutsNpv", money(m.payoutsNpv()));
            mo.put("contribution", money(m.contribution()));
            mo.put("netReturn", money(m.netReturn()));
        }
        return o;
    }

    private static ObjectNode monteCarlo(MonteCarloResult mc) {
        ObjectNode o = MAPPER.createObjectNode();
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

    private static void numbers(ArrayNode a, double[] values) {
        for (double v : values) {
            if (Double.isNaN(v)) {
                a.addNull();
            } else {
                a.add(v);
            }
        }
    }
}
