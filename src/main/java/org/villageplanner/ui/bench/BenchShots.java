package org.villageplanner.ui.bench;

import static org.villageplanner.ui.bench.UiBench.onFx;
import static org.villageplanner.ui.bench.UiBench.waitFor;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.villageplanner.domain.Cluster;
import org.villageplanner.domain.Scenario;
import org.villageplanner.domain.Village;
import org.villageplanner.ui.MainViewModel;
import org.villageplanner.ui.MainWindow;
import org.villageplanner.ui.map.MapCanvas;
import org.villageplanner.ui.simulation.SimulationModel;

/** The pictures {@code bench ui --shots DIR} takes of the window and its map. */
final class BenchShots {
    private final MainWindow window;
    private final PrintWriter out;

    BenchShots(MainWindow window, PrintWriter out) {
        this.window = window;
        this.out = out;
    }

    /** The window as drawn: the whole project fitted, then one township zoomed in with a cluster selected. */
    void take(Path dir, MainViewModel vm) throws Exception {
        Files.createDirectories(dir);
        var controller = window.view().map().controller();
        onFx(() -> {
            controller.fit();
            return null;
        });
        shot(dir.resolve("fitted.png"));
        List<Village> all = onFx(() -> vm.session.project().villages());
        String town = all.get(all.size() / 2).town();
        List<String> codes = all.stream().filter(v -> v.town().equals(town)).map(Village::code).toList();
        onFx(() -> {
            controller.zoomTo(codes);
            vm.select(codes.get(codes.size() / 2), false);
            return null;
        });
        shot(dir.resolve("township.png"));
        editAndUndoShots(dir, vm, codes.get(codes.size() / 2));
        out.println("screenshots in " + dir.toAbsolutePath() + " (township " + town + ")");
    }

    /**
     * The township's map before and after painting a village into a neighbouring cluster and undoing it: the frames
     * after each edit are partial and build on each other, so the two pictures show whether they add up to the map
     * they started from (compare them with ImageMagick's {@code compare -metric AE}).
     */
    private void editAndUndoShots(Path dir, MainViewModel vm, String code) throws Exception {
        MapCanvas canvas = window.view().map().canvas();
        SimulationModel sim = SimulationModel.of(vm);
        Scenario s = onFx(() -> vm.session.scenario());
        var graph = vm.services.geo().adjacency(vm.session.project());
        Cluster into = s.clusters().stream().filter(c -> !c.locked() && !c.members().contains(code))
                .filter(c -> c.members().stream().anyMatch(m -> graph.areNeighbours(m, code))).findFirst().orElse(null);
        if (into == null) {
            return;
        }
        mapShot(canvas, dir.resolve("township-map.png"));
        long partial0 = onFx(canvas::partialFrames);
        onFx(() -> {
            vm.brush.targetProperty().set(into.id());
            vm.brush.paint(code, false);
            vm.brush.endStroke();
            return null;
        });
        Scenario painted = onFx(() -> vm.session.scenario());
        waitFor(() -> sim.resultScenario.get() == painted);
        mapShot(canvas, dir.resolve("township-map-painted.png"));
        onFx(() -> {
            vm.session.undo.undo();
            return null;
        });
        Scenario undone = onFx(() -> vm.session.scenario());
        waitFor(() -> sim.resultScenario.get() == undone);
        mapShot(canvas, dir.resolve("township-map-painted-undone.png"));
        out.printf(Locale.ROOT, "township map shots around a paint and its undo: %d partial frames%n",
                onFx(canvas::partialFrames) - partial0);
    }

    /** The map alone as the pulses left it (no frame drawn for the picture). */
    private static void mapShot(MapCanvas canvas, Path png) throws Exception {
        Thread.sleep(1000);
        onFx(() -> {
            javax.imageio.ImageIO.write(javafx.embed.swing.SwingFXUtils.fromFXImage(canvas.snapshot(null, null), null),
                    "png", png.toFile());
            return null;
        });
    }

    private void shot(Path png) throws Exception {
        Thread.sleep(500);
        onFx(() -> {
            javafx.scene.Scene scene = window.view().getScene();
            javax.imageio.ImageIO.write(javafx.embed.swing.SwingFXUtils.fromFXImage(scene.snapshot(null), null),
                    "png", png.toFile());
            return null;
        });
    }
}
