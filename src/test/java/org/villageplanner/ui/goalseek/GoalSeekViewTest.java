package org.villageplanner.ui.goalseek;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.chart.LineChart;
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
import org.villageplanner.domain.Scenario;
import org.villageplanner.service.Progress;
import org.villageplanner.service.Services;
import org.villageplanner.service.SolveService;
import org.villageplanner.ui.MainWindow;
import org.villageplanner.ui.scenario.AnalysisFixture;
import org.villageplanner.ui.TestWindow;

/**
 * The Goal seeking panel: asks the question in the background, shows the same answer as the service, draws the
 * probability curve with the confidence line, and saves the answer as a new scenario that is then shown.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class GoalSeekViewTest {
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
    void answerCurveAndSaveAsScenario(FxRobot robot) throws Exception {
        AnalysisFixture.open(robot, window);
        robot.clickOn("#goalSeekTab");
        GoalSeekView view = robot.lookup("#goalSeekView").queryAs(GoalSeekView.class);
        GoalSeekModel m = view.model();
        robot.interact(() -> {
            m.cluster.set("xufu");
            m.lever.set("payoutRatio");
            m.goal.set("share:0.9");
            m.year.set(5);
            m.confidence.set(0.05);
            m.runs.set(200);
        });
        // 90% of the villages on both targets is out of reach: the villages still missing it are selected on the map.
        SolveService.Result miss = run(robot, m);
        assertFalse(miss.answer().reachable());
        assertFalse(miss.failing().isEmpty());
        assertEquals(new java.util.HashSet<>(miss.failing()), new java.util.HashSet<>(window.viewModel().selection));
        // The answer names them, and says which of them lie outside 徐福 (out of this lever's reach).
        var project = window.viewModel().session.project();
        var xufu = window.viewModel().session.scenario().cluster("xufu").orElseThrow().members();
        java.util.List<String> outside = miss.failing().stream().filter(c -> !xufu.contains(c))
                .map(c -> project.village(c).orElseThrow().name()).toList();
        assertEquals(outside, m.failingOutsideLever());
        String text = robot.lookup("#goalAnswer").queryAs(Label.class).getText();
        for (String code : miss.failing()) {
            assertTrue(text.contains(project.village(code).orElseThrow().name()), text);
        }
        assertEquals(!outside.isEmpty(), text.contains(org.villageplanner.ui.common.I18n.t("uigoal.unreachable.outside",
                outside.size(), String.join("、", outside))), text);

        robot.interact(() -> m.goal.set("share:0.6"));
        SolveService.Result r = run(robot, m);
        assertNotNull(r, m.error.get());
        Scenario s = window.viewModel().session.scenario();
        SolveService.Result direct = new SolveService(services.simulation(), services.projects()).solve(s,
                window.viewModel().session.project().villages(), r.request(), Progress.NONE);
        assertEquals(direct.answer(), r.answer());
        assertTrue(r.answer().reachable(), r.answer().toString());
        assertTrue(window.viewModel().selection.isEmpty(), "the earlier answer's missing villages are unselected");
        Label answer = robot.lookup("#goalAnswer").queryAs(Label.class);
        assertFalse(answer.getText().isEmpty());
        LineChart<Number, Number> curve = robot.lookup("#goalCurve").queryAs(LineChart.class);
        assertEquals(2, curve.getData().size());
        assertEquals(r.answer().curve().size(), curve.getData().get(0).getData().size());
        assertEquals(5.0, curve.getData().get(1).getData().get(0).getYValue().doubleValue(), 1e-9);

        javafx.scene.control.TextField saveName = robot.lookup("#goalSaveName").queryAs(javafx.scene.control.TextField.class);
        javafx.scene.control.Button save = robot.lookup("#goalSave").queryButton();
        robot.interact(() -> {
            saveName.setText("倒推方案");
            save.fire();
        });
        WaitForAsyncUtils.waitForFxEvents();
        var saved = window.viewModel().session.project().scenario("倒推方案");
        assertTrue(saved.isPresent());
        assertEquals("倒推方案", window.viewModel().session.scenario().name());
        double ratio = saved.get().clusters().stream().filter(c -> c.id().equals("xufu")).findFirst().orElseThrow()
                .agreement().payoutRatio();
        assertEquals(r.answer().value(), ratio);
        // The saved answer opens in the comparison, against the scenario it was found on.
        javafx.scene.control.TabPane tabs = robot.lookup("#analysisTabs").queryAs(javafx.scene.control.TabPane.class);
        assertEquals("compareTab", tabs.getSelectionModel().getSelectedItem().getId());
        java.util.Set<String> ticked = new java.util.HashSet<>();
        robot.lookup(n -> n instanceof javafx.scene.control.CheckBox c && c.getId() != null
                && c.getId().startsWith("compareCheck") && c.isSelected())
                .queryAllAs(javafx.scene.control.CheckBox.class).forEach(c -> ticked.add(c.getText()));
        assertEquals(java.util.Set.of(s.name(), "倒推方案"), ticked);
    }

    @Test
    @SuppressWarnings("unchecked")
    void partyAndProjectAreChosenFromTheClusterAndCancelStopsTheSearch(FxRobot robot) throws Exception {
        AnalysisFixture.open(robot, window);
        robot.clickOn("#goalSeekTab");
        GoalSeekView view = robot.lookup("#goalSeekView").queryAs(GoalSeekView.class);
        GoalSeekModel m = view.model();
        javafx.scene.control.ComboBox<String> party = robot.lookup("#goalParty").queryAs(javafx.scene.control.ComboBox.class);
        javafx.scene.control.ComboBox<String> project = robot.lookup("#goalProject")
                .queryAs(javafx.scene.control.ComboBox.class);
        robot.interact(() -> {
            m.cluster.set("xufu");
            m.lever.set("revenueFactor");
        });
        // 徐福's outside party (the township, named in its contributions) — never a member village — and its projects.
        assertEquals(java.util.List.of("town"), party.getItems());
        assertEquals("town", m.party.get());
        assertEquals("龙山镇 (town)", party.getConverter().toString("town"));
        assertEquals(java.util.List.of("康养基地", "标准厂房"), project.getItems());
        assertEquals("康养基地", m.project.get());
        assertFalse(project.isDisabled());
        assertTrue(party.isDisabled(), "the party matters only to the outside-cash lever");
        robot.interact(() -> m.cluster.set("east"));
        assertEquals(java.util.List.of("滩涂发包"), project.getItems());
        assertEquals("滩涂发包", m.project.get(), "a project of the other cluster is not kept");
        robot.interact(() -> {
            m.lever.set("outsideCash");
            // A new investor can be typed: the lever adds it to the cluster.
            party.getEditor().setText("县城投");
            party.commitValue();
        });
        assertFalse(party.isDisabled());
        assertEquals("县城投", m.party.get());

        // A long search (two million runs per lever value) is stopped by Cancel: no answer, the panel says so and
        // can be run again, and the window's task runner is free.
        robot.interact(() -> {
            m.cluster.set("xufu");
            m.lever.set("payoutRatio");
            m.goal.set("operating");
            m.runs.set(2_000_000);
        });
        javafx.scene.control.Button run = robot.lookup("#goalRun").queryButton();
        javafx.scene.control.Button cancel = robot.lookup("#goalCancel").queryButton();
        robot.interact(run::fire);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> m.running.get() && !cancel.isDisabled()
                && m.progress.get() > 0);
        robot.interact(cancel::fire);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !m.running.get()
                && window.viewModel().runningProperty().get() == null);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(null, m.result.get());
        assertEquals(org.villageplanner.ui.common.I18n.t("uigoal.cancelled"), m.error.get());
        assertEquals(m.error.get(), robot.lookup("#goalAnswer").queryAs(Label.class).getText());
        assertFalse(run.isDisabled());
        assertTrue(cancel.isDisabled());
        assertTrue(m.progress.get() < 1);
    }

    private static SolveService.Result run(FxRobot robot, GoalSeekModel m) throws Exception {
        robot.interact(() -> m.result.set(null));
        // Fired rather than clicked: the long answer of a first run may have scrolled the button out of the pointer's
        // reach on a small headless screen; the button's action is what is tested.
        javafx.scene.control.Button run = robot.lookup("#goalRun").queryButton();
        robot.interact(run::fire);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !m.running.get()
                && (m.result.get() != null || !m.error.get().isEmpty()));
        WaitForAsyncUtils.waitForFxEvents();
        assertNotNull(m.result.get(), m.error.get());
        return m.result.get();
    }
}
