package org.villageplanner.ui;

import static org.villageplanner.ui.ScreenshotSupport.fx;
import static org.villageplanner.ui.ScreenshotSupport.shot;
import static org.villageplanner.ui.ScreenshotSupport.waitUntil;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.application.Platform;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import org.villageplanner.Main;
import org.villageplanner.domain.Messages;
import org.villageplanner.ui.common.AppSettings;

/**
 * The window at 1400×900 with the analysis tabs whose headers and form labels carry units (run under Xvfb):
 * {@code java -cp target/planner.jar:target/test-classes org.villageplanner.ui.UnitsScreenshots FILE OUTDIR}.
 */
public final class UnitsScreenshots {
    private static Stage stage;

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        Path out = Path.of(args[1]);
        Files.createDirectories(out);
        Messages.setLocale(Messages.CHINESE);
        Platform.startup(() -> { });
        MainWindow[] window = new MainWindow[1];
        fx(() -> {
            stage = new Stage();
            window[0] = PlannerApp.create(stage, Main.services(), new AppSettings(Path.of("target/units-settings")));
            stage.setWidth(1400);
            stage.setHeight(900);
            stage.show();
            window[0].viewModel().open(file);
        });
        MainViewModel vm = window[0].viewModel();
        waitUntil(() -> vm.session.project() != null && vm.runningProperty().get() == null);
        String[] tabs = {"agreementTab", "resultsTab", "villagesTab"};
        for (String tab : tabs) {
            fx(() -> {
                TabPane analysis = (TabPane) stage.getScene().lookup("#analysisTabs");
                analysis.getTabs().stream().filter(t -> tab.equals(t.getId())).findFirst()
                        .ifPresent(t -> analysis.getSelectionModel().select(t));
                ((TabPane) stage.getScene().lookup("#sideTabs")).getSelectionModel().select(1);
            });
            Thread.sleep(1500); // a screenshot tool, not a test: let the background simulation draw
            waitUntil(() -> vm.runningProperty().get() == null);
            shot(stage.getScene(), out.resolve(tab + ".png"));
        }
        Platform.exit();
    }
}
