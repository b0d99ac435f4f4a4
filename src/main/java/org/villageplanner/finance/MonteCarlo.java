package org.villageplanner.finance;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.villageplanner.domain.MonteCarloSettings;

/**
 * Monte Carlo over project revenues (MODEL.md §6). Runs are cut into fixed blocks of {@link #BLOCK} runs; block b
 * draws from its own generator seeded from (seed, b), and writes only its own run indices, so results are
 * identical bit for bit whatever the number of threads or their scheduling. Blocks run on all processors.
 *
 * <p>Village operating incomes per run are kept in a double array, or in a float array (7 significant digits)
 * when runs × villages × years exceeds {@link #DOUBLE_LIMIT} cells, to stay within a 1 GB heap.
 */
public final class MonteCarlo {
    static final int BLOCK = 128;
    static final long DOUBLE_LIMIT = 24_000_000L;
    private static final double[] QS = {0.10, 0.50, 0.90};

    private MonteCarlo() {
    }

    /** Hears about finished runs (from worker threads, one call at a time) and may cancel. */
    public interface Listener {
        Listener NONE = of((done, total) -> {
        }, () -> false);

        void runsDone(int done, int total);

        boolean cancelled();

        /**
         * A listener that hands each count of finished runs ({@code done} of {@code total}) to {@code runsDone} and
         * asks {@code cancelled} whether to stop.
         */
        static Listener of(BiConsumer<Integer, Integer> runsDone, BooleanSupplier cancelled) {
            return new Listener() {
                @Override
                public void runsDone(int done, int total) {
                    runsDone.accept(done, total);
                }

                @Override
                public boolean cancelled() {
                    return cancelled.getAsBoolean();
                }
            };
        }
    }

    /** The bands, or null when the listener cancelled. */
    static MonteCarloResult run(Model m, MonteCarloSettings s, Listener listener) {
        return run(m, s, listener, Runtime.getRuntime().availableProcessors());
    }

