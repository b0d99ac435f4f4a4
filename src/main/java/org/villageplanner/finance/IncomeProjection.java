package org.villageplanner.finance;

import org.villageplanner.domain.Strength;

/**
 * Village collective incomes (MODEL.md §4) after the strong-helps-weak floor transfers (§3), for one
 * {@link Engine} pass: operating_t = baseOperating × (1 + baselineGrowth)^t + every cluster's payouts + savings,
 * total_t = operating_t + (baseTotal − baseOperating) × (1 + baselineGrowth)^t. Floor clusters are settled in
 * scenario order, each seeing the incomes left by the ones before. Allocation-free; stateless.
 */
final class IncomeProjection {
    private IncomeProjection() {
    }

    /** Fills {@code ws.operating} and {@code ws.total} from {@code ws.villageFen}, moving floor transfers. */
    static void project(Model m, Engine.Workspace ws, Engine.TransferSink sink) {
        int w = ws.w;
        int cells = m.nV * w;
        double[] grown = m.grownOperating;
        double[] savings = m.savings;
        long[] fen = ws.villageFen;
        double[] operating = ws.operating;
        for (int i = 0; i < cells; i++) {
            operating[i] = grown[i] + fen[i] / 100.0 + savings[i];
        }
        for (int c = 0; c < m.clusters.length; c++) {
            if (m.clusters[c].floorRule) {
                for (int t = 1; t < w; t++) {
                    floorTransfers(m, ws, c, t, sink);
                }
            }
        }
        double[] other = m.grownOther;
        double[] total = ws.total;
        for (int i = 0; i < cells; i++) {
            total[i] = operating[i] + other[i];
        }
    }

    /** §4: baseline grown at baselineGrowth, plus every cluster's payouts, plus pooled-service savings. */
    static double operating(Model m, Engine.Workspace ws, int v, int t) {
        int w = ws.w;
        return m.grownOperating[v * w + t] + ws.villageFen[v * w + t] / 100.0 + m.savings[v * w + t];
    }

    /**
     * §3 for one cluster and year: WEAK members below the floor receive what they need (floor − income, rounded
     * up to the fen); the members that are not WEAK pay, in proportion to their payouts from this cluster this
     * year and never more than those payouts; when the payers cannot cover every need, all needs are scaled
     * down by the same factor (the scaled needs rounded to the fen by largest remainder). A WEAK member never
     * pays, even in a year in which it needs nothing; outside parties neither pay nor receive.
     */
    private static void floorTransfers(Model m, Engine.Workspace ws, int c, int t, Engine.TransferSink sink) {
        Model.ClusterModel cm = m.clusters[c];
        int w = ws.w;
        int n = cm.size();
        long[] pay = ws.payout[c];
        long[] need = ws.longB;
        long needSum = 0;
        long availSum = 0;
        for (int i = 0; i < n; i++) {
            need[i] = 0;
            int v = cm.partyVillage[i];
            if (!cm.member[i] || v < 0) {
                continue;
            }
            double income = ws.operating[v * w + t];
            if (m.strength[v] == Strength.WEAK && income < cm.floor) {
                need[i] = needFen(cm.floor, income);
                needSum += need[i];
            }
        }
        for (int i = 0; i < n; i++) {
            if (isPayer(m, cm, i)) {
                availSum += pay[i * w + t];
            }
        }
        long total = Math.min(needSum, availSum);
        if (total <= 0) {
            return;
        }
        long[] received = ws.longA;
        long[] paid = ws.longC;
        for (int i = 0; i < n; i++) {
            ws.exactA[i] = need[i] > 0 ? (double) total * need[i] / needSum : 0;
            ws.exactB[i] = isPayer(m, cm, i) ? (double) total * pay[i * w + t] / availSum : 0;
        }
        Fen.apportion(ws.exactA, n, total, received, ws.used);
        Fen.apportion(ws.exactB, n, total, paid, ws.used);
        if (sink != null) {
            FloorMatrix.emit(c, t, paid, received, n, total, sink);
        }
        for (int i = 0; i < n; i++) {
            long delta = received[i] - paid[i];
            if (delta != 0) {
                pay[i * w + t] += delta;
                int v = cm.partyVillage[i];
                ws.villageFen[v * w + t] += delta;
                ws.operating[v * w + t] = operating(m, ws, v, t);
            }
        }
    }

    /** A payer of §3: a member village that is not WEAK (STRONG or MEDIUM by base-year figures). */
    private static boolean isPayer(Model m, Model.ClusterModel cm, int party) {
        int v = cm.partyVillage[party];
        return cm.member[party] && v >= 0 && m.strength[v] != Strength.WEAK;
    }

    /**
     * floor − income in fen, rounded up (§3), for income below floor. Incomes carry binary noise from the
     * growth factors; a shortfall within a millionth of a fen of a whole fen counts as that whole fen.
     */
    static long needFen(double floor, double income) {
        return Math.max(1, (long) Math.ceil((floor - income) * 100.0 - 1e-6));
    }
}
