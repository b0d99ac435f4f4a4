package org.villageplanner.ui.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.villageplanner.domain.Cluster;
import org.villageplanner.domain.Scenario;
import org.villageplanner.service.Services;
import org.villageplanner.ui.MainWindow;
import org.villageplanner.ui.MainViewModel;
import org.villageplanner.ui.PlannerApp;
import org.villageplanner.ui.WindowPlacement;
import org.villageplanner.ui.common.AppSettings;
import org.villageplanner.ui.map.MapCanvas;
import org.villageplanner.ui.simulation.SimulationModel;

/**
 * {@code planner bench ui --villages N}: the real main window on the screen it finds (Xvfb is fine). Generates a
 * project of N villages into a temporary file, opens it as a planner does, then pans and zooms along a fixed
 * path one step per pulse, selects, paints a village into a neighbouring cluster and undoes. Prints the time to
 * the first drawn map, the map's frame times (what the UI thread spends drawing each frame: median and p99) and
 * the pulse intervals during the gestures, the action latencies (until the map is redrawn and the table laid out;
 * the figures, which the simulation recomputes after a 300 ms pause, separately), heap after a GC and resident
 * memory. Asserts nothing.
 */
public final class UiBench {
    private static final int PAN_STEPS = 60;
    private static final int ZOOM_STEPS = 12;
    /** Select, paint and undo rounds ({@code -Dplanner.bench.rounds=N}: more rounds steady the medians on a busy machine). */
    private static final int ACTION_ROUNDS = Integer.getInteger("planner.bench.rounds", 5);
    /** {@code -Dplanner.bench.trace=true}: after each action, what the other threads and the GC did meanwhile. */
    private static final boolean TRACE = Boolean.getBoolean("planner.bench.trace");
    private final Services services;
    private final PrintWriter out;
    private MainWindow window;
    private long framesSeen;
    private long partialSeen;
    /** Actions whose map frame redrew only the part the action changed. */
    private int partialActions;

    private UiBench(Services services, PrintWriter out) {
        this.services = services;
        this.out = out;
    }

    /** Runs the benchmark and exits the toolkit; returns the exit code. */
    public static int run(Services services, int villages, long seed, Path project, PrintWriter out)
            throws Exception {
        Path dir = Files.createTempDirectory("vcp-uibench-");
        try {
            Platform.startup(() -> { });
            Platform.setImplicitExit(false);
            return new UiBench(services, out).measure(villages, seed, project, dir);
        } finally {
            Platform.exit();
            try (var files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException e) {
                // a temporary folder left behind is harmless
            }
        }
    }

