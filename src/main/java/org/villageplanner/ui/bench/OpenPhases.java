package org.villageplanner.ui.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import org.villageplanner.ui.MainViewModel;
import org.villageplanner.ui.MainWindow;
import org.villageplanner.ui.simulation.SimulationModel;

/**
 * What the benchmark sees of an open, phase by phase, from the window's own properties: the file read (until the
 * project reaches the window), the window taking it in (session, table, panels and map layers, on the UI thread),
 * the first frame with villages drawn, the first figures (simulation) and the first validation report. Each is a
 * wall time from the open; the UI-thread phases also give that thread's CPU time, which the machine's load does
 * not inflate. Created and read on the UI thread.
 */
final class OpenPhases {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private final Map<String, Long> at = new LinkedHashMap<>();
    private final Map<String, Long> cpu = new LinkedHashMap<>();

    private OpenPhases() {
    }

    static OpenPhases watch(MainWindow window) {
        OpenPhases phases = new OpenPhases();
        MainViewModel vm = window.viewModel();
        vm.session.project.addListener(new InvalidationListener() {
            @Override
            public void invalidated(Observable o) {
                vm.session.project.removeListener(this);
                phases.mark("read (until the project reaches the window)");
                long c = THREADS.getCurrentThreadCpuTime();
                Platform.runLater(() -> {
                    phases.mark("window takes it in (session, table, panels, map layers)");
                    phases.cpu.put("window takes it in (session, table, panels, map layers)",
                            THREADS.getCurrentThreadCpuTime() - c);
                });
            }
        });
        var villages = window.view().map().controller().villages;
        new AnimationTimer() {
            @Override
            public void handle(long now) {
                if (villages.lastDrawnCount() > 0) {
                    stop();
                    phases.mark("first frame with villages");
                }
            }
        }.start();
        SimulationModel.of(vm).result.addListener(new InvalidationListener() {
            @Override
            public void invalidated(Observable o) {
                if (SimulationModel.of(vm).result.get() != null) {
                    SimulationModel.of(vm).result.removeListener(this);
                    phases.mark("first figures (simulation, after its 300 ms pause)");
                }
            }
        });
        vm.validation.report.addListener(new InvalidationListener() {
            @Override
            public void invalidated(Observable o) {
                if (vm.validation.report.get() != null) {
                    vm.validation.report.removeListener(this);
                    phases.mark("first validation report");
                }
            }
        });
        return phases;
    }

    private void mark(String phase) {
        at.putIfAbsent(phase, System.nanoTime());
    }

    /** True once every phase has been seen. */
    boolean complete() {
        return at.size() == 5;
    }

    String report(long t0) {
        StringBuilder b = new StringBuilder();
        at.entrySet().stream().sorted(Map.Entry.comparingByValue()).forEach(e -> {
            b.append(String.format(Locale.ROOT, "%n  %-60s %7.0f ms", e.getKey(), (e.getValue() - t0) / 1e6));
            Long c = cpu.get(e.getKey());
            if (c != null) {
                b.append(String.format(Locale.ROOT, " (UI-thread CPU %.0f ms)", c / 1e6));
            }
        });
        return b.toString();
    }
}