    /** As {@link #run(Model, MonteCarloSettings, Listener)} on {@code threads} threads (same result for any count). */
    static MonteCarloResult run(Model m, MonteCarloSettings s, Listener listener, int threads) {
        int runs = s.runs();
        int w = m.years + 1;
        int n = m.years;
        Engine.Workspace det = new Engine.Workspace(m);
        Engine.run(m, det, null);
        int[] order = Indicators.orders(m, det.operating);
        // Only villages that are a party somewhere can vary; the others keep their deterministic path.
        boolean[] varies = new boolean[m.nV];
        for (Model.ClusterModel cm : m.clusters) {
            for (int v : cm.partyVillage) {
                if (v >= 0) {
                    varies[v] = true;
                }
            }
        }
        int[] slot = new int[m.nV];
        int nVary = 0;
        for (int v = 0; v < m.nV; v++) {
            slot[v] = varies[v] ? nVary++ : -1;
        }
        int blocks = (runs + BLOCK - 1) / BLOCK;
        // Block-major layout [block][village-year cell][run in block]: a run writes one value per cell at a
        // stride of BLOCK, so a thread's hot lines stay within a few MB instead of one page per cell.
        int nCells = nVary * n;
        long cells = (long) blocks * nCells * BLOCK;
        boolean useFloat = cells > DOUBLE_LIMIT;
        double[] incD = useFloat ? null : new double[(int) cells];
        float[] incF = useFloat ? new float[Math.toIntExact(cells)] : null;
        double[] ind = new double[Indicators.COUNT * w * runs];
        // Runs in which every village meets the target, per year t: [0..w) operating, [w..2w) total, [2w..3w) both.
        // Integer counts summed over workers, so the shares do not depend on the number of threads.
        long[] meetCounts = new long[3 * w];
        boolean completed = inBlocks(runs, s.seed(), listener, threads, () -> new CountingWorker(meetCounts) {
            final Engine.Workspace ws = Engine.Workspace.forRuns(m);

            {
                ws.order = order;
                ws.reference = det;
            }

            @Override
            public void run(int r, int b, SplittableRandom rng) {
                draw(m, s.correlation(), rng, ws.mult);
                Engine.run(m, ws, null);
                // The block's cells start at an int index (the store is an array); within it everything is int.
                int blockBase = (int) ((long) b * nCells * BLOCK) + r - b * BLOCK;
                double[] op = ws.operating;
                for (int v = 0; v < m.nV; v++) {
                    if (slot[v] < 0) {
                        continue;
                    }
                    int idx = blockBase + slot[v] * n * BLOCK;
                    int from = v * w + 1;
                    if (useFloat) {
                        for (int t = 0; t < n; t++, idx += BLOCK) {
                            incF[idx] = (float) op[from + t];
                        }
                    } else {
                        for (int t = 0; t < n; t++, idx += BLOCK) {
                            incD[idx] = op[from + t];
                        }
                    }
                }
                for (int k = 0; k < Indicators.COUNT * w; k++) {
                    ind[k * runs + r] = ws.indicators[k];
                }
                countMeet(ws.indicators, w, counts);
            }
        });
        if (!completed) {
            return null;
        }
        double[][] shares = new double[3][w];
        for (int k = 0; k < 3; k++) {
            for (int t = 0; t < w; t++) {
                shares[k][t] = (double) meetCounts[k * w + t] / runs;
            }
        }
        double[][][] bands = new double[3][m.nV][];
        int[] nextV = {0};
        AtomicBoolean stopped = new AtomicBoolean();
        Runnable bander = () -> {
            double[] scratch = new double[runs];
            double[] out = new double[3];
            Percentiles.Scratch ps = new Percentiles.Scratch(runs);
            for (int v = claim(nextV, m.nV); v < m.nV; v = claim(nextV, m.nV)) {
                // A village's bands sort its years of runs: a few ms on a large run, so a cancel is seen at once.
                if (stopped.get() || listener.cancelled()) {
                    stopped.set(true);
                    return;
                }
                for (int q = 0; q < 3; q++) {
                    bands[q][v] = new double[w];
                    System.arraycopy(det.operating, v * w, bands[q][v], 0, w);
                }
                if (slot[v] < 0) {
                    continue;
                }
                for (int t = 1; t < w; t++) {
                    int cell = slot[v] * n + t - 1;
                    for (int b = 0, r = 0; b < blocks; b++) {
                        int from = (int) (((long) b * nCells + cell) * BLOCK);
                        int count = Math.min(BLOCK, runs - b * BLOCK);
                        for (int j = 0; j < count; j++, r++) {
                            scratch[r] = useFloat ? incF[from + j] : incD[from + j];
                        }
                    }
                    Percentiles.of(scratch, runs, QS, out, ps);
                    for (int q = 0; q < 3; q++) {
                        bands[q][v][t] = out[q];
                    }
                }
            }
        };
        parallel(bander, threads);
        if (stopped.get()) {
            return null;
        }
        List<IndicatorBand> indicatorBands = new ArrayList<>();
        double[] scratch = new double[runs];
        double[] out = new double[3];
        Percentiles.Scratch ps = new Percentiles.Scratch(runs);
        for (int k = 0; k < Indicators.COUNT; k++) {
            double[][] p = new double[3][w];
            for (int t = 0; t < w; t++) {
                int from = (k * w + t) * runs;
                int cnt = 0;
                for (int r = 0; r < runs; r++) {
                    double x = ind[from + r];
                    if (!Double.isNaN(x)) {
                        scratch[cnt++] = x;
                    }
                }
                Percentiles.of(scratch, cnt, QS, out, ps);
                for (int q = 0; q < 3; q++) {
                    p[q][t] = out[q];
                }
            }
            indicatorBands.add(new IndicatorBand(Indicator.values()[k], p[0], p[1], p[2]));
        }
        List<Map<String, double[]>> maps = new ArrayList<>();
        for (int q = 0; q < 3; q++) {
            Map<String, double[]> map = new LinkedHashMap<>();
            for (int v = 0; v < m.nV; v++) {
                map.put(m.villages.get(v).code(), bands[q][v]);
            }
            maps.add(map);
        }
        return new MonteCarloResult(runs, s.seed(), shares[2][n], maps.get(0), maps.get(1), maps.get(2),
                indicatorBands, new MonteCarloResult.AllMeetByYear(shares[0], shares[1], shares[2]));
    }

    /** Adds one run's "every village meets the target" outcome per year to {@code meet} (layout as meetCounts). */
    static void countMeet(double[] indicators, int w, long[] meet) {
        for (int t = 0; t < w; t++) {
            boolean op = indicators[Indicators.BELOW_OPERATING_TARGET * w + t] == 0;
            boolean total = indicators[Indicators.BELOW_TOTAL_TARGET * w + t] == 0;
            meet[t] += op ? 1 : 0;
            meet[w + t] += total ? 1 : 0;
            meet[2 * w + t] += op && total ? 1 : 0;
        }
    }

