package org.villageplanner.ui.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableView;
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
import org.villageplanner.domain.ShareRule;
import org.villageplanner.finance.ClusterResult;
import org.villageplanner.finance.Comparison;
import org.villageplanner.finance.SimulationResult;
import org.villageplanner.finance.VillageResult;
import org.villageplanner.service.ClusterEdits;
import org.villageplanner.service.Services;
import org.villageplanner.service.SimulationService;
import org.villageplanner.ui.MainWindow;
import org.villageplanner.ui.TestProjects;
import org.villageplanner.ui.simulation.SimulationModel;
import org.villageplanner.ui.TestWindow;

/**
 * Issue 8's flow: duplicate 方案A, change one cluster and its share rule, compare the two, and the deltas shown
 * equal those of two independent simulate runs.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class CompareFlowTest {
    @TempDir
    static Path settingsDir;
    private Services services;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        services = TestWindow.analysisServices();
        window = TestWindow.show(stage, Messages.CHINESE, services, settingsDir);
    }

    @AfterEach
    void resetLocale() {
        Messages.setLocale(Messages.ENGLISH);
    }

    @Test
    @SuppressWarnings("unchecked")
    void duplicateChangeCompareShowsTheDeltasOfTwoSimulateRuns(FxRobot robot) throws Exception {
        AnalysisFixture.open(robot, window);
        assertEquals("方案A", window.viewModel().session.scenarioName.get());
        robot.clickOn("#scenariosTab");
        robot.clickOn("#duplicateScenarioButton");
        WaitForAsyncUtils.waitForFxEvents();
        String copy = window.viewModel().session.scenarioName.get();
        assertNotEquals("方案A", copy);
        assertEquals(3, window.viewModel().session.project().scenarios().size());

        // One cluster changes: xufu takes in village (1,1); then its share rule becomes EQUAL in the editor.
        robot.interact(() -> window.viewModel().session.edit(ClusterEdits.assign(
                window.viewModel().session.scenario(), "xufu", TestProjects.code(1, 1)), "assign"));
        robot.clickOn("#agreementTab");
        robot.interact(() -> SimulationModel.of(window.viewModel()).focusCluster.set("xufu"));
        ComboBox<ShareRule> rule = robot.lookup("#agreementRule").queryAs(ComboBox.class);
        robot.interact(() -> rule.getSelectionModel().select(ShareRule.EQUAL));
        assertEquals(ShareRule.EQUAL, window.viewModel().session.scenario().cluster("xufu").orElseThrow()
                .agreement().rule());

        robot.clickOn("#compareTab");
        robot.clickOn("#compareCheck0");   // 现状 off: compare 方案A (base) with the copy
        robot.clickOn("#compareCheck2");
        robot.clickOn("#compareButton");
        TableView<Comparison.Row> table = robot.lookup("#compareIndicatorTable").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !table.getItems().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();

        PlanProject p = window.viewModel().session.project();
        Map<String, Double> expected = expectedDeltas(run(p.requireScenario("方案A"), p), run(p.requireScenario(copy), p));
        assertEquals(List.of("方案A", copy), List.of(table.getColumns().get(1).getText(),
                table.getColumns().get(2).getText()));
        for (int i = 0; i < table.getItems().size(); i++) {
            String name = table.getItems().get(i).name();
            if (expected.containsKey(name)) {
                assertEquals(CompareTables.show(name, expected.remove(name), true),
                        table.getColumns().get(3).getCellData(i), name);
            }
        }
        assertEquals(Map.of(), expected, "every headline indicator is shown");

        // The equity scorecard radar: one polygon per scenario, each the scorecard of that scenario's simulation.
        robot.clickOn("#cmpScorecardTab");
        ScorecardRadar radar = robot.lookup("#compareRadar").queryAs(ScorecardRadar.class);
        assertEquals(2, radar.scorecards().size());
        assertEquals(org.villageplanner.finance.Scorecard.of(run(p.requireScenario("方案A"), p)),
                radar.scorecards().get(0));
        javafx.scene.shape.Polygon first = robot.lookup("#radar0").queryAs(javafx.scene.shape.Polygon.class);
        assertEquals("方案A", first.getAccessibleText());
        assertEquals(2 * org.villageplanner.finance.Scorecard.AXES.size(), first.getPoints().size());
    }

    private SimulationResult run(Scenario s, PlanProject p) {
        return services.simulation().simulate(s, p.villages(), SimulationService.Overrides.NONE, null);
    }

    /** What a planner would get by subtracting two simulate outputs by hand, year N. */
    private static Map<String, Double> expectedDeltas(SimulationResult a, SimulationResult b) {
        int n = a.years();
        Map<String, Double> d = new LinkedHashMap<>();
        d.put("belowTotalTarget", (double) (b.indicators().get(n).belowTotalTarget()
                - a.indicators().get(n).belowTotalTarget()));
        d.put("belowOperatingTarget", (double) (b.indicators().get(n).belowOperatingTarget()
                - a.indicators().get(n).belowOperatingTarget()));
        d.put("gini", b.indicators().get(n).gini() - a.indicators().get(n).gini());
        d.put("maxMinRatio", b.indicators().get(n).maxMinRatio() - a.indicators().get(n).maxMinRatio());
        d.put("cv", b.indicators().get(n).cv() - a.indicators().get(n).cv());
        d.put("totalDividends", total(b) - total(a));
        d.put("totalNpv", b.clusters().stream().mapToDouble(ClusterResult::npv).sum()
                - a.clusters().stream().mapToDouble(ClusterResult::npv).sum());
        long moved = b.villages().stream().filter(v -> !java.util.Objects.equals(v.cluster(),
                a.village(v.code()).map(VillageResult::cluster).orElse(null))).count();
        d.put("villagesChangingCluster", (double) moved);
        return d;
    }

    private static double total(SimulationResult r) {
        return r.clusters().stream().mapToDouble(ClusterResult::totalDividends).sum();
    }
}
