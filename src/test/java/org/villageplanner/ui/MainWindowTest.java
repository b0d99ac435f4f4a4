package org.villageplanner.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Point2D;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
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
import org.villageplanner.domain.Messages;
import org.villageplanner.domain.PlanProject;
import org.villageplanner.ui.map.MapCanvas;

/** The first window: open a project, see the villages, click one, read its figures, switch language. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class MainWindowTest {
    private static final Path FILE = Path.of("/virtual/test.gpkg");
    @TempDir
    static Path settingsDir;
    private final Map<Path, PlanProject> files = TestProjects.files(FILE, TestProjects.grid(5, 5, 0.02));
    private MainWindow window;

    @Start
    void start(Stage stage) {
        window = TestWindow.show(stage, Messages.CHINESE, TestProjects.memoryServices(files), settingsDir);
    }

    @AfterEach
    void resetLocale() {
        Messages.setLocale(Messages.ENGLISH);
    }

    static void open(FxRobot robot, MainWindow window, Path file) throws Exception {
        robot.interact(() -> window.viewModel().open(file));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> window.viewModel().session.project() != null
                && window.viewModel().runningProperty().get() == null);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Screen point of the centre of grid village (r, c). */
    static Point2D villageOnScreen(MainWindow window, int r, int c) {
        MapCanvas canvas = window.view().map().canvas();
        double lon = TestProjects.LON0 + (c + 0.5) * 0.02;
        double lat = TestProjects.LAT0 + (r + 0.5) * 0.02;
        return canvas.localToScreen(canvas.viewport().x(lon), canvas.viewport().y(lat));
    }

    @Test
    void openShowsVillagesClickShowsFiguresAndLanguageSwitches(FxRobot robot) throws Exception {
        open(robot, window, FILE);
        assertEquals(25, window.view().map().controller().shapes().size());
        assertTrue(window.view().map().controller().labels.lastPlaced() > 0, "labels are drawn");

        // The map really paints villages in cluster colours: 徐福片区 is the first cluster of 方案A, and its colour
        // is the graph colouring's (the same one the plan PDF uses), once the adjacency has been built.
        MapCanvas canvas = window.view().map().canvas();
        Point2D local = canvas.screenToLocal(villageOnScreen(window, 0, 1));
        var scenario = window.viewModel().session.scenario();
        String expected = Color.web(org.villageplanner.cluster.ClusterColouring.of(scenario.clusters(),
                org.villageplanner.geo.AdjacencyGraph.of(window.viewModel().session.project().villages()))
                .hexOf(scenario.clusters().get(0).id())).toString();
        WritableImage[] shot = new WritableImage[1];
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> {
            robot.interact(() -> {
                canvas.redraw();
                shot[0] = canvas.snapshot(null, null);
            });
            return expected.equals(shot[0].getPixelReader().getColor((int) local.getX() + 10,
                    (int) local.getY() + 10).toString());
        });
        Color pixel = shot[0].getPixelReader().getColor((int) local.getX() + 10, (int) local.getY() + 10);
        assertEquals(expected, pixel.toString(), "village filled by its cluster colour");

        robot.clickOn(villageOnScreen(window, 2, 3));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(TestProjects.name(2, 3), robot.lookup("#detailName").queryAs(Label.class).getText());
        assertTrue(robot.lookup("#detail-operatingIncome").queryAs(Label.class).getText().contains("万元"));

        MenuBar bar = robot.lookup("#menuBar").queryAs(MenuBar.class);
        assertEquals("文件", bar.getMenus().get(0).getText());
        robot.clickOn("视图").clickOn("语言").clickOn("English");
        WaitForAsyncUtils.waitForFxEvents();
        MenuBar after = robot.lookup("#menuBar").queryAs(MenuBar.class);
        assertEquals("File", after.getMenus().get(0).getText());
        assertEquals(TestProjects.name(2, 3), robot.lookup("#detailName").queryAs(Label.class).getText(),
                "the selection survives the language switch");
    }

    @Test
    void colourByAFieldShowsAChoroplethLegendAndABadFileLeavesTheProjectOpen(FxRobot robot) throws Exception {
        open(robot, window, FILE);
        robot.interact(() -> window.viewModel().colourBy.set(
                org.villageplanner.service.VillageField.OPERATING_INCOME));
        javafx.scene.layout.VBox legend = robot.lookup("#legend").queryAs(javafx.scene.layout.VBox.class);
        // A title and five classes; the below-target ring's explanation may follow them.
        assertEquals(5, legend.getChildren().stream().filter(n -> n instanceof javafx.scene.layout.HBox h
                && ((Label) h.getChildren().get(1)).getText().contains(" – ")).count(), "five classes");
        assertTrue(((Label) legend.getChildren().get(0)).getText().contains("经营性收入"));

        PlanProject before = window.viewModel().session.project();
        robot.interact(() -> window.viewModel().open(Path.of("/virtual/missing.gpkg")));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> window.viewModel().runningProperty().get() == null);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(window.viewModel().status.get().contains("missing.gpkg"));
        assertTrue(before == window.viewModel().session.project(), "the open project is kept");
        robot.lookup("#errorDialog").queryAs(javafx.scene.control.DialogPane.class);
    }

    @Test
    void projectsWithALocationAreDrawnAndCanBeSwitchedOff(FxRobot robot) throws Exception {
        open(robot, window, FILE);
        var vm = window.viewModel();
        org.villageplanner.domain.InvestmentProject factory = new org.villageplanner.domain.InvestmentProject("标准厂房", "FACTORY",
                org.villageplanner.domain.InvestmentMode.OPERATED, 1_000_000, 300_000, 100_000, 0, 0, 0, 20, 0.1, 0, 0,
                0, new org.villageplanner.domain.GeoPoint(TestProjects.LON0 + 0.05, TestProjects.LAT0 + 0.05));
        robot.interact(() -> vm.session.edit(vm.session.scenario().withCluster(
                vm.session.scenario().cluster("east").orElseThrow().withProjects(java.util.List.of(factory))),
                "project"));
        assertEquals(1, window.view().map().controller().projects.size());
        assertTrue(window.view().map().controller().projects.isVisible());
        robot.interact(() -> vm.showProjects.set(false));
        assertTrue(!window.view().map().controller().projects.isVisible());
    }
}
