package org.villageplanner.ui.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
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
import org.villageplanner.domain.Scenario;
import org.villageplanner.ui.MainWindow;
import org.villageplanner.ui.TestWindow;

/** Scenario manager: duplicate, rename, delete and assumption edits are undoable; bad input changes nothing. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class ScenarioManagerTest {
    @TempDir
    static Path settingsDir;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        window = TestWindow.show(stage, Messages.CHINESE, TestWindow.analysisServices(), settingsDir);
    }

    @AfterEach
    void resetLocale() {
        Messages.setLocale(Messages.ENGLISH);
    }

    private List<String> names() {
        return window.viewModel().session.project().scenarios().stream().map(Scenario::name).toList();
    }

    private String shown() {
        return window.viewModel().session.scenarioName.get();
    }

    private void undo(FxRobot robot) {
        robot.interact(() -> window.viewModel().session.undo.undo());
    }

    @Test
    void duplicateRenameDeleteAndUndoEachStep(FxRobot robot) throws Exception {
        AnalysisFixture.open(robot, window);
        robot.clickOn("#scenariosTab");
        robot.clickOn("#duplicateScenarioButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("现状", "方案A", "方案A 副本"), names());
        assertEquals("方案A 副本", shown());
        assertEquals(window.viewModel().session.project().requireScenario("方案A").clusters(),
                window.viewModel().session.scenario().clusters(), "the copy has the same clusters");

        robot.doubleClickOn("#scenarioNameField").eraseText(12).write("方案B").clickOn("#renameScenarioButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("现状", "方案A", "方案B"), names());

        robot.doubleClickOn("#scenarioNameField").eraseText(12).write("现状").clickOn("#renameScenarioButton");
        WaitForAsyncUtils.waitForFxEvents();
        Label refused = robot.lookup("#scenarioMessage").queryAs(Label.class);
        assertFalse(refused.getText().isEmpty(), "name in use");
        assertEquals(Color.web("#b3261e"), refused.getTextFill(), "a refusal is shown in the error colour (planner.css)");
        assertEquals(List.of("现状", "方案A", "方案B"), names());

        robot.clickOn("#deleteScenarioButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("现状", "方案A"), names());

        undo(robot);
        assertEquals(List.of("现状", "方案A", "方案B"), names());
        assertEquals("方案B", shown());
        undo(robot);
        assertEquals(List.of("现状", "方案A", "方案A 副本"), names());
        undo(robot);
        assertEquals(List.of("现状", "方案A"), names());
        assertEquals("方案A", shown());
    }

    @Test
    void assumptionsAreValidatedThenAppliedAsOneEdit(FxRobot robot) throws Exception {
        AnalysisFixture.open(robot, window);
        robot.clickOn("#scenariosTab");
        TextField years = robot.lookup("#assumeYears").queryAs(TextField.class);
        robot.interact(() -> years.setText("abc"));
        robot.clickOn("#applyAssumptions");
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(robot.lookup("#assumptionsMessage").queryAs(Label.class).getText().isEmpty());
        assertEquals(10, window.viewModel().session.scenario().assumptions().years());

        robot.interact(() -> {
            years.setText("15");
            robot.lookup("#assumeWeak").queryAs(TextField.class).setText("100");
            robot.lookup("#assumeRuns").queryAs(TextField.class).setText("200");
        });
        robot.clickOn("#applyAssumptions");
        WaitForAsyncUtils.waitForFxEvents();
        var a = window.viewModel().session.scenario().assumptions();
        assertEquals(15, a.years());
        assertEquals(1_000_000, a.weakThreshold(), 1e-6);
        assertEquals(200, a.monteCarlo().runs());

        robot.interact(() -> robot.lookup("#assumeWeak").queryAs(TextField.class).setText("900"));
        robot.clickOn("#applyAssumptions");
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(robot.lookup("#assumptionsMessage").queryAs(Label.class).getText().isEmpty(),
                "weak line above the strong line is refused");
        assertEquals(1_000_000, window.viewModel().session.scenario().assumptions().weakThreshold(), 1e-6);

        undo(robot);
        assertEquals(10, window.viewModel().session.scenario().assumptions().years());
        assertEquals("10", years.getText(), "the form follows undo");
    }
}
