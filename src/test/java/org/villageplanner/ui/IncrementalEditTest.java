package org.villageplanner.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.villageplanner.domain.Cluster;
import org.villageplanner.domain.PlanProject;
import org.villageplanner.domain.Scenario;
import org.villageplanner.domain.Village;
import org.villageplanner.geo.AdjacencyGraph;
import org.villageplanner.sample.SyntheticProject;
import org.villageplanner.service.PlanSummary;
import org.villageplanner.ui.common.Format;
import org.villageplanner.ui.map.MapStyles;

/**
 * Paint, erase and undo on a generated county: the figures, the map colours and the table are updated
 * incrementally (only the clusters an edit touched), and after every step they equal a full recompute of the
 * shown plan — the summary card, the status bar, the simulation, the rule check, every village's fill and the
 * edited village's table row.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class IncrementalEditTest {
    private static final Path FILE = Path.of("/virtual/generated.gpkg");
    private static final PlanProject COUNTY = SyntheticProject.generate(400, 11);
    @TempDir
    static Path settingsDir;
    private final Map<Path, PlanProject> files = TestProjects.files(FILE, COUNTY);
    private MainWindow window;

    @Start
    void start(Stage stage) {
        window = TestWindow.showPlaced(stage, TestProjects.memoryServices(files), settingsDir);
    }

    @Test
    void paintEraseAndUndoKeepMapTableAndFiguresEqualToAFullRecompute(FxRobot robot) throws Exception {
        MainWindowTest.open(robot, window, FILE);
        MainViewModel vm = window.viewModel();
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> window.view().map().controller().coloursReady());
        Scenario start = vm.session.scenario();
        assertTrue(start.clusters().size() > 16, "enough clusters for the indexed lookups");
        Cluster from = start.clusters().stream().filter(c -> c.members().size() >= 3 && !c.locked()).findFirst()
                .orElseThrow();
        String code = from.members().get(0);
        AdjacencyGraph graph = vm.services.geo().adjacency(vm.session.project());
        Cluster into = start.clusters().stream().filter(c -> c != from && !c.locked())
                .filter(c -> c.members().stream().anyMatch(m -> graph.areNeighbours(m, code)))
                .findFirst().orElseThrow();
        agree(robot, graph, code);

        robot.interact(() -> {
            vm.brush.targetProperty().set(into.id());
            vm.brush.paint(code, false);
            vm.brush.endStroke();
        });
        assertEquals(into.id(), vm.session.scenario().clusterOf(code).map(Cluster::id).orElse(""));
        agree(robot, graph, code);

        robot.interact(() -> {
            vm.brush.paint(code, true);
            vm.brush.endStroke();
        });
        assertTrue(vm.session.scenario().clusterOf(code).isEmpty(), "erased");
        PlanSummary erased = PlanFigures.of(vm).summaryProperty().get();
        assertEquals(PlanSummary.of(vm.session.project(), start).unassigned() + 1, erased.unassigned());
        agree(robot, graph, code);

        robot.interact(() -> vm.session.undo.undo());
        agree(robot, graph, code);
        robot.interact(() -> vm.session.undo.undo());
        assertEquals(from.id(), vm.session.scenario().clusterOf(code).map(Cluster::id).orElse(""));
        assertEquals(PlanSummary.of(vm.session.project(), start), PlanFigures.of(vm).summaryProperty().get());
        agree(robot, graph, code);
    }

    /** Map, table and figures of the shown plan equal those worked out from scratch. */
    private void agree(FxRobot robot, AdjacencyGraph graph, String code) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        MainViewModel vm = window.viewModel();
        PlanProject p = vm.session.project();
        Scenario s = vm.session.scenario();
        PlanSummary full = PlanSummary.of(p, s);
        assertEquals(full, PlanFigures.of(vm).summaryProperty().get(), "figures equal a full recompute");
        assertEquals(Format.count(full.unassigned()), robot.lookup("#summaryUnassigned").queryAs(Label.class)
                .getText());
        assertEquals(Format.count(full.clusters()), robot.lookup("#summaryClusters").queryAs(Label.class).getText());
        String counts = robot.lookup("#countsLabel").queryAs(Label.class).getText();
        assertTrue(counts.contains(Format.percent(full.coverage())), counts);

        // The simulation and the rule check, which follow the edit for the touched clusters only, equal whole runs.
        var sim = org.villageplanner.ui.simulation.SimulationModel.of(vm);
        // Read on the FX thread: a result arriving sets its scenario and then itself in one FX event.
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(
                () -> sim.resultScenario.get() == s && vm.validation.checkedScenario() == s).get());
        var shown = WaitForAsyncUtils.asyncFx(() -> java.util.List.of(sim.result.get(),
                vm.validation.report.get())).get();
        org.villageplanner.finance.IncrementalSimulatorTest.assertSame("simulation",
                vm.services.whatIf().simulate(s, p.villages(), null), shown.get(0));
        var cut = vm.services.geo().barrierCut(p);
        assertEquals(new org.villageplanner.cluster.ClusterValidator(null, cut.cut()).check(s, p.villages(),
                cut.graph()), shown.get(1), "rule check");

        MapStyles.Style fresh = MapStyles.byCluster(s, graph);
        var layer = window.view().map().controller().villages;
        for (Village v : p.villages()) {
            assertEquals(fresh.fill().apply(v), layer.colourOf(v.code()), "fill of " + v.code());
        }

        // The table row of the edited village shows its cluster as the plan has it.
        robot.interact(() -> vm.select(code, false));
        WaitForAsyncUtils.waitForFxEvents();
        String expected = s.clusterOf(code).map(Cluster::name).orElse("");
        TableCell<?, ?> cell = robot.lookup(".table-cell").queryAllAs(TableCell.class).stream()
                .filter(c -> c.getTableRow() != null && c.getTableRow().getItem() instanceof Village v
                        && v.code().equals(code) && c.getTableColumn() != null
                        && "col-cluster".equals(c.getTableColumn().getId()))
                .findFirst().orElse(null);
        assertNotNull(cell, "the edited village's row is on screen");
        assertEquals(expected, cell.getText() == null ? "" : cell.getText(), "table cluster cell");
    }
}
