package org.villageplanner.ui.stress;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.villageplanner.service.Services;
import org.villageplanner.ui.MainWindow;
import org.villageplanner.ui.PlannerApp;
import org.villageplanner.ui.common.AppSettings;

/**
 * {@code planner bench ui-stress}: opens the real main window (needs a display; use {@code xvfb-run} on a server)
 * on a generated 300-village project in a temporary folder and runs {@link UiStress}.
 */
public final class UiStressRun {
    /** The printed outcome; {@code ok} when every save read back equal and nothing was left busy. */
    public record Result(boolean ok, String text) {
    }

    private UiStressRun() {
    }

    public static Result run(Services services, int actions, long seed) throws Exception {
        Path dir = Files.createTempDirectory("vcp-ui-stress-");
        Path file = dir.resolve("stress.gpkg");
        services.projects().save(services.samples().generate(300, seed), file);
        CompletableFuture<MainWindow> window = new CompletableFuture<>();
        Platform.startup(() -> {
            Stage stage = new Stage();
            MainWindow w = PlannerApp.create(stage, services, new AppSettings(dir.resolve("settings")));
            stage.show();
            w.viewModel().open(file);
            window.complete(w);
        });
        MainWindow w = window.get(60, TimeUnit.SECONDS);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            CompletableFuture<Boolean> ready = new CompletableFuture<>();
            Platform.runLater(() -> ready.complete(w.viewModel().session.project() != null
                    && !w.viewModel().tasks.busy()));
            if (ready.get(10, TimeUnit.SECONDS)) {
                break;
            }
            Thread.sleep(20);
        }
        long start = System.nanoTime();
        UiStress.Report r = new UiStress(w.viewModel(), file, seed).run(actions);
        double seconds = (System.nanoTime() - start) / 1e9;
        double[] autosave = autosaveLatency(w, 20);
        Platform.runLater(Platform::exit);
        String text = String.format(Locale.ROOT, "ui-stress: %d actions (seed %d) on 300 villages in %.1f s: %s; "
                + "%d saves read back, %d mismatches; slowest cancel (cancel to the worker's end) %.1f ms; "
                + "slowest save %.1f ms; edit to recovery copy on disk: median %.0f ms, max %.0f ms (20 edits)%s",
                actions, seed, seconds, r.counts(), r.savesChecked(),
                r.mismatches().size(), r.maxCancelMillis(), r.maxSaveMillis(), autosave[0], autosave[1],
                r.mismatches().isEmpty() ? "" : "\n" + String.join("\n", r.mismatches()));
        return new Result(r.mismatches().isEmpty(), text);
    }

    /** Makes {@code n} edits, each waiting until the recovery copy on disk holds it; returns median and max in ms. */
    private static double[] autosaveLatency(MainWindow w, int n) throws Exception {
        var vm = w.viewModel();
        double[] ms = new double[n];
        for (int i = 0; i < n; i++) {
            CompletableFuture<Integer> edits = new CompletableFuture<>();
            long t0 = System.nanoTime();
            Platform.runLater(() -> {
                var s = vm.session.scenario();
                vm.session.edit(s.withNotes("autosave " + System.nanoTime()), "notes");
                edits.complete(vm.autoSaver.edits());
            });
            int expected = edits.get(10, TimeUnit.SECONDS);
            while (vm.recoveryFiles.pending().map(info -> info.edits() < expected).orElse(true)) {
                Thread.sleep(2);
            }
            ms[i] = (System.nanoTime() - t0) / 1e6;
            Thread.sleep(200);
        }
        java.util.Arrays.sort(ms);
        return new double[] {ms[n / 2], ms[n - 1]};
    }
}
