package org.villageplanner.ui.scenario;

import static org.villageplanner.ui.ScreenshotSupport.fx;
import static org.villageplanner.ui.ScreenshotSupport.shot;
import static org.villageplanner.ui.ScreenshotSupport.waitUntil;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import org.villageplanner.Main;
import org.villageplanner.domain.Cluster;
import org.villageplanner.domain.Messages;
import org.villageplanner.domain.Scenario;
import org.villageplanner.domain.ShareRule;
import org.villageplanner.ui.MainViewModel;
import org.villageplanner.ui.MainWindow;
import org.villageplanner.ui.PlannerApp;
import org.villageplanner.ui.common.AppSettings;
import org.villageplanner.ui.simulation.SimulationModel;

/**
 * Takes the screenshots of the results, agreement and compare views for docs/screenshots (run under Xvfb):
 * {@code java -cp target/planner.jar:target/test-classes org.villageplanner.ui.scenario.AnalysisScreenshots
 * samples/longshan.gpkg docs/screenshots}. Nothing is saved to the project file.
 */
public final class AnalysisScreenshots {
    private static MainWindow window;
    private static Stage stage;

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        Path out = Path.of(args[1]);
        Files.createDirectories(out);
        Messages.setLocale(args.length > 2 ? Messages.parse(args[2]) : Messages.CHINESE);
        Platform.startup(() -> { });
        fx(() -> {
            stage = new Stage();
            window = PlannerApp.create(stage, Main.services(), new AppSettings(Path.of("target/tour-settings")));
            stage.setWidth(1600);
            stage.setHeight(1000);
            stage.show();
            window.viewModel().open(file);
        });
        MainViewModel vm = window.viewModel();
        waitUntil(() -> vm.session.project() != null && vm.runningProperty().get() == null);
        SimulationModel sim = SimulationModel.of(vm);
        fx(() -> {
            Scenario s = vm.session.scenario();
            sim.focusCluster.set(s.clusters().get(0).id());
            // Ask for Monte Carlo bands so the results chart shows P10–P90 (not saved).
            vm.session.edit(s.withAssumptions(s.assumptions().withMonteCarlo(
                    s.assumptions().monteCarlo().withRuns(500))), "runs");
            tab(2);
        });
        waitUntil(() -> sim.result.get() != null && sim.result.get().runs() > 0
                || !sim.error.get().isEmpty());
        System.out.println("simulation: " + sim.error.get());
        shot(stage.getScene(), out.resolve("results.png"));

        fx(() -> tab(1));
        shot(stage.getScene(), out.resolve("agreement-editor.png"));
        fx(() -> ((TabPane) stage.getScene().lookup("#agreementResultTabs")).getSelectionModel().select(1));
        shot(stage.getScene(), out.resolve("agreement-waterfall.png"));

        fx(() -> {
            tab(3);
            ((Button) stage.getScene().lookup("#duplicateScenarioButton")).fire();
            Scenario copy = vm.session.scenario();
            Cluster c = copy.clusters().get(0);
            vm.session.edit(copy.withCluster(c.withAgreement(new org.villageplanner.domain.Agreement(
                    ShareRule.EQUAL, c.agreement().basis(), c.agreement().fixedShares(), 0, null, null,
                    0.1, 0.05, 1))), "rule");
        });
        shot(stage.getScene(), out.resolve("scenarios.png"));
        fx(() -> tab(4));
        fx(() -> {
            // Compare 方案A (base) with its changed copy and with 现状.
            ((javafx.scene.control.CheckBox) stage.getScene().lookup("#compareCheck0")).fire();
            ((javafx.scene.control.CheckBox) stage.getScene().lookup("#compareCheck2")).fire();
            ((javafx.scene.control.CheckBox) stage.getScene().lookup("#compareCheck0")).fire();
            ((Button) stage.getScene().lookup("#compareButton")).fire();
        });
        waitUntil(() -> vm.runningProperty().get() == null);
        shot(stage.getScene(), out.resolve("compare.png"));
        fx(() -> ((TabPane) stage.getScene().lookup("#compareTabs")).getSelectionModel().select(1));
        shot(stage.getScene(), out.resolve("compare-chart.png"));
        fx(() -> ((TabPane) stage.getScene().lookup("#compareTabs")).getSelectionModel().select(3));
        shot(stage.getScene(), out.resolve("compare-map.png"));
        fx(() -> ((TabPane) stage.getScene().lookup("#compareTabs")).getSelectionModel().select(2));
        shot(stage.getScene(), out.resolve("compare-villages.png"));
        Platform.exit();
    }

    private static void tab(int index) {
        ((TabPane) stage.getScene().lookup("#analysisTabs")).getSelectionModel().select(index);
        ((SplitPane) stage.getScene().lookup("#centreSplit")).setDividerPositions(0.38);
    }
}
