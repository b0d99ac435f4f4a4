package org.villageplanner.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.TableView;
import javafx.scene.layout.StackPane;
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
import org.villageplanner.ui.common.StartupGate;

/**
 * Issue 17: at the app's start the village table waits until the map's first frame (StartupGate), then comes with
 * the open project's villages and follows the map's selection like a table built with the window.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class VillageTableAfterFirstFrameTest {
    private static final Path FILE = Path.of("/virtual/table-later.gpkg");
    @TempDir
    static Path settingsDir;
    private final Map<Path, PlanProject> files = TestProjects.files(FILE, TestProjects.grid(3, 3, 0.02));
    private MainWindow window;

    @Start
    void start(Stage stage) {
        // As PlannerApp does when it opens a project at once: the gate is closed before the window is built.
        StartupGate.close();
        window = TestWindow.show(stage, Messages.ENGLISH, TestProjects.memoryServices(files), settingsDir);
    }

    @AfterEach
    void reopenGate(FxRobot robot) {
        robot.interact(StartupGate::open);
    }

    @Test
    void theTableArrivesWhenTheGateOpensWithTheProjectsVillagesAndTheSelection(FxRobot robot) throws Exception {
        MainWindowTest.open(robot, window, FILE);
        StackPane holder = robot.lookup("#villageTableHolder").queryAs(StackPane.class);
        assertTrue(holder.getChildren().isEmpty(), "the table was built before the first frame");
        assertTrue(robot.lookup("#villageTable").tryQuery().isEmpty());
        robot.interact(() -> window.viewModel().selection.add(
                window.viewModel().session.project().villages().get(4).code()));

        robot.interact(StartupGate::open);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#villageTable").tryQuery().isPresent());
        @SuppressWarnings("unchecked")
        TableView<org.villageplanner.domain.Village> table = robot.lookup("#villageTable").queryAs(TableView.class);
        assertEquals(9, table.getItems().size());
        assertEquals(1, table.getSelectionModel().getSelectedItems().size());
        assertEquals(window.viewModel().session.project().villages().get(4).code(),
                table.getSelectionModel().getSelectedItem().code());
    }
}
