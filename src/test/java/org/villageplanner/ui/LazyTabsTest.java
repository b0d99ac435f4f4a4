package org.villageplanner.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javafx.scene.chart.Chart;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.villageplanner.domain.Messages;
import org.villageplanner.domain.PlanProject;

/**
 * Issue 17: the window's first frame builds the map, the village table and the village details only; the other
 * tabs are built when first chosen, and then hold their views.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class LazyTabsTest {
    private static final Path FILE = Path.of("/virtual/lazy.gpkg");
    private static final List<String> LAZY = List.of("agreementTab", "resultsTab", "scenariosTab", "compareTab",
            "clusterTab", "validationTab", "goalSeekTab", "layersTab");
    @TempDir
    static Path settingsDir;
    private final Map<Path, PlanProject> files = TestProjects.files(FILE, TestProjects.grid(4, 4, 0.02));
    private MainWindow window;

    @Start
    void start(Stage stage) {
        window = TestWindow.show(stage, Messages.ENGLISH, TestProjects.memoryServices(files), settingsDir);
    }

    @Test
    void onlyTheTabsOnShowAreBuiltUntilAnotherIsChosen(FxRobot robot) throws Exception {
        MainWindowTest.open(robot, window, FILE);
        for (String id : LAZY) {
            assertNull(tab(robot, id).getContent(), id + " was built before it was chosen");
        }
        assertNotNull(tab(robot, "villagesTab").getContent());
        assertNotNull(tab(robot, "villageTab").getContent());
        // No chart in the window until an analysis tab with one is opened.
        assertTrue(robot.lookup(n -> n instanceof Chart).queryAll().isEmpty());

        robot.clickOn("#resultsTab");
        assertNotNull(tab(robot, "resultsTab").getContent());
        assertNotNull(robot.lookup("#resultsView").query());
        robot.clickOn("#layersTab");
        assertNotNull(robot.lookup("#layersView").query());
        // Built once: choosing the tab again keeps the same view.
        Object results = tab(robot, "resultsTab").getContent();
        robot.clickOn("#villagesTab");
        robot.clickOn("#resultsTab");
        assertEquals(results, tab(robot, "resultsTab").getContent());
        assertNull(tab(robot, "compareTab").getContent());
    }

    private static Tab tab(FxRobot robot, String id) {
        for (String pane : List.of("#analysisTabs", "#sideTabs")) {
            TabPane tabs = robot.lookup(pane).queryAs(TabPane.class);
            for (Tab t : tabs.getTabs()) {
                if (id.equals(t.getId())) {
                    return t;
                }
            }
        }
        throw new AssertionError("no tab " + id);
    }
}
