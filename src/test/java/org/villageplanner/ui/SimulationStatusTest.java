package org.villageplanner.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
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
import org.villageplanner.domain.Scenario;
import org.villageplanner.ui.simulation.SimulationModel;

/** Issue 14: after switching scenario mid-Monte-Carlo, the status bar never keeps "正在测算 <old scenario>". */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class SimulationStatusTest {
    private static final Path FILE = Path.of("/virtual/mc.gpkg");
    @TempDir
    static Path settingsDir;
    private final Map<Path, PlanProject> files = TestProjects.files(FILE, TestProjects.grid(5, 5, 0.02));
    private MainWindow window;

    @Start
    void start(Stage stage) {
        window = TestWindow.show(stage, Messages.CHINESE, TestProjects.memoryServices(files), settingsDir);
    }

    @AfterEach
    void english() {
        Messages.setLocale(Messages.ENGLISH);
    }

    @Test
    void switchingScenarioDuringAMonteCarloLeavesNoStaleStatus(FxRobot robot) throws Exception {
        MainWindowTest.open(robot, window, FILE);
        MainViewModel vm = window.viewModel();
        String first = vm.session.scenario().name();
        robot.interact(() -> {
            Scenario s = vm.session.scenario();
            vm.session.edit(s.withAssumptions(s.assumptions().withMonteCarlo(
                    s.assumptions().monteCarlo().withRuns(200_000))), "runs");
        });
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> vm.runningProperty().get() != null);
        robot.interact(() -> vm.duplicateScenario("方案B"));
        robot.interact(() -> {
            Scenario s = vm.session.scenario();
            vm.session.edit(s.withAssumptions(s.assumptions().withMonteCarlo(
                    s.assumptions().monteCarlo().withRuns(0))), "runs");
        });
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> vm.runningProperty().get() == null);
        WaitForAsyncUtils.waitForFxEvents();
        String status = robot.lookup("#statusLabel").queryAs(Label.class).getText();
        assertFalse(status.contains("正在测算 " + first), status);
        assertFalse(robot.lookup("#taskLabel").queryAs(Label.class).isVisible());
        assertNull(vm.runningProperty().get());
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                () -> SimulationModel.of(vm).resultScenario.get() != null
                        && "方案B".equals(SimulationModel.of(vm).resultScenario.get().name()));
        assertEquals("方案B", SimulationModel.of(vm).resultScenario.get().name(),
                "the figures shown are 方案B's, never the older run's");
    }
}
