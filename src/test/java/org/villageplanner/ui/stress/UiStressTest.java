package org.villageplanner.ui.stress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.villageplanner.Main;
import org.villageplanner.service.Services;
import org.villageplanner.ui.MainWindow;
import org.villageplanner.ui.PlannerApp;
import org.villageplanner.ui.common.AppSettings;

/**
 * 300 seeded random actions in the real window on a generated 60-village project saved with the real store:
 * after every save the file, read back, equals the plan in memory; cancelled simulations never leave it busy.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class UiStressTest {
    private static final Services SERVICES = Main.services();
    private static Path file;
    private MainWindow window;

    /** Outside the JavaFX start-up, whose time limit a busy machine could exceed. */
    @BeforeAll
    static void project() throws Exception {
        file = Files.createTempDirectory("uistress").resolve("stress.gpkg");
        SERVICES.projects().save(SERVICES.samples().generate(60, 7), file);
    }

    @Start
    void start(Stage stage) {
        window = PlannerApp.create(stage, SERVICES, new AppSettings(file.getParent().resolve("settings")));
        stage.show();
    }

    @Test
    void threeHundredRandomActionsKeepTheFileEqualToMemory(FxRobot robot) throws Exception {
        robot.interact(() -> window.viewModel().open(file));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> window.viewModel().session.project() != null
                && window.viewModel().runningProperty().get() == null);
        UiStress.Report report = new UiStress(window.viewModel(), file, 20261206L).run(300);
        assertEquals(java.util.List.of(), report.mismatches());
        for (UiStress.Action a : UiStress.Action.values()) {
            assertTrue(report.counts().getOrDefault(a, 0) > 10, a + " ran too rarely: " + report.counts());
        }
        assertTrue(report.savesChecked() > 10, "saves checked: " + report.savesChecked());
        System.out.printf("ui stress: %s, %d saves checked, slowest cancel %.1f ms, slowest save %.1f ms%n",
                report.counts(), report.savesChecked(), report.maxCancelMillis(), report.maxSaveMillis());
    }
}
