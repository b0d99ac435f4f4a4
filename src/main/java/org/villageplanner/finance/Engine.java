package org.villageplanner.finance;

import java.util.Arrays;

/**
 * One pass of the whole model for given revenue multipliers: every cluster's waterfall and payouts (§2), the
 * weak-village floor transfers (§3), every village's incomes (§4) and the indicators (§5). The deterministic
 * simulation is the pass with all multipliers 1; each Monte Carlo run is a pass with drawn multipliers, into
 * a {@link Workspace} reused across runs so the inner loop allocates nothing.
 */
final class Engine {
    private Engine() {
    }

    /** Receives the floor transfers of a pass (deterministic pass only). Amounts in fen. */
    interface TransferSink {
        void transfer(int cluster, int year, int fromParty, int toParty, long fen);
    }

    /** Per-thread scratch and results of one pass; arrays are flat [index * (N+1) + t]. */
    static final class Workspace {
        final int w;
        final double[] mult;
        final double[][] waterfall;
        final long[][] payout;
        final long[] villageFen;
        final double[] operating;
        final double[] total;
        final double[] indicators;
        final double[] sortScratch;
        final NearSort sorter;
        final double[] exactA;
        final double[] exactB;
        final long[] longA;
        final long[] longB;
        final long[] longC;
        final boolean[] used;
        /** Likely sorted order of villages per year for the indicators ({@link Indicators#orders}), or null. */
        int[] order;
        /** A finished deterministic pass whose indicators a year with equal incomes reuses, or null. */
        Workspace reference;
        /**
         * True to keep every waterfall line (the deterministic pass shows them); false in Monte Carlo and goal-seeking
         * runs, which keep only the dividends row of {@link #waterfall}.
         */
        boolean fullWaterfall = true;

        /** A workspace for Monte Carlo or goal-seeking runs: only the dividends row of the waterfall is kept. */
        static Workspace forRuns(Model m) {
            Workspace ws = new Workspace(m);
            ws.fullWaterfall = false;
            return ws;
        }

        Workspace(Model m) {
            w = m.years + 1;
            mult = new double[m.nProjects * w];
            Arrays.fill(mult, 1.0);
            waterfall = new double[m.clusters.length][Waterfall.FIELDS * w];
            payout = new long[m.clusters.length][];
            int maxParties = 1;
            for (int c = 0; c < m.clusters.length; c++) {
                payout[c] = new long[m.clusters[c].size() * w];
                maxParties = Math.max(maxParties, m.clusters[c].size());
            }
            villageFen = new long[m.nV * w];
            operating = new double[m.nV * w];
            total = new double[m.nV * w];
            indicators = new double[Indicators.COUNT * w];
            sortScratch = new double[Math.max(1, m.nV)];
            sorter = new NearSort(m.nV);
            exactA = new double[maxParties];
            exactB = new double[maxParties];
            longA = new long[maxParties];
            longB = new long[maxParties];
            longC = new long[maxParties];
            used = new boolean[maxParties];
        }
    }

    static void run(Model m, Workspace ws, TransferSink sink) {
        runIncomes(m, ws, sink);
        Indicators.compute(m, ws.operating, ws.total, ws.sortScratch, ws.indicators, ws.order, ws.reference,
                ws.sorter);
    }

    /** The pass up to the villages' incomes (§2–§4), without the indicators (goal seeking needs no more). */
    static void runIncomes(Model m, Workspace ws, TransferSink sink) {
        runIncomes(m, ws, sink, false);
    }

    /**
     * @param fenPrefilled true when the caller has put payouts from clusters outside {@code m} into
     *                     {@code ws.villageFen} (goal seeking recomputes only the clusters a lever touches)
     */
    static void runIncomes(Model m, Workspace ws, TransferSink sink, boolean fenPrefilled) {
        int w = ws.w;
        if (!fenPrefilled) {
            Arrays.fill(ws.villageFen, 0);
        }
        long[] villageFen = ws.villageFen;
        for (int c = 0; c < m.clusters.length; c++) {
            Model.ClusterModel cm = m.clusters[c];
            double[] wf = ws.waterfall[c];
            Waterfall.compute(cm, m.years, ws.mult, wf, ws.fullWaterfall);
            long[] pay = ws.payout[c];
            long[] paid = ws.longA;
            int[] village = cm.partyVillage;
            int n = cm.size();
            for (int i = 0; i < n; i++) {
                pay[i * w] = 0;
            }
            for (int t = 1; t < w; t++) {
                Waterfall.payParties(cm, wf[Waterfall.DIVIDENDS * w + t], cm.guaranteeFen, ws.exactA, ws.used, paid);
                for (int i = 0; i < n; i++) {
                    pay[i * w + t] = paid[i];
                    int v = village[i];
                    if (v >= 0) {
                        villageFen[v * w + t] += paid[i];
                    }
                }
            }
        }
        IncomeProjection.project(m, ws, sink);
    }
}
