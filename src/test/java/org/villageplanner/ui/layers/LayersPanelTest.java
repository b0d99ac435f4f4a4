package org.villageplanner.ui.layers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.villageplanner.Main;
import org.villageplanner.domain.Messages;
import org.villageplanner.service.ReadOptions;
import org.villageplanner.service.ReferenceLayer;
import org.villageplanner.service.Services;
import org.villageplanner.ui.MainWindow;
import org.villageplanner.ui.PlannerApp;
import org.villageplanner.ui.TestProjects;
import org.villageplanner.ui.common.AppSettings;

/**
 * The layers panel against a real project file: a river added through the service is listed and drawn under the
 * villages; switching it off stops the painter drawing it and is saved in the file; a layer added through the
 * model becomes a new table; a bad file is refused with its message and the project keeps its layers.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class LayersPanelTest {
    @TempDir
    static Path dir;
    private final Services services = Main.services();
    private MainWindow window;
    private Path file;

    @Start
    void start(Stage stage) throws Exception {
        Messages.setLocale(Messages.CHINESE);
        file = dir.resolve("grid-" + System.nanoTime() + ".gpkg");
        services.projects().save(TestProjects.grid(5, 5, 0.02), file);
        services.layers().add(file, river("river.geojson", 0.05), "龙山江", new ReadOptions(null, null, null),
                UnaryOperator.identity(), true);
        window = PlannerApp.create(stage, services, new AppSettings(dir.resolve("settings")));
        stage.show();
    }

    @AfterEach
    void resetLocale() {
        Messages.setLocale(Messages.ENGLISH);
    }

    /** A north–south line through the grid at {@code dx} degrees east of its west edge. */
    private static Path river(String name, double dx) throws Exception {
        double x = TestProjects.LON0 + dx;
        String json = String.format(Locale.ROOT, "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\","
                + "\"properties\":{\"名称\":\"江\"},\"geometry\":{\"type\":\"LineString\",\"coordinates\":"
                + "[[%f,%f],[%f,%f],[%f,%f]]}}]}", x, TestProjects.LAT0 - 0.01, x + 0.003, TestProjects.LAT0 + 0.05,
                x, TestProjects.LAT0 + 0.11);
        Path p = dir.resolve(System.nanoTime() + "-" + name);
        Files.writeString(p, json);
        return p;
    }

    private void open(FxRobot robot) throws Exception {
        robot.interact(() -> window.viewModel().open(file));
        LayersModel m = LayersModel.of(window.viewModel());
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> window.viewModel().session.project() != null
                && window.viewModel().runningProperty().get() == null && !m.layers.isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Waits until the layer writes queued on the saver thread are done and their results shown. */
    static void written(LayersModel m) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> m.pendingWrites() == 0);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private long drawnAfterFrame(FxRobot robot, LayersModel m) {
        robot.interact(() -> window.view().map().canvas().redraw());
        return m.painter.drawnFeatures();
    }

    @Test
    @SuppressWarnings("unchecked")
    void listsDrawsHidesAndAddsLayers(FxRobot robot) throws Exception {
        open(robot);
        LayersModel m = LayersModel.of(window.viewModel());
        robot.clickOn("#layersTab");
        ListView<ReferenceLayer> list = robot.lookup("#layersList").queryAs(ListView.class);
        assertEquals(List.of("龙山江"), list.getItems().stream().map(ReferenceLayer::name).toList());
        assertTrue(list.getItems().get(0).barrier());
        assertEquals(1, drawnAfterFrame(robot, m), "the river is on screen and drawn");
        assertTrue(window.view().map().controller().villages.fillAlpha() < 1, "villages let the river through");

        // Switching it off in the panel: the painter draws nothing, and the file says so.
        robot.clickOn("#layerVisible-龙山江");
        WaitForAsyncUtils.waitForFxEvents();
        written(m);
        assertFalse(robot.lookup("#layerVisible-龙山江").queryAs(CheckBox.class).isSelected());
        assertEquals(0, drawnAfterFrame(robot, m));
        assertEquals(1, window.view().map().controller().villages.fillAlpha(), "nothing under: opaque again");
        assertFalse(services.layers().list(file).get(0).visible());
        assertFalse(window.viewModel().changedOnDisk(), "the window's own write is not someone else's change");

        // Add a second layer through the model: a new table in the file, listed on top and drawn.
        Path roads = river("roads.geojson", 0.07);
        robot.interact(() -> m.add(roads, LayersModel.defaultName(roads), false));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> m.layers.size() == 2);
        WaitForAsyncUtils.waitForFxEvents();
        List<String> stored = services.layers().list(file).stream().map(ReferenceLayer::name).toList();
        assertTrue(stored.contains(LayersModel.defaultName(roads)), stored.toString());
        assertEquals(1, drawnAfterFrame(robot, m), "only the new, visible layer is drawn");

        if (System.getProperty("layers.shot") != null) {
            org.villageplanner.ui.ScreenshotSupport.shot(window.view().getScene(), Path.of(System.getProperty("layers.shot")));
        }
        // Turn the river back on and move it up: order saved, both drawn.
        robot.interact(() -> m.setVisible(m.layers.stream().filter(l -> l.name().equals("龙山江")).findFirst()
                .orElseThrow(), true));
        robot.interact(() -> m.move(m.layers.stream().filter(l -> l.name().equals("龙山江")).findFirst()
                .orElseThrow(), true));
        written(m);
        assertEquals("龙山江", m.layers.get(0).name(), "topmost first");
        assertEquals(2, drawnAfterFrame(robot, m));
        ReferenceLayer riverStored = services.layers().list(file).stream().filter(l -> l.name().equals("龙山江"))
                .findFirst().orElseThrow();
        assertTrue(riverStored.visible());
        assertTrue(riverStored.order() > services.layers().list(file).stream()
                .filter(l -> !l.name().equals("龙山江")).findFirst().orElseThrow().order());

        // A damaged file is refused with the service's message (no stack trace); the layers are untouched.
        Path bad = dir.resolve("bad.geojson");
        Files.writeString(bad, "{not json");
        robot.interact(() -> m.add(bad, "bad", false));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !m.messageProperty().get().isEmpty()
                && m.messageProperty().get().contains("bad.geojson"));
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(m.messageProperty().get().contains("Exception"), m.messageProperty().get());
        assertFalse(m.messageProperty().get().contains("\tat "), m.messageProperty().get());
        assertEquals(2, services.layers().list(file).size());

        // The app's save keeps the layers the service wrote into the file.
        robot.interact(() -> {
            window.viewModel().session.markUnsaved();
            window.viewModel().saveAs(file);
        });
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !window.viewModel().session.isDirty());
        assertEquals(2, services.layers().list(file).size());

        // Save As to a new file takes the layers along, and the panel shows them from the new file.
        Path copy = dir.resolve("copy.gpkg");
        robot.interact(() -> window.viewModel().saveAs(copy));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> copy.equals(window.viewModel().session.file.get()));
        assertEquals(2, services.layers().list(copy).size());
    }

    @Test
    void removesALayerAfterConfirmationAndSetsAndClearsTheBasemap(FxRobot robot) throws Exception {
        open(robot);
        LayersModel m = LayersModel.of(window.viewModel());
        robot.clickOn("#layersTab");
        // Cancel keeps the layer.
        robot.clickOn("#layerRemove-龙山江");
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.control.DialogPane ask = robot.lookup("#removeLayerDialog").queryAs(javafx.scene.control.DialogPane.class);
        assertTrue(ask.getContentText().contains("龙山江"), ask.getContentText());
        robot.clickOn(ask.lookupButton(javafx.scene.control.ButtonType.CANCEL));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, services.layers().list(file).size());
        // OK removes the table from the file, the list and the map.
        robot.clickOn("#layerRemove-龙山江");
        WaitForAsyncUtils.waitForFxEvents();
        ask = robot.lookup("#removeLayerDialog").queryAs(javafx.scene.control.DialogPane.class);
        robot.clickOn(ask.lookupButton(javafx.scene.control.ButtonType.OK));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> m.layers.isEmpty());
        written(m);
        assertEquals(List.of(), services.layers().list(file));
        assertEquals(0, drawnAfterFrame(robot, m), "nothing left to draw");
        assertFalse(window.viewModel().changedOnDisk(), "the window's own write is not someone else's change");

        // Set basemap / Clear basemap (what the File menu items call) write through BasemapService.
        Path tiles = mbtiles();
        robot.interact(() -> m.setBasemap(tiles, false));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> m.basemap.hasTiles());
        assertTrue(services.basemaps().basemap(file).isPresent());
        robot.interact(() -> m.clearBasemap());
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !m.basemap.hasTiles());
        assertTrue(services.basemaps().basemap(file).isEmpty());
        // A file that is not tiles is refused with the service's message naming it; nothing set.
        robot.interact(() -> m.setBasemap(file, false));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> m.messageProperty().get().contains(file.getFileName().toString()));
        assertFalse(m.messageProperty().get().contains("Exception"), m.messageProperty().get());
        assertTrue(services.basemaps().basemap(file).isEmpty());
    }

    @Test
    void aProjectHeldByAnotherWindowSaysWhoHoldsItWhenALayerIsChanged(FxRobot robot) throws Exception {
        try (var other = services.projects().openForEditingLease(file)) {
            open(robot);
            assertTrue(window.viewModel().editingLock.isReadOnly());
            LayersModel m = LayersModel.of(window.viewModel());
            robot.interact(() -> m.remove(m.layers.get(0)));
            String msg = m.messageProperty().get();
            assertTrue(msg.contains(file.getFileName().toString()) && msg.contains("另存为"), msg);
            assertFalse(msg.contains(org.villageplanner.ui.common.I18n.t("uilayers.needsFile")), msg);
            assertEquals(1, services.layers().list(file).size(), "nothing removed");
        }
    }

    /** A small MBTiles over the grid, made with GDAL. */
    private static Path mbtiles() throws Exception {
        StringBuilder b = new StringBuilder(String.format(Locale.ROOT,
                "ncols 50\nnrows 50\nxllcorner %.6f\nyllcorner %.6f\ncellsize %.8f\n",
                TestProjects.LON0 - 0.02, TestProjects.LAT0 - 0.02, 0.0028));
        for (int j = 0; j < 50; j++) {
            for (int i = 0; i < 50; i++) {
                b.append((i * 5 + j) % 255).append(i < 49 ? " " : "\n");
            }
        }
        long n = System.nanoTime();
        Path asc = dir.resolve("g" + n + ".asc");
        Path tif = dir.resolve("g" + n + ".tif");
        Path tiles = dir.resolve("g" + n + ".mbtiles");
        Files.writeString(asc, b);
        sh("gdal_translate", "-q", "-ot", "Byte", "-a_srs", "EPSG:4326", asc.toString(), tif.toString());
        sh("gdal_translate", "-q", "-of", "MBTILES", tif.toString(), tiles.toString());
        return tiles;
    }

    /** Runs a GDAL tool; the test needs gdal-bin, as the CLI's basemap tests do. */
    private static void sh(String... cmd) throws Exception {
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        assertEquals(0, p.waitFor(), String.join(" ", cmd) + "\n" + out);
    }

    @Test
    void basemapTilesAreDrawnFromTheCacheWithTheAttribution(FxRobot robot) throws Exception {
        StringBuilder b = new StringBuilder(String.format(Locale.ROOT,
                "ncols 100\nnrows 100\nxllcorner %.6f\nyllcorner %.6f\ncellsize %.8f\n",
                TestProjects.LON0 - 0.02, TestProjects.LAT0 - 0.02, 0.0014));
        for (int j = 0; j < 100; j++) {
            for (int i = 0; i < 100; i++) {
                b.append((i * 7 + j * 3) % 255).append(i < 99 ? " " : "\n");
            }
        }
        Path asc = dir.resolve("base.asc");
        Files.writeString(asc, b);
        Path tif = dir.resolve("base.tif");
        Path tiles = dir.resolve("base-" + System.nanoTime() + ".mbtiles");
        sh("gdal_translate", "-q", "-ot", "Byte", "-a_srs", "EPSG:4326", asc.toString(), tif.toString());
        sh("gdal_translate", "-q", "-of", "MBTILES", tif.toString(), tiles.toString());
        sh("gdaladdo", "-q", tiles.toString(), "2", "4");
        services.basemaps().set(file, tiles, false, 0.6);
        open(robot);
        LayersModel m = LayersModel.of(window.viewModel());
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> m.basemap.hasTiles());
        robot.interact(() -> window.view().map().canvas().redraw());
        assertTrue(m.basemap.lastTiles() > 0, "tiles drawn under the villages");
        assertFalse(m.basemap.attributionText().isBlank());
        int cached = m.basemap.cachedTiles();
        assertTrue(cached >= m.basemap.lastTiles());
        robot.interact(() -> window.view().map().canvas().redraw());
        assertEquals(cached, m.basemap.cachedTiles(), "the same view decodes no tile again");
        // Zooming in far picks a finer zoom level (or the finest the file has).
        int z = m.basemap.lastZoom();
        robot.interact(() -> {
            window.view().map().canvas().zoom(4);
            window.view().map().canvas().redraw();
        });
        assertTrue(m.basemap.lastZoom() >= z);
    }
}
