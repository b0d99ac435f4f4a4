package org.villageplanner.ui.bench;

import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.StackPane;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.villageplanner.domain.PlanProject;
import org.villageplanner.sample.SyntheticProject;
import org.villageplanner.service.Services;
import org.villageplanner.ui.MainViewModel;
import org.villageplanner.ui.TestProjects;
import org.villageplanner.ui.common.AppSettings;
import org.villageplanner.ui.common.Fonts;
import org.villageplanner.ui.map.MapCanvas;
import org.villageplanner.ui.map.MapController;

/**
 * {@code bench render}: draws a generated 20,000-village project on a 1600×1000 map canvas and prints frame
 * times for pan and zoom at three scales. A frame is the layers' drawing plus a snapshot, which forces the
 * software rasteriser to finish it. Run on demand (not part of the test suite):
 * {@code mvn -o -q test -Dtest=RenderBench -Dbench=true}.
 */
@Tag("bench")
@EnabledIfSystemProperty(named = "bench", matches = "true")
class RenderBench {
    private static final int VILLAGES = Integer.getInteger("bench.villages", 20_000);

    @Test
    void render() throws Exception {
        try {
            Platform.startup(() -> { });
        } catch (IllegalStateException alreadyStarted) {
            // fine
        }
        long t0 = System.nanoTime();
        PlanProject project = SyntheticProject.generate(VILLAGES, 1);
        System.out.printf(Locale.ROOT, "generated %d villages in %.0f ms%n", project.villages().size(),
                (System.nanoTime() - t0) / 1e6);
        CountDownLatch done = new CountDownLatch(1);
        Platform.runLater(() -> {
            try {
                run(project);
            } finally {
                done.countDown();
            }
        });
        done.await(10, TimeUnit.MINUTES);
    }

    private static void run(PlanProject project) {
        Fonts.load();
        Services services = TestProjects.memoryServices(new java.util.HashMap<>());
        MainViewModel vm = new MainViewModel(services, new AppSettings(java.nio.file.Path.of("target/bench")));
        MapCanvas canvas = new MapCanvas();
        StackPane root = new StackPane(canvas);
        Scene scene = new Scene(root, 1600, 1000);
        root.applyCss();
        root.layout();
        long t0 = System.nanoTime();
        vm.show(project, null);
        MapController controller = new MapController(vm, canvas, null);
        root.layout();
        controller.fit();
        WritableImage image = new WritableImage(1600, 1000);
        double[] empty = new double[10];
        for (int i = 0; i < empty.length; i++) {
            long t = System.nanoTime();
            canvas.snapshot(null, image);
            empty[i] = (System.nanoTime() - t) / 1e6;
        }
        System.out.printf(Locale.ROOT, "snapshot of an unchanged canvas (read-back overhead): median %.1f ms%n",
                pct(empty, 0.5));
        frame(canvas, image);
        System.out.printf(Locale.ROOT, "first frame (shapes + fit + draw): %.0f ms%n", (System.nanoTime() - t0) / 1e6);
        for (double zoom : new double[] {1, 4, 16}) {
            controller.fit();
            canvas.viewport().zoomAt(zoom, 800, 500);
            for (int i = 0; i < 5; i++) {
                frame(canvas, image);
            }
            double[] pan = new double[30];
            for (int i = 0; i < pan.length; i++) {
                canvas.viewport().pan(i % 2 == 0 ? 7 : -7, 3);
                pan[i] = frame(canvas, image);
            }
            double[] zoomFrames = new double[30];
            for (int i = 0; i < zoomFrames.length; i++) {
                canvas.viewport().zoomAt(i % 2 == 0 ? 1.2 : 1 / 1.2, 800, 500);
                zoomFrames[i] = frame(canvas, image);
            }
            canvas.redraw();
            canvas.beginInteraction();
            double[] gesture = new double[30];
            for (int i = 0; i < gesture.length; i++) {
                canvas.viewport().pan(i % 2 == 0 ? 7 : -7, 3);
                gesture[i] = frame(canvas, image);
            }
            canvas.endInteraction();
            controller.labels.setVisible(false);
            double[] noLabels = new double[10];
            for (int i = 0; i < noLabels.length; i++) {
                canvas.viewport().pan(i % 2 == 0 ? 7 : -7, 3);
                noLabels[i] = frame(canvas, image);
            }
            controller.labels.setVisible(true);
            System.out.printf(Locale.ROOT, "zoom x%-3.0f full pan without labels: median %.1f ms%n", zoom,
                    pct(noLabels, 0.5));
            System.out.printf(Locale.ROOT, "zoom x%-3.0f pan during a drag (bitmap): median %.1f ms, p90 %.1f ms%n",
                    zoom, pct(gesture, 0.5), pct(gesture, 0.9));
            System.out.printf(Locale.ROOT, "zoom x%-3.0f full pan: median %.1f ms, p90 %.1f ms | full zoom: median %.1f ms,"
                    + " p90 %.1f ms | labels %d%n", zoom, pct(pan, 0.5), pct(pan, 0.9),
                    pct(zoomFrames, 0.5), pct(zoomFrames, 0.9), controller.labels.lastPlaced());
        }
        System.gc();
        System.out.printf(Locale.ROOT, "heap used: %d MB%n",
                (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) >> 20);
        scene.getWindow();
    }

    private static double frame(MapCanvas canvas, WritableImage image) {
        long t = System.nanoTime();
        canvas.redraw();
        canvas.snapshot(null, image);
        return (System.nanoTime() - t) / 1e6;
    }

    private static double pct(double[] xs, double p) {
        double[] s = xs.clone();
        Arrays.sort(s);
        return s[(int) Math.min(s.length - 1, Math.floor(p * s.length))];
    }
}