    private int measure(int villages, long seed, Path project, Path dir) throws Exception {
        out.printf(Locale.ROOT, "cores %d, load %s%n", Runtime.getRuntime().availableProcessors(), load());
        Path file = project != null ? project : dir.resolve("bench.gpkg");
        if (project == null) {
            long g0 = System.nanoTime();
            services.samples().generate(villages, seed, file);
            out.printf(Locale.ROOT, "generated %d villages in %.0f ms%n", villages, ms(g0));
        }
        AppSettings settings = new AppSettings(dir.resolve("settings"));
        onFx(() -> {
            Stage stage = new Stage();
            window = PlannerApp.create(stage, services, settings);
            WindowPlacement.apply(stage, settings);
            stage.show();
            return null;
        });
        MainViewModel vm = window.viewModel();
        MapCanvas canvas = window.view().map().canvas();
        long frames0 = onFx(canvas::frames);
        OpenPhases phases = onFx(() -> OpenPhases.watch(window));
        long t0 = System.nanoTime();
        long cpu0 = processCpuNanos();
        onFx(() -> vm.open(file));
        waitFor(() -> vm.session.project() != null && vm.runningProperty().get() == null
                && window.view().map().controller().shapes() != null && canvas.frames() > frames0 + 1);
        double openMs = ms(t0);
        double openCpu = (processCpuNanos() - cpu0) / 1e6;
        waitFor(() -> window.view().map().controller().coloursReady());
        double colouredMs = ms(t0);
        out.printf(Locale.ROOT, "%d villages%n", onFx(() -> vm.session.project().villages().size()));
        out.printf(Locale.ROOT, "window %s, map %.0f×%.0f px%n", onFx(() -> {
            Stage s = (Stage) canvas.getScene().getWindow();
            return String.format(Locale.ROOT, "%.0f×%.0f", s.getWidth(), s.getHeight());
        }), canvas.getWidth(), canvas.getHeight());
        out.printf(Locale.ROOT, "open to first drawn map: %.0f ms, process CPU %.0f ms (cluster colours by adjacency "
                + "after %.0f ms)%n", openMs, openCpu, colouredMs);
        waitFor(phases::complete);
        out.println("open phases (wall from open, UI-thread CPU where on the UI thread): " + phases.report(t0));

        if (Boolean.getBoolean("planner.bench.cutLinks")) {
            // Reference layers, their labels and the links barriers cut, all drawn in every frame measured below.
            var layers = org.villageplanner.ui.layers.LayersModel.of(vm);
            waitFor(() -> layers.loads() > 0 && layers.cutLinks.countProperty().get() >= 0);
            onFx(() -> {
                layers.cutLinks.shown.set(true);
                return null;
            });
            out.printf(Locale.ROOT, "reference layers %d, cut links shown %d%n", onFx(() -> layers.layers.size()),
                    onFx(() -> layers.cutLinks.countProperty().get()));
        }
        String shots = System.getProperty("planner.bench.shots");
        if (shots != null) {
            new BenchShots(window, out).take(Path.of(shots), vm);
        }
        List<Double> draw = new ArrayList<>();
        List<Double> drawCpu = new ArrayList<>();
        List<Double> pulses = new ArrayList<>();
        gestures(canvas, draw, drawCpu, pulses);
        out.printf(Locale.ROOT, "pan/zoom frames: %d, draw median %.1f ms, p99 %.1f ms, max %.1f ms (UI-thread CPU "
                + "median %.1f ms, p99 %.1f ms); pulse interval median %.1f ms, p99 %.1f ms%n", draw.size(),
                pct(draw, 50), pct(draw, 99), pct(draw, 100), pct(drawCpu, 50), pct(drawCpu, 99),
                pct(pulses, 50), pct(pulses, 99));
        List<String> full = new ArrayList<>();
        for (double zoom : new double[] {1, 4, 16, 1}) {
            onFx(() -> {
                window.view().map().controller().fit();
                canvas.zoom(zoom);
                canvas.redraw();
                full.add(String.format(Locale.ROOT, "%.1f (CPU %.1f)", canvas.lastFrameMillis(),
                        canvas.lastFrameCpuMillis()) + (TRACE ? " [" + canvas.lastLayerTrace() + "]" : ""));
                return null;
            });
        }
        out.printf(Locale.ROOT, "full frames (fitted, ×4, ×16, fitted): %s ms%n", full);
        List<Double> again = new ArrayList<>();
        for (int i = 0; i < 15; i++) {
            double zoom = i % 3 == 0 ? 2 : i % 3 == 1 ? 4 : 16;
            onFx(() -> {
                window.view().map().controller().fit();
                canvas.zoom(zoom);
                canvas.redraw();
                again.add(canvas.lastFrameCpuMillis());
                return null;
            });
        }
        out.printf(Locale.ROOT, "full frames ×2, ×4, ×16 again, five each: UI-thread CPU median %.1f ms, max %.1f ms%n",
                pct(again, 50), pct(again, 100));
        List<Double> fitted = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            onFx(() -> {
                window.view().map().controller().fit();
                canvas.redraw();
                fitted.add(canvas.lastFrameMillis());
                return null;
            });
        }
        out.printf(Locale.ROOT, "fitted frame ×30: median %.2f ms, min %.2f ms%n", pct(fitted, 50),
                fitted.stream().mapToDouble(Double::doubleValue).min().orElse(0));
        actions(vm, canvas);
        memory();
        return 0;
    }

    /** Pans right and down, zooms in and out at the centre, one step per pulse, the way a drag and a wheel do. */
    private void gestures(MapCanvas canvas, List<Double> draw, List<Double> drawCpu, List<Double> pulses)
            throws Exception {
        CountDownLatch done = new CountDownLatch(1);
        onFx(() -> {
            window.view().map().controller().fit();
            canvas.zoom(2);
            canvas.redraw();
            new AnimationTimer() {
                private int step = -1;
                private long last;
                /** What the other threads and the GC did since the last pulse (traced runs). */
                private ThreadTrace pulseTrace;

                @Override
                public void handle(long now) {
                    if (step >= 0) {
                        if (TRACE && canvas.lastFrameMillis() > 16) {
                            out.printf(Locale.ROOT, "  slow frame at step %d: %.1f ms (UI-thread CPU %.1f ms), scale "
                                    + "%.0f px/°, %s: %s%n", step, canvas.lastFrameMillis(),
                                    canvas.lastFrameCpuMillis(), canvas.viewport().scale(),
                                    canvas.lastFrameArea() == null ? "whole" : "partial", canvas.lastLayerTrace());
                            if (pulseTrace != null) {
                                out.println("    since the last pulse: " + pulseTrace.since());
                            }
                        }
                        draw.add(canvas.lastFrameMillis());
                        drawCpu.add(canvas.lastFrameCpuMillis());
                        pulses.add((now - last) / 1e6);
                    }
                    last = now;
                    pulseTrace = TRACE ? new ThreadTrace() : null;
                    step++;
                    if (step < PAN_STEPS) {
                        canvas.beginInteraction();
                        canvas.viewport().pan(step < PAN_STEPS / 2 ? -12 : 12, step < PAN_STEPS / 2 ? -6 : 6);
                        canvas.requestRedraw();
                    } else if (step == PAN_STEPS || step == PAN_STEPS + 2 * ZOOM_STEPS + 1) {
                        canvas.endInteraction();
                    } else if (step <= PAN_STEPS + 2 * ZOOM_STEPS) {
                        canvas.beginInteraction();
                        canvas.zoom(step <= PAN_STEPS + ZOOM_STEPS ? 1.2 : 1 / 1.2);
                    } else {
                        stop();
                        done.countDown();
                    }
                }
            }.start();
            return null;
        });
        if (!done.await(300, TimeUnit.SECONDS)) {
            throw new IllegalStateException("gestures did not finish");
        }
    }

    private static long processCpuNanos() {
        return ProcessHandle.current().info().totalCpuDuration().map(java.time.Duration::toNanos).orElse(0L);
    }

    private void actions(MainViewModel vm, MapCanvas canvas) throws Exception {
        Scenario s = onFx(() -> vm.session.scenario());
        Cluster from = s.clusters().stream().filter(c -> c.members().size() >= 3).findFirst().orElseThrow();
        String code = from.members().get(from.members().size() - 1);
        var graph = services.geo().adjacency(vm.session.project());
        Cluster into = s.clusters().stream().filter(c -> c != from && !c.locked())
                .filter(c -> c.members().stream().anyMatch(m -> graph.areNeighbours(m, code)))
                .findFirst().orElse(s.clusters().stream().filter(c -> c != from).findFirst().orElseThrow());
        SimulationModel sim = SimulationModel.of(vm);
        List<double[]> select = new ArrayList<>();
        List<double[]> paint = new ArrayList<>();
        List<double[]> undo = new ArrayList<>();
        List<Double> figures = new ArrayList<>();
        boolean back = true;
        for (int round = 0; round < ACTION_ROUNDS; round++) {
            select.add(action(canvas, () -> vm.select(code, false)));
            double[] p = action(canvas, () -> {
                vm.brush.targetProperty().set(into.id());
                vm.brush.paint(code, false);
                vm.brush.endStroke();
            });
            paint.add(p);
            Scenario painted = onFx(() -> vm.session.scenario());
            long f0 = System.nanoTime();
            waitFor(() -> sim.resultScenario.get() == painted);
            figures.add(ms(f0) + p[0]);
            undo.add(action(canvas, () -> vm.session.undo.undo()));
            back &= onFx(() -> vm.session.scenario().clusterOf(code).map(Cluster::id).orElse("")).equals(from.id());
            onFx(() -> {
                vm.select(null, false);
                return null;
            });
        }
        out.printf(Locale.ROOT, "%d rounds, median (max) wall / UI-thread CPU: select %s, paint %s, undo %s "
                + "(map redrawn and table laid out); figures after paint %.0f ms median (simulation waits 300 ms for "
                + "more edits); undo restored: %s; %d of %d action frames partial%n", ACTION_ROUNDS, summary(select),
                summary(paint), summary(undo), pct(figures, 50), back, partialActions, 3 * ACTION_ROUNDS);
    }

    private static String summary(List<double[]> runs) {
        List<Double> wall = runs.stream().map(r -> r[0]).toList();
        List<Double> cpu = runs.stream().map(r -> r[1]).toList();
        return String.format(Locale.ROOT, "%.1f (%.1f) / %.1f ms", pct(wall, 50), pct(wall, 100), pct(cpu, 50));
    }

    /** The action, then the map frame and the window's layout it causes, timed together on the UI thread. */
    private double[] action(MapCanvas canvas, Runnable action) throws Exception {
        return onFx(() -> {
            var threads = ManagementFactory.getThreadMXBean();
            ThreadTrace trace = TRACE ? new ThreadTrace() : null;
            // Frames the pulses drew since the last action (e.g. a whole frame when the figures came in).
            long wholeBefore = (canvas.frames() - framesSeen) - (canvas.partialFrames() - partialSeen);
            long partialBefore = canvas.partialFrames() - partialSeen;
            long c = threads.getCurrentThreadCpuTime();
            long t = System.nanoTime();
            action.run();
            long c1 = threads.getCurrentThreadCpuTime();
            canvas.redraw();
            long c2 = threads.getCurrentThreadCpuTime();
            canvas.getScene().getRoot().applyCss();
            long c3 = threads.getCurrentThreadCpuTime();
            canvas.getScene().getRoot().layout();
            long c4 = threads.getCurrentThreadCpuTime();
            double[] r = {ms(t), (c4 - c) / 1e6};
            int[] area = canvas.lastFrameArea();
            if (area != null) {
                partialActions++;
            }
            framesSeen = canvas.frames();
            partialSeen = canvas.partialFrames();
            if (trace != null) {
                String frame = area == null ? "whole map" : area.length == 0 ? "map unchanged"
                        : String.format(Locale.ROOT, "map %d×%d px redrawn", area[2], area[3]);
                out.println("  action " + String.format(Locale.ROOT, "%.1f / %.1f ms, %s (pulses since the last "
                        + "action: %d whole, %d partial frames; UI-thread CPU: action %.1f, map %.1f, CSS %.1f, "
                        + "layout %.1f ms): ", r[0], r[1], frame, wholeBefore, partialBefore, (c1 - c) / 1e6,
                        (c2 - c1) / 1e6, (c3 - c2) / 1e6, (c4 - c3) / 1e6)
                        + trace.since());
            }
            return r;
        });
    }

    private void memory() throws IOException {
        System.gc();
        var heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
        String rss = Files.readAllLines(Path.of("/proc/self/status")).stream().filter(l -> l.startsWith("VmRSS"))
                .findFirst().orElse("VmRSS: ?").replaceAll("\\s+", " ");
        out.printf(Locale.ROOT, "heap used after GC %d MB (committed %d MB, max %d MB); resident %s%n",
                heap.getUsed() >> 20, heap.getCommitted() >> 20, heap.getMax() >> 20, rss.substring(7).trim());
        out.flush();
    }

    private static String load() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (IOException e) {
            return "?";
        }
    }

    private static double ms(long t0) {
        return (System.nanoTime() - t0) / 1e6;
    }

    private static double pct(List<Double> values, double p) {
        if (values.isEmpty()) {
            return Double.NaN;
        }
        List<Double> sorted = values.stream().sorted().toList();
        int i = (int) Math.ceil(p / 100 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, i)));
    }

    static void waitFor(Callable<Boolean> condition) throws Exception {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(300);
        while (!onFx(condition)) {
            if (System.nanoTime() > end) {
                throw new IllegalStateException("timed out");
            }
            Thread.sleep(5);
        }
    }

    static <T> T onFx(Callable<T> work) throws Exception {
        CompletableFuture<T> f = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                f.complete(work.call());
            } catch (Throwable e) {
                f.completeExceptionally(e);
            }
        });
        return f.get(300, TimeUnit.SECONDS);
    }
}
