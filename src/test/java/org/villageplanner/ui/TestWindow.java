package org.villageplanner.ui;

import java.nio.file.Path;
import java.util.Locale;
import javafx.stage.Stage;
import org.villageplanner.domain.Messages;
import org.villageplanner.service.Services;
import org.villageplanner.ui.common.AppSettings;
import org.villageplanner.ui.scenario.AnalysisFixture;

/**
 * The main window as the TestFX tests start it in their {@code @Start} method: messages in one language, the
 * given services, the window's settings in a folder of the test's own, the stage shown.
 */
public final class TestWindow {
    private TestWindow() {
    }

    /** Call from {@code @Start}; the test resets the language after itself when it changes it. */
    public static MainWindow show(Stage stage, Locale language, Services services, Path settingsDir) {
        return show(stage, language, services, settingsDir, false);
    }

    /** As {@link #show}, in the messages' current language, the window placed and sized as the app places it. */
    public static MainWindow showPlaced(Stage stage, Services services, Path settingsDir) {
        return show(stage, Messages.locale(), services, settingsDir, true);
    }

    private static MainWindow show(Stage stage, Locale language, Services services, Path settingsDir,
            boolean placed) {
        Messages.setLocale(language);
        MainWindow window = PlannerApp.create(stage, services, new AppSettings(settingsDir));
        if (placed) {
            WindowPlacement.apply(stage, new AppSettings(settingsDir));
        }
        stage.show();
        return window;
    }

    /** In-memory services holding the analysis fixture (a small county with scenarios to compare). */
    public static Services analysisServices() {
        return TestProjects.memoryServices(TestProjects.files(AnalysisFixture.FILE, AnalysisFixture.project()));
    }
}
