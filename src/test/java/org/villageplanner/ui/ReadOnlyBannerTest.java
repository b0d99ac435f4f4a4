package org.villageplanner.ui;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
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
import org.villageplanner.service.ProjectLease;
import org.villageplanner.service.Services;
import org.villageplanner.service.WriteLockPolicy;
import org.villageplanner.ui.common.AppSettings;

/**
 * A file whose write lock someone else holds opens read-only, with a banner naming the holder and offering Save As;
 * Save goes to Save As; after Save As to a new file the window edits that file and the banner goes.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class ReadOnlyBannerTest {
    @TempDir
    static Path dir;
    private final Services services = Main.services();
    private MainWindow window;

    @Start
    void start(Stage stage) {
        Messages.setLocale(Messages.ENGLISH);
        window = PlannerApp.create(stage, services, new AppSettings(dir.resolve("settings")));
        stage.show();
    }

    @AfterEach
    void reset() {
        WriteLockPolicy.setHolderName("planner");
    }

    @Test
    void aHeldFileOpensReadOnlyWithABannerNamingTheHolder(FxRobot robot) throws Exception {
        Path file = dir.resolve("held.gpkg");
        services.samples().generate(30, 1, file);
        WriteLockPolicy.setHolderName("planner scenario import");
        ProjectLease held = services.projects().openForEditingLease(file);
        try {
            MainWindowTest.open(robot, window, file);
            HBox banner = robot.lookup("#read-only-banner").queryAs(HBox.class);
            WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, banner::isVisible);
            String text = ((Label) banner.getChildren().get(0)).getText();
            assertTrue(text.contains("held.gpkg") && text.contains("planner scenario import")
                    && text.contains("process " + ProcessHandle.current().pid()), text);
            assertTrue(window.viewModel().editingLock.isReadOnly());
            boolean[] saved = {true};
            robot.interact(() -> saved[0] = window.viewModel().save());
            assertFalse(saved[0], "Save on a read-only file goes to Save As");
            ScreenshotSupport.shot(window.view().getScene(), Path.of("target", "read-only-banner.png"));
        } finally {
            held.close();
        }
        Path mine = dir.resolve("mine.gpkg");
        robot.interact(() -> window.viewModel().saveAs(mine));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !window.viewModel().editingLock.isReadOnly());
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(robot.lookup("#read-only-banner").query().isVisible());
        assertTrue(services.projects().lockHolder(mine).isPresent(), "the window now holds the new file");
    }
}
