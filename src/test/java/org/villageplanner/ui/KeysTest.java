package org.villageplanner.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
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
import org.villageplanner.service.ClusterEdits;
import org.villageplanner.ui.common.AppSettings;
import org.villageplanner.ui.map.MapCanvas;

/** Enter and Space never press a toolbar button; Esc ends the tool; undo/redo keys work from the table. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class KeysTest {
    private static final Path FILE = Path.of("/virtual/keys.gpkg");
    @TempDir
    static Path settingsDir;
    private final Map<Path, PlanProject> files = TestProjects.files(FILE, TestProjects.grid(5, 5, 0.02));
    private MainWindow window;

    @Start
    void start(Stage stage) {
        Messages.setLocale(Messages.CHINESE);
        window = PlannerApp.create(stage, TestProjects.memoryServices(files), new AppSettings(settingsDir));
        stage.show();
    }

    @AfterEach
    void english() {
        Messages.setLocale(Messages.ENGLISH);
    }

    private MainViewModel vm() {
        return window.viewModel();
    }

    @Test
    void theMapHasTheFocusAndNoToolbarButtonCanTakeIt(FxRobot robot) throws Exception {
        MainWindowTest.open(robot, window, FILE);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(window.view().getScene().getFocusOwner() instanceof MapCanvas,
                "focus starts on the map, not on " + window.view().getScene().getFocusOwner());
        for (String id : new String[] {"#openButton", "#saveButton", "#undoButton", "#redoButton", "#paintToggle"}) {
            assertFalse(robot.lookup(id).queryAs(ButtonBase.class).isFocusTraversable(), id);
        }
        // Tab walks the controls; however far it goes, Enter and Space press no toolbar button.
        robot.interact(() -> vm().session.edit(ClusterEdits.delete(vm().session.scenario(), "east"), "delete"));
        for (int i = 0; i < 6; i++) {
            robot.press(KeyCode.TAB).release(KeyCode.TAB);
            WaitForAsyncUtils.waitForFxEvents();
            assertFalse(window.view().getScene().getFocusOwner() instanceof ButtonBase b
                    && b.getParent() != null && b.getParent().getStyleClass().contains("tool-bar"));
        }
        robot.interact(() -> window.view().map().canvas().requestFocus());
        robot.press(KeyCode.ENTER).release(KeyCode.ENTER);
        robot.press(KeyCode.SPACE).release(KeyCode.SPACE);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#savePrompt").tryQuery().isEmpty(), "Enter did not press Open");
        assertTrue(vm().session.isDirty(), "Enter did not undo, save or open anything");
        assertTrue(vm().session.scenario().cluster("east").isEmpty());
    }

    @Test
    void escEndsPaintModeAndUndoRedoKeysWorkFromTheTable(FxRobot robot) throws Exception {
        MainWindowTest.open(robot, window, FILE);
        robot.interact(() -> vm().paintMode.set(true));
        robot.interact(() -> window.view().map().canvas().requestFocus());
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(vm().paintMode.get(), "Esc ends the paint tool");

        robot.interact(() -> vm().session.edit(ClusterEdits.delete(vm().session.scenario(), "east"), "delete"));
        TableView<?> table = robot.lookup("#villageTable").queryAs(TableView.class);
        robot.interact(table::requestFocus);
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(vm().session.scenario().cluster("east").isPresent(), "Ctrl+Z undid from the table");
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Z).release(KeyCode.Z, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(vm().session.scenario().cluster("east").isEmpty(), "Ctrl+Shift+Z redid");
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        robot.press(KeyCode.CONTROL, KeyCode.Y).release(KeyCode.Y, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(vm().session.scenario().cluster("east").isEmpty(), "Ctrl+Y redid");
        assertEquals(1, vm().session.undo.state() > 0 ? 1 : 0);
    }
}
