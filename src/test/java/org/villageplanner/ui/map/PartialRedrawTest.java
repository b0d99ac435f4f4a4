package org.villageplanner.ui.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.villageplanner.domain.Cluster;
import org.villageplanner.domain.PlanProject;
import org.villageplanner.domain.Scenario;
import org.villageplanner.geo.AdjacencyGraph;
import org.villageplanner.sample.SyntheticProject;
import org.villageplanner.service.LayerStyle;
import org.villageplanner.service.ReferenceLayer;
import org.villageplanner.ui.MainViewModel;
import org.villageplanner.ui.MainWindow;
import org.villageplanner.ui.TestProjects;
import org.villageplanner.ui.TestWindow;
import org.villageplanner.ui.simulation.SimulationModel;

/**
 * After an edit the map redraws only the rectangle the changed villages cover, and that rectangle comes out pixel
 * for pixel as a whole frame draws it: village fills, cluster outlines, names (whose places move with the selected
 * cluster), the selection ring, and reference lines, areas and their labels under and over the villages.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class PartialRedrawTest {
    private static final Path FILE = Path.of("/virtual/partial.gpkg");
    private static final PlanProject COUNTY = SyntheticProject.generate(300, 7);
    @TempDir
    static Path settingsDir;
    private final Map<Path, PlanProject> files = TestProjects.files(FILE, COUNTY);
    private MainWindow window;

    @Start
    void start(Stage stage) {
        window = TestWindow.showPlaced(stage, TestProjects.memoryServices(files), settingsDir);
    }

    @Test
    void paintAndUndoRedrawOnlyTheChangedVillagesAndMatchAWholeFrame(FxRobot robot) throws Exception {
        MainViewModel vm = window.viewModel();
        robot.interact(() -> vm.open(FILE));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> vm.session.project() != null
                && vm.runningProperty().get() == null && window.view().map().controller().coloursReady());
        MapController controller = window.view().map().controller();
        MapCanvas canvas = window.view().map().canvas();
        Scenario scenario = vm.session.scenario();
        AdjacencyGraph graph = vm.services.geo().adjacency(vm.session.project());
        // A village of a cluster in the middle, painted into a neighbouring cluster.
        Cluster from = scenario.clusters().stream().filter(c -> c.members().size() >= 3)
                .skip(scenario.clusters().size() / 3).findFirst().orElseThrow();
        String code = from.members().get(1);
        Cluster into = scenario.clusters().stream().filter(c -> c != from && !c.locked())
                .filter(c -> c.members().stream().anyMatch(m -> graph.areNeighbours(m, code))).findFirst()
                .orElseThrow();
        List<String> around = new ArrayList<>(from.members());
        around.addAll(into.members());
        robot.interact(() -> {
            addReferenceLayers(controller, canvas, around);
            controller.zoomTo(around);
            vm.select(code, false);
        });
        settle(vm, canvas, controller);
        assertTrue(controller.labels.lastPlaced() > 0, "names are drawn at this zoom");

        Frames painted = editThenRedraw(robot, canvas, controller, () -> {
            vm.brush.targetProperty().set(into.id());
            vm.brush.paint(code, false);
            vm.brush.endStroke();
        });
        assertEquals(into.id(), vm.session.scenario().clusterOf(code).map(Cluster::id).orElse(""));
        painted.assertPartialAndEqual("paint");

        // The new clusters' outlines are dissolved in the background and drawn by further partial frames; the
        // pulses' frames build on each other, so the undo's frame is checked over all of them.
        settle(vm, canvas, controller);
        Frames undone = editThenRedraw(robot, canvas, controller, () -> vm.session.undo.undo());
        assertEquals(from.id(), vm.session.scenario().clusterOf(code).map(Cluster::id).orElse(""));
        undone.assertPartialAndEqual("undo");

        // Moving the view draws the whole map again.
        robot.interact(() -> {
            canvas.zoom(1.2);
            canvas.redraw();
        });
        assertNull(canvas.lastFrameArea(), "a zoom draws a whole frame");
    }

    /**
     * Waits until the figures of the plan shown are in (the simulation's result redraws the below-target rings; one
     * landing just before an edit would make the edit's frame whole), nothing is being dissolved and the pulses have
     * drawn everything asked for.
     */
    private static void settle(MainViewModel vm, MapCanvas canvas, MapController controller) throws Exception {
        SimulationModel sim = SimulationModel.of(vm);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> {
            boolean[] quiet = new boolean[1];
            WaitForAsyncUtils.asyncFx(() -> quiet[0] = sim.resultScenario.get() == vm.session.scenario()
                    && !sim.running.get() && controller.clusterOutlines.pending() == 0
                    && !canvas.pendingRedraw()).get();
            return quiet[0];
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    /**
     * In one go on the UI thread (nothing from the background can land in between): the edit, the frame it causes
     * and its picture, then a whole frame of the same state and its picture.
     */
    private static Frames editThenRedraw(FxRobot robot, MapCanvas canvas, MapController controller, Runnable edit) {
        Frames f = new Frames();
        robot.interact(() -> {
            edit.run();
            canvas.redraw();
            f.area = canvas.lastFrameArea();
            f.drawn = controller.villages.lastDrawnCount();
            f.partial = canvas.snapshot(null, null);
            canvas.requestRedraw();
            canvas.redraw();
            f.wholeArea = canvas.lastFrameArea();
            f.wholeDrawn = controller.villages.lastDrawnCount();
            f.whole = canvas.snapshot(null, null);
        });
        return f;
    }

    /** A river across the villages, with its name, and a lake, under the villages (which let them show through). */
    private static void addReferenceLayers(MapController controller, MapCanvas canvas, List<String> codes) {
        Envelope e = new Envelope();
        for (String c : codes) {
            e.expandToInclude(controller.shapes().of(c).box());
        }
        GeometryFactory gf = new GeometryFactory();
        Geometry river = gf.createLineString(new Coordinate[] {new Coordinate(e.getMinX(), e.getMinY()),
            new Coordinate(e.centre().x, e.centre().y + e.getHeight() / 8), new Coordinate(e.getMaxX(), e.getMaxY())});
        Geometry lake = gf.createPolygon(new Coordinate[] {new Coordinate(e.getMinX(), e.centre().y),
            new Coordinate(e.centre().x, e.getMaxY()), new Coordinate(e.getMaxX(), e.centre().y),
            new Coordinate(e.getMinX(), e.centre().y)});
        ReferenceLayer rivers = new ReferenceLayer("rivers", "LineString", 1, false, true, 1, 1, "test",
                new LayerStyle("#1f78b4", 0.8, null, 0, "name"));
        ReferenceLayer lakes = new ReferenceLayer("lakes", "Polygon", 1, false, true, 0, 0.8, "test",
                new LayerStyle("#2c7fb8", 0.3, "#a6cee3", 0.6, "name"));
        List<ReferenceLayersPainter.Drawn> drawn = List.of(
                new ReferenceLayersPainter.Drawn(rivers, List.of(river), List.of("Test River 测试河")),
                new ReferenceLayersPainter.Drawn(lakes, List.of(lake), List.of("湖")));
        ReferenceLayersPainter painter = new ReferenceLayersPainter();
        ReferenceLabelsLayer labels = new ReferenceLabelsLayer();
        canvas.addLayerBelow(controller.villages, painter);
        canvas.addLayer(labels);
        painter.setLayers(drawn);
        labels.setLayers(painter.layers());
        controller.villages.setFillAlpha(0.75);
    }

    /** The frame an edit caused and a whole frame of the same state. */
    private static final class Frames {
        int[] area;
        int drawn;
        WritableImage partial;
        int[] wholeArea;
        int wholeDrawn;
        WritableImage whole;

        void assertPartialAndEqual(String what) {
            assertNotNull(area, what + ": the frame after the edit is partial");
            assertEquals(4, area.length, what + ": something was redrawn");
            assertNull(wholeArea, what + ": the frame asked for whole is whole");
            int w = (int) whole.getWidth();
            int h = (int) whole.getHeight();
            assertTrue((double) area[2] * area[3] < 0.5 * w * h, what + ": a small part of the map, "
                    + area[2] + "×" + area[3] + " of " + w + "×" + h);
            assertTrue(drawn > 0 && drawn < wholeDrawn, what + ": only the villages there drawn, " + drawn + " of "
                    + wholeDrawn);
            assertEquals(w, (int) partial.getWidth());
            assertEquals(h, (int) partial.getHeight());
            PixelReader a = partial.getPixelReader();
            PixelReader b = whole.getPixelReader();
            int differ = 0;
            String first = "";
            for (int y = 0; y < h; y++) {
                for (int x = 0; x < w; x++) {
                    int pa = a.getArgb(x, y);
                    int pb = b.getArgb(x, y);
                    if (pa != pb) {
                        if (differ == 0) {
                            first = String.format(" first at (%d, %d): %08x partial, %08x whole", x, y, pa, pb);
                        }
                        differ++;
                    }
                }
            }
            assertEquals(0, differ, what + ": pixels differing between the partial frame and a whole one (area "
                    + java.util.Arrays.toString(area) + ")" + first);
        }
    }
}