    /**
     * One run's revenue multipliers m = exp(σZ − σ²/2), Z = √ρ·Z_common + √(1−ρ)·Z_own, drawn year by year: the
     * common factor first (when ρ > 0), then each project with σ > 0 in model order. Projects with σ = 0 draw
     * nothing and keep m = 1 exactly.
     */
    static void draw(Model m, double rho, SplittableRandom rng, double[] mult) {
        int w = m.years + 1;
        double a = Math.sqrt(rho);
        double b = Math.sqrt(1 - rho);
        for (int t = 1; t < w; t++) {
            double common = rho > 0 ? rng.nextGaussian() : 0;
            for (int p = 0; p < m.nProjects; p++) {
                double sigma = m.volatility[p];
                if (sigma > 0) {
                    double z = a * common + b * rng.nextGaussian();
                    mult[p * w + t] = Math.exp(sigma * z - 0.5 * sigma * sigma);
                }
            }
        }
    }

    /** One thread's share of the runs: each run of the blocks it takes, in order, then {@link #finish}. */
    interface RunWorker {
        /** Run {@code r} of block {@code block}; the block's draws come from {@code rng} in run order. */
        void run(int r, int block, SplittableRandom rng);

        /** After the thread's last block, unless cancelled: merge what the thread counted. */
        default void finish() {
        }
    }

    /**
     * A worker that counts runs on its own thread, in {@link #counts}, and adds its counts to {@code total} when
     * its thread is done: integer sums, so the totals do not depend on the number of threads.
     */
    abstract static class CountingWorker implements RunWorker {
        /** This thread's counts, laid out as the total. */
        final long[] counts;
        private final long[] total;

        CountingWorker(long[] total) {
            this.total = total;
            this.counts = new long[total.length];
        }

        @Override
        public final void finish() {
            synchronized (total) {
                for (int i = 0; i < counts.length; i++) {
                    total[i] += counts[i];
                }
            }
        }
    }

    /**
     * Runs 0 … runs − 1 in blocks of {@link #BLOCK} on {@code threads} threads, block b drawing from
     * {@link #blockSeed}(seed, b), so every figure is the same whatever the number of threads. One place for the
     * Monte Carlo, its goal-seeking probability and the goal-seeking kernel, so they draw exactly the same runs.
     *
     * @param perThread makes a thread's worker, on that thread
     * @return false when {@code listener} cancelled
     */
    static boolean inBlocks(int runs, long seed, Listener listener, int threads, Supplier<RunWorker> perThread) {
        int blocks = (runs + BLOCK - 1) / BLOCK;
        AtomicInteger next = new AtomicInteger();
        AtomicInteger done = new AtomicInteger();
        AtomicBoolean stop = new AtomicBoolean();
        parallel(() -> {
            RunWorker worker = perThread.get();
            for (int b = next.getAndIncrement(); b < blocks && !stop.get(); b = next.getAndIncrement()) {
                if (listener.cancelled()) {
                    stop.set(true);
                    return;
                }
                SplittableRandom rng = new SplittableRandom(blockSeed(seed, b));
                int end = Math.min(runs, (b + 1) * BLOCK);
                for (int r = b * BLOCK; r < end; r++) {
                    // One run of a large plan takes milliseconds, a block of them seconds on a busy machine: the
                    // cancel is looked for before every run (a cut block is never counted, so figures are unchanged).
                    if (listener.cancelled()) {
                        stop.set(true);
                        return;
                    }
                    worker.run(r, b, rng);
                }
                // Count and report under one lock so the listener hears a rising count (a progress bar
                // must not step back when two blocks finish at once).
                synchronized (listener) {
                    listener.runsDone(done.addAndGet(end - b * BLOCK), runs);
                }
            }
            worker.finish();
        }, threads);
        return !stop.get();
    }

    /** A well-mixed seed per block (SplitMix64 finaliser over seed and block index). */
    static long blockSeed(long seed, int block) {
        long z = seed + 0x9E3779B97F4A7C15L * (block + 1L);
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    private static int claim(int[] counter, int limit) {
        synchronized (counter) {
            return counter[0]++;
        }
    }

    static void parallel(Runnable task, int threadCount) {
        int threads = Math.max(1, threadCount);
        if (threads == 1) {
            task.run();
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread th = new Thread(r, "monte-carlo");
            th.setDaemon(true);
            return th;
        });
        try {
            List<Future<?>> fs = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                fs.add(pool.submit(task));
            }
            for (Future<?> f : fs) {
                f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Monte Carlo interrupted", e);
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            throw c instanceof RuntimeException re ? re : new IllegalStateException(c);
        } finally {
            pool.shutdownNow();
        }
    }
}
