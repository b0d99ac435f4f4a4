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
        // Realistic multipliers for the kernels that take them as given.
        MonteCarlo.draw(model, rho, rng, ws.mult);
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

    /** One run's indicators (§5) on incomes already computed: 2 × 20 hinted sorts of 300 values. */
    @Benchmark
    public void indicators(Blackhole bh) {
        Indicators.compute(model, ws.operating, ws.total, ws.sortScratch, ws.indicators, ws.order, ws.reference, ws.sorter);
        bh.consume(ws.indicators);
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
