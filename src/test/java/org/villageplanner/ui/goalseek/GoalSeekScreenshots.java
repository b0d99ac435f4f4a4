package org.villageplanner.ui.goalseek;

import static org.villageplanner.ui.ScreenshotSupport.fx;
import static org.villageplanner.ui.ScreenshotSupport.shot;
import static org.villageplanner.ui.ScreenshotSupport.waitUntil;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.villageplanner.Main;
import org.villageplanner.domain.Messages;
import org.villageplanner.ui.MainViewModel;
import org.villageplanner.ui.MainWindow;
import org.villageplanner.ui.PlannerApp;
import org.villageplanner.ui.common.AppSettings;

/**
 * Screenshots of the 目标倒推 / Goal seeking panel at 1366×768 (run under Xvfb, on a copy of the sample: the answer
 * is saved as a scenario): {@code java -cp target/planner.jar:target/test-classes
 * org.villageplanner.ui.goalseek.GoalSeekScreenshots COPY.gpkg OUT_DIR [zh|en]}. Shows an unreachable question (the
 * villages still missing it selected on the map), a reachable one with its curve, and the comparison it opens.
 */
public final class GoalSeekScreenshots {
    private static MainWindow window;
    private static Stage stage;

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        Path out = Path.of(args[1]);
        Files.createDirectories(out);
        String lang = args.length > 2 ? args[2] : "zh";
        Messages.setLocale(Messages.parse(lang));
        Platform.startup(() -> { });
        fx(() -> {
            stage = new Stage();
            window = PlannerApp.create(stage, Main.services(), new AppSettings(Path.of("target/tour-settings")));
            stage.setWidth(1366);
            stage.setHeight(768);
            stage.show();
            window.viewModel().open(file);
        });
        MainViewModel vm = window.viewModel();
        waitUntil(() -> vm.session.project() != null && vm.runningProperty().get() == null);
        fx(() -> ((TabPane) stage.getScene().lookup("#sideTabs")).getSelectionModel().select(indexOfGoalTab()));
        GoalSeekView view = (GoalSeekView) stage.getScene().lookup("#goalSeekView");
        GoalSeekModel m = view.model();
        shot(stage.getScene(), out.resolve("goalseek-empty-" + lang + ".png"));
        fx(() -> {
            m.cluster.set("songpu");
            m.lever.set("floor");
            m.goal.set("operating");
            m.runs.set(500);
            ((Button) stage.getScene().lookup("#goalRun")).fire();
        });
        waitUntil(() -> !m.running.get() && (m.result.get() != null
                || !m.error.get().isEmpty()));
        shot(stage.getScene(), out.resolve("goalseek-unreachable-" + lang + ".png"));
        fx(() -> {
            m.goal.set("share:0.8");
            ((Button) stage.getScene().lookup("#goalRun")).fire();
        });
        waitUntil(() -> !m.running.get() && (m.result.get() != null
                || !m.error.get().isEmpty()));
        shot(stage.getScene(), out.resolve("goalseek-answer-" + lang + ".png"));
        fx(() -> {
            ((TextField) stage.getScene().lookup("#goalSaveName")).setText("方案A 保底倒推");
            ((Button) stage.getScene().lookup("#goalSave")).fire();
        });
        waitUntil(() -> vm.runningProperty().get() == null);
        shot(stage.getScene(), out.resolve("goalseek-compare-" + lang + ".png"));
        fx(() -> {
            TabPane tabs = (TabPane) stage.getScene().lookup("#compareTabs");
            tabs.getTabs().stream().filter(t -> "cmpScorecardTab".equals(t.getId())).findFirst()
                    .ifPresent(t -> tabs.getSelectionModel().select(t));
        });
        shot(stage.getScene(), out.resolve("goalseek-scorecard-" + lang + ".png"));
        Platform.exit();
    }

    private static int indexOfGoalTab() {
        TabPane tabs = (TabPane) stage.getScene().lookup("#sideTabs");
        for (int i = 0; i < tabs.getTabs().size(); i++) {
            if ("goalSeekTab".equals(tabs.getTabs().get(i).getId())) {
                return i;
            }
        }
        return 0;
    }
}
