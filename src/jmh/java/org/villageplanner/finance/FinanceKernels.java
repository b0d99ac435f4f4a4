package org.villageplanner.finance;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;
import org.villageplanner.domain.MonteCarloSettings;

/**
 * The Monte Carlo's kernels on the {@code bench simulate} county (300 villages in 92 clusters, 20 years, seed 1),
 * one thread, average time per operation: one cluster-year of the waterfall and its payouts, one run split into
 * its draws, its incomes and its indicators, and a whole 1,280-run Monte Carlo (bands included) per run.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@State(Scope.Thread)
public class FinanceKernels {
    /** Clusters × years of the county: {@link #waterfallYear} counts one operation per cluster-year. */
    static final int CLUSTER_YEARS = 92 * 20;
    static final int RUNS = 10 * MonteCarlo.BLOCK;

    Model model;
    Engine.Workspace ws;
    SplittableRandom rng;
    double rho;
    MonteCarloSettings settings;
    /** Incomes of {@value #STORED} drawn runs, cycled by {@link #indicators} (see there). */
    static final int STORED = 16;
    double[][] storedOperating;
    double[][] storedTotal;
    int nextStored;
    /** One village-year's operating income over 10,000 drawn runs (village 0, year 15), for {@link #bandCell}. */
    double[] cell;
    double[] cellScratch;
    Percentiles.Scratch percentileScratch;

    @Setup(Level.Trial)
    public void setUp() {
        SyntheticScenario s = SyntheticScenario.of(300, 20, RUNS, 1);
        model = new Model(s.scenario(), s.villages());
        if (model.clusters.length * model.years != CLUSTER_YEARS) {
            throw new IllegalStateException("county changed: " + model.clusters.length + " clusters");
        }
        Engine.Workspace det = new Engine.Workspace(model);
        Engine.run(model, det, null);
        ws = Engine.Workspace.forRuns(model);
        ws.order = Indicators.orders(model, det.operating);
        ws.reference = det;
        rng = new SplittableRandom(1);
        settings = s.scenario().assumptions().monteCarlo();
        rho = settings.correlation();
        storedOperating = new double[STORED][];
        storedTotal = new double[STORED][];
        for (int k = 0; k < STORED; k++) {
            MonteCarlo.draw(model, rho, rng, ws.mult);
            Engine.runIncomes(model, ws, null);
            storedOperating[k] = ws.operating.clone();
            storedTotal[k] = ws.total.clone();
        }
        cell = new double[10_000];
        for (int r = 0; r < cell.length; r++) {
            MonteCarlo.draw(model, rho, rng, ws.mult);
            Engine.runIncomes(model, ws, null);
            cell[r] = ws.operating[15];
        }
        cellScratch = new double[cell.length];
        percentileScratch = new Percentiles.Scratch(cell.length);
        // Realistic multipliers for the kernels that take them as given.
        MonteCarlo.draw(model, rho, rng, ws.mult);
        Engine.runIncomes(model, ws, null);
    }

    /** One cluster-year: the waterfall's dividends line and the payout of every party to the fen. */
    @Benchmark
    @OperationsPerInvocation(CLUSTER_YEARS)
    public long waterfallYear() {
        int w = ws.w;
        long sum = 0;
        for (int c = 0; c < model.clusters.length; c++) {
            Model.ClusterModel cm = model.clusters[c];
            double[] wf = ws.waterfall[c];
            Waterfall.compute(cm, model.years, ws.mult, wf, false);
            for (int t = 1; t < w; t++) {
                Waterfall.payParties(cm, wf[Waterfall.DIVIDENDS * w + t], cm.guaranteeFen, ws.exactA, ws.used,
                        ws.longA);
                sum += ws.longA[0];
            }
        }
        return sum;
    }

    /** One run's draws: a multiplier per project with volatility and year. */
    @Benchmark
    public void draws(Blackhole bh) {
        MonteCarlo.draw(model, rho, rng, ws.mult);
        bh.consume(ws.mult);
    }

    /** One run up to the villages' incomes (waterfalls, payouts, floor transfers, §4), draws excluded. */
    @Benchmark
    public void runIncomes(Blackhole bh) {
        Engine.runIncomes(model, ws, null);
        bh.consume(ws.operating);
    }

    /**
     * One run's indicators (§5) on incomes already computed: 2 × 20 hinted sorts of 300 values. Cycles through
     * {@value #STORED} drawn runs: on one run repeated, the branch predictor learns the sorts and the indicators
     * measure about 10× cheaper than in a real Monte Carlo (15 µs instead of 140 µs, docs/PERFORMANCE.md).
     */
    @Benchmark
    public void indicators(Blackhole bh) {
        int k = nextStored;
        nextStored = (k + 1) % STORED;
        Indicators.compute(model, storedOperating[k], storedTotal[k], ws.sortScratch, ws.indicators, ws.order,
                ws.reference, ws.sorter);
        bh.consume(ws.indicators);
    }

    /** One village-year's band: P10/P50/P90 of its 10,000 drawn incomes (a 10,000-run Monte Carlo does 6,000). */
    @Benchmark
    public void bandCell(Blackhole bh) {
        double[] out = new double[3];
        System.arraycopy(cell, 0, cellScratch, 0, cell.length);
        Percentiles.of(cellScratch, cell.length, new double[] {0.10, 0.50, 0.90}, out, percentileScratch);
        bh.consume(out);
    }

    /** One whole Monte Carlo run as the simulation does it: draws, incomes and indicators. */
    @Benchmark
    public void monteCarloRun(Blackhole bh) {
        MonteCarlo.draw(model, rho, rng, ws.mult);
        Engine.run(model, ws, null);
        bh.consume(ws.indicators);
    }

    /** The whole Monte Carlo of {@value #RUNS} runs on one thread, bands and probabilities included, per run. */
    @Benchmark
    @OperationsPerInvocation(RUNS)
    public MonteCarloResult monteCarloPerRun() {
        return MonteCarlo.run(model, settings, MonteCarlo.Listener.NONE, 1);
    }
}
