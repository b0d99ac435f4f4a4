package org.villageplanner.ui.simulation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
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
import org.villageplanner.domain.Scenario;
import org.villageplanner.finance.SimulationResult;
import org.villageplanner.service.Services;
import org.villageplanner.service.SimulationService;
import org.villageplanner.service.WhatIfService;
import org.villageplanner.ui.MainWindow;
import org.villageplanner.ui.common.I18n;
import org.villageplanner.ui.scenario.AnalysisFixture;
import org.villageplanner.ui.TestWindow;

/** The results view shows the scenario's indicators and names the villages below the targets in the chosen year. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class ResultsViewTest {
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

    private String expectedBelow(SimulationResult r, Scenario s, int year) {
        List<String> names = WhatIfService.belowTargets(r, s.assumptions(), year).stream()
                .map(c -> r.village(c).orElseThrow().name()).toList();
        return I18n.t("uisim.map.below", year, names.size(), names.isEmpty() ? "—" : String.join("、", names));
    }

    @Test
    @SuppressWarnings("unchecked")
    void indicatorsAndBelowTargetVillagesFollowTheSimulation(FxRobot robot) throws Exception {
        AnalysisFixture.open(robot, window);
        robot.clickOn("#resultsTab");
        TableView<?> table = robot.lookup("#indicatorTable").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> table.getItems().size() == 11);
        Scenario s = window.viewModel().session.scenario();
        SimulationResult r = services.simulation().simulate(s, window.viewModel().session.project().villages(),
                SimulationService.Overrides.NONE, null);
        assertEquals(r.indicators(), table.getItems());
        Label below = robot.lookup("#belowList").queryAs(Label.class);
        assertEquals(expectedBelow(r, s, 10), below.getText());
        // The map legend explains the red dashed ring, with the year and the number of villages ringed.
        Label ring = (Label) ((javafx.scene.layout.HBox) robot.lookup("#ringLegend").query()).getChildren().get(1);
        assertEquals(I18n.t("uisim.map.ringLegend", 10, WhatIfService.belowTargets(r, s.assumptions(), 10).size()),
                ring.getText());
        assertTrue(robot.lookup("#ringLegend").query().isVisible() == !WhatIfService.belowTargets(r, s.assumptions(),
                10).isEmpty());

        Spinner<Integer> year = robot.lookup("#highlightYear").queryAs(Spinner.class);
        robot.interact(() -> year.getValueFactory().setValue(0));
        assertEquals(expectedBelow(r, s, 0), below.getText());
        assertEquals(0, SimulationModel.of(window.viewModel()).highlightYear.get());

        // The chart shows xufu's three members, each with its plan and its base line, and the target line.
        LineChart<Number, Number> chart = robot.lookup("#incomeChart").queryAs(LineChart.class);
        assertEquals(7, chart.getData().size());
        XYChart.Series<Number, Number> target = chart.getData().get(6);
        assertTrue(target.getName().contains(org.villageplanner.ui.common.Format.wan(
                s.assumptions().operatingIncomeTarget())), target.getName());
        assertTrue(target.getData().stream().allMatch(d -> d.getYValue().doubleValue()
                == s.assumptions().operatingIncomeTarget() / 10_000), "a flat line at the target");
        // One legend entry per village (3) plus the target and the note on dashed lines; each village its colour.
        javafx.scene.layout.FlowPane legend = robot.lookup("#incomeLegend").queryAs(javafx.scene.layout.FlowPane.class);
        assertEquals(5, legend.getChildren().size());
        java.util.Set<Object> colours = new java.util.HashSet<>();
        for (int i = 0; i < 3; i++) {
            colours.add(((javafx.scene.shape.Line) ((javafx.scene.layout.HBox) legend.getChildren().get(i))
                    .getChildren().get(0)).getStroke());
        }
        assertEquals(3, colours.size(), "three villages, three colours");
        assertEquals(chart.getData().get(0).getName(), ((Label) ((javafx.scene.layout.HBox) legend.getChildren()
                .get(0)).getChildren().get(1)).getText());

        // The chance that every village meets the targets, by year: pAllMeetByYear in percent.
        // Without Monte Carlo runs (the fixture) the chart is empty; with runs it shows the three curves.
        LineChart<Number, Number> allMeet = robot.lookup("#allMeetChart").queryAs(LineChart.class);
        assertEquals(r.runs() > 0 ? 3 : 0, allMeet.getData().size());
        SimulationResult mc = services.simulation().simulate(s, window.viewModel().session.project().villages(),
                new SimulationService.Overrides(null, 300, 3L), null);
        robot.interact(() -> AllMeetChart.draw(allMeet, mc));
        assertEquals(3, allMeet.getData().size());
        double[] both = mc.monteCarlo().pAllMeetByYear().both();
        assertEquals(both.length, allMeet.getData().get(2).getData().size());
        for (int t = 0; t < both.length; t++) {
            assertEquals(both[t] * 100, allMeet.getData().get(2).getData().get(t).getYValue().doubleValue(), 1e-9);
        }
    }
}
