package org.villageplanner.finance;

import java.util.ArrayList;
import java.util.List;

/** Turns one cluster's arrays from an {@link Engine} pass into a {@link ClusterResult}. */
final class ClusterResults {
    private ClusterResults() {
    }

    static ClusterResult of(Model m, Engine.Workspace ws, int c, List<Transfer> transfers) {
        Model.ClusterModel cm = m.clusters[c];
        int w = m.years + 1;
        double[] wf = ws.waterfall[c];
        long[] bp = ShareRules.displayBasisPoints(cm.fraction);
        List<PartyShare> shares = new ArrayList<>();
        for (int i = 0; i < cm.size(); i++) {
            shares.add(new PartyShare(cm.parties[i], cm.partyNames[i], cm.member[i], cm.value[i], cm.fraction[i], bp[i]));
        }
        List<WaterfallYear> years = new ArrayList<>();
        for (int t = 1; t < w; t++) {
            years.add(new WaterfallYear(t, f(wf, Waterfall.REVENUE, w, t), f(wf, Waterfall.OPEX, w, t),
                    f(wf, Waterfall.DEPRECIATION, w, t), f(wf, Waterfall.PROFIT_BEFORE_TAX, w, t),
                    f(wf, Waterfall.TAXABLE, w, t), f(wf, Waterfall.LOSS_CARRIED, w, t), f(wf, Waterfall.TAX, w, t),
                    f(wf, Waterfall.NET, w, t), f(wf, Waterfall.AVAILABLE, w, t), f(wf, Waterfall.DEFICIT, w, t),
                    f(wf, Waterfall.RESERVE, w, t), f(wf, Waterfall.WELFARE, w, t), f(wf, Waterfall.DISTRIBUTABLE, w, t),
                    Fen.of(f(wf, Waterfall.GUARANTEED, w, t)) / 100.0, f(wf, Waterfall.SHORTFALL, w, t),
                    Fen.of(f(wf, Waterfall.DIVIDENDS, w, t)) / 100.0, f(wf, Waterfall.RETAINED, w, t),
                    f(wf, Waterfall.CASH_FLOW, w, t)));
        }
        List<Payout> payouts = new ArrayList<>();
        List<MemberReturn> returns = new ArrayList<>();
        double rate = m.a.discountRate();
        for (int i = 0; i < cm.size(); i++) {
            long[] fen = new long[m.years];
            double npv = 0;
            for (int t = 1; t < w; t++) {
                fen[t - 1] = ws.payout[c][i * w + t];
                npv += fen[t - 1] / 100.0 / Math.pow(1 + rate, t);
            }
            payouts.add(new Payout(cm.parties[i], cm.partyNames[i], fen));
            returns.add(new MemberReturn(cm.parties[i], npv, cm.value[i]));
        }
        double[] cf = new double[w];
        System.arraycopy(wf, Waterfall.CASH_FLOW * w, cf, 0, w);
        CashFlows.Irr irr = CashFlows.irr(cf);
        return new ClusterResult(cm.cluster.id(), cm.cluster.name(), shares, years, payouts, transfers, cf,
                CashFlows.npv(cf, rate), irr.rate(), irr.note() == null ? null : irr.note().key(),
                CashFlows.paybackYear(cf), returns);
    }

    private static double f(double[] wf, int field, int w, int t) {
        return wf[field * w + t];
    }
}
