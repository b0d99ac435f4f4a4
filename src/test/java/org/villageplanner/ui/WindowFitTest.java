package org.villageplanner.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.geometry.Rectangle2D;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Envelope;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.villageplanner.domain.Messages;
import org.villageplanner.domain.PlanProject;
import org.villageplanner.sample.SyntheticProject;
import org.villageplanner.ui.common.AppSettings;
import org.villageplanner.ui.map.MapCanvas;

/**
 * A county with 97 clusters: the window fits the screen (no panel's content makes it taller), the legend
 * summarises, and the map opens, stays after a resize and comes back with the fit button fitted to the county.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class WindowFitTest {
    private static final Path FILE = Path.of("/virtual/county.gpkg");
    private static final PlanProject COUNTY = SyntheticProject.generate(340, 3);
    @TempDir
    static Path settingsDir;
    private final Map<Path, PlanProject> files = TestProjects.files(FILE, COUNTY);
    private MainWindow window;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        Messages.setLocale(Messages.CHINESE);
        AppSettings settings = new AppSettings(settingsDir);
        // A saved size bigger than any screen (the last session ran on a large monitor) is clamped.
        settings.saveWindowBounds(-200, -100, 4000, 3000);
        window = PlannerApp.create(stage, TestProjects.memoryServices(files), settings);
        WindowPlacement.apply(stage, settings);
        stage.show();
    }

    @AfterEach
    void resetLocale() {
        Messages.setLocale(Messages.ENGLISH);
    }

    @Test
    void aCountyWithEightyClustersFitsTheScreenAndTheMapShowsItWhole(FxRobot robot) throws Exception {
        MainWindowTest.open(robot, window, FILE);
        assertTrue(window.viewModel().session.scenario().clusters().size() >= 80);
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        assertTrue(stage.getX() >= screen.getMinX() && stage.getY() >= screen.getMinY()
                && stage.getX() + stage.getWidth() <= screen.getMaxX() + 0.5
                && stage.getY() + stage.getHeight() <= screen.getMaxY() + 0.5,
                "stage " + stage.getX() + "," + stage.getY() + " " + stage.getWidth() + "×" + stage.getHeight()
                        + " inside " + screen);
        // No panel's content asks for more than a 1366×768 laptop screen offers.
        Region root = (Region) stage.getScene().getRoot();
        assertTrue(root.minHeight(-1) <= 700, "root min height " + root.minHeight(-1));
        assertTrue(root.minWidth(-1) <= 1300, "root min width " + root.minWidth(-1));
        // The status bar is inside the window, not below its edge.
        Bounds status = robot.lookup("#statusBar").query().localToScene(
                robot.lookup("#statusBar").query().getBoundsInLocal());
        assertTrue(status.getMaxY() <= stage.getScene().getHeight() + 0.5, "status bar at " + status);

        // The legend summarises colour classes: a handful of lines, not one per cluster.
        VBox legend = robot.lookup("#legend").queryAs(VBox.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window.view().map().controller().coloursReady());
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(legend.getChildren().size() <= 5, "legend lines: " + legend.getChildren().size());
        var classes = window.view().map().controller().legend.stream().filter(e -> e.count() != null).toList();
        assertTrue(classes.size() >= 4 && classes.size() <= 8, "colour classes: " + classes.size());
        assertEquals(window.viewModel().session.scenario().clusters().size(),
                classes.stream().mapToInt(e -> e.count()).sum(), "colour classes count every cluster once");
        assertTrue(((Label) legend.getChildren().get(0)).getText().contains("97"), "title names the total");
        assertTrue(legend.getHeight() < window.view().map().getHeight() / 2, "legend height " + legend.getHeight());

        MapCanvas canvas = window.view().map().canvas();
        Envelope county = window.view().map().controller().shapes().extent();
        assertTrue(canvas.viewport().visible().contains(county), "opened fitted: " + canvas.viewport().visible());

        // Resized before the user touched the map: still fitted.
        robot.interact(() -> {
            stage.setWidth(Math.min(1000, screen.getWidth()));
            stage.setHeight(Math.min(620, screen.getHeight()));
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(canvas.viewport().visible().contains(county), "fitted after a resize");

        // Zoomed in by the user, then the fit button shows the whole county again.
        robot.interact(() -> canvas.zoom(4));
        assertTrue(!canvas.viewport().visible().contains(county));
        robot.clickOn("#fitButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(canvas.viewport().visible().contains(county), "fit button shows the county");
    }
}
