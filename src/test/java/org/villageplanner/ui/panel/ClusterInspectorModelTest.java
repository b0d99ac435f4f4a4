package org.villageplanner.ui.panel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.villageplanner.Main;
import org.villageplanner.domain.Cluster;
import org.villageplanner.domain.ClusterType;
import org.villageplanner.domain.Messages;
import org.villageplanner.domain.PlanProject;
import org.villageplanner.domain.Scenario;
import org.villageplanner.domain.ShareRule;
import org.villageplanner.service.ClusterFigures;
import org.villageplanner.service.LongshanPlan;
import org.villageplanner.ui.MainViewModel;
import org.villageplanner.ui.common.AppSettings;
import org.villageplanner.ui.common.Format;

/** The decisions of the cluster inspector, without its view: which cluster, which figures, which edits. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class ClusterInspectorModelTest {
    @TempDir
    static Path dir;
    private MainViewModel vm;
    private ClusterInspectorModel model;
    private Scenario planA;

    @Start
    void start(Stage stage) {
        stage.show();
    }

    @BeforeEach
    void open(FxRobot robot) {
        Messages.setLocale(Messages.CHINESE);
        PlanProject project = LongshanPlan.project();
        AtomicReference<ClusterInspectorModel> m = new AtomicReference<>();
        robot.interact(() -> {
            vm = new MainViewModel(Main.services(), new AppSettings(dir.resolve("settings")));
            vm.session.load(project, null);
            vm.session.scenarioName.set("方案A");
            m.set(new ClusterInspectorModel(vm));
        });
        model = m.get();
        planA = vm.session.scenario();
    }

    @AfterEach
    void english() {
        Messages.setLocale(Messages.ENGLISH);
    }

    @Test
    void showsTheFirstClusterWithItsFiguresAndTheOthersToMergeWith() {
        Cluster first = planA.clusters().get(0);
        ClusterInspectorModel.Shown shown = model.shownProperty().get();
        assertEquals(planA.clusters().stream().map(Cluster::id).toList(), shown.clusterIds());
        assertEquals(first.id(), shown.cluster().id());
        assertFalse(shown.mergeWith().contains(first.id()), "a cluster is not merged with itself");
        assertEquals(planA.clusters().size() - 1, shown.mergeWith().size());
        ClusterFigures f = ClusterFigures.of(vm.session.project(), planA, first);
        assertEquals(List.of("figVillages", "figPopulation", "figTotal", "figOperating", "figStrong", "figWeak"),
                shown.figures().stream().map(ClusterInspectorModel.Figure::id).toList());
        assertEquals(Format.count(f.villages()), shown.figures().get(0).value());
        assertEquals(Format.wan(f.operatingIncome()), shown.figures().get(3).value());
    }

    @Test
    void followsASingleSelectedVillageAndTheBrushButNotASelectionOfSeveral(FxRobot robot) {
        Cluster second = planA.clusters().get(1);
        Cluster third = planA.clusters().get(2);
        robot.interact(() -> vm.selection.add(second.members().get(0)));
        assertEquals(second.id(), model.cluster().id());
        robot.interact(() -> vm.selection.add(third.members().get(0)));
        assertEquals(second.id(), model.cluster().id(), "two selected villages do not move the inspector");
        robot.interact(() -> vm.brush.targetProperty().set(third.id()));
        assertEquals(third.id(), model.cluster().id());
        robot.interact(() -> model.choose("no-such-cluster"));
        assertEquals(third.id(), model.cluster().id(), "an unknown id is ignored");
    }

    @Test
    void editsAreUndoableStepsAndAnUnchangedValueIsNoEdit(FxRobot robot) {
        Cluster first = planA.clusters().get(0);
        AtomicReference<Boolean> same = new AtomicReference<>();
        robot.interact(() -> same.set(model.rename(first.name())));
        assertFalse(same.get(), "leaving the name as it was is no edit");
        assertFalse(vm.session.undo.canUndoProperty().get());

        robot.interact(() -> model.rename("海湾片区"));
        assertEquals("海湾片区", model.cluster().name());
        assertEquals("海湾片区", vm.session.scenario().cluster(first.id()).orElseThrow().name());
        ClusterType other = first.type() == ClusterType.values()[0] ? ClusterType.values()[1] : ClusterType.values()[0];
        robot.interact(() -> model.setType(other));
        ShareRule rule = first.agreement().rule() == ShareRule.EQUAL ? ShareRule.values()[0] : ShareRule.EQUAL;
        robot.interact(() -> model.setRule(rule));
        assertEquals(other, model.cluster().type());
        assertEquals(rule, model.cluster().agreement().rule());
        robot.interact(() -> model.setLocked(!first.locked()));
        assertEquals(!first.locked(), model.cluster().locked());

        robot.interact(() -> {
            vm.session.undo.undo();
            vm.session.undo.undo();
            vm.session.undo.undo();
            vm.session.undo.undo();
        });
        assertEquals(first, model.cluster(), "four edits, four undo steps, back to the cluster as it was");
    }

    @Test
    void mergeAndDeleteChangeTheScenarioAndTheShownCluster(FxRobot robot) {
        Cluster first = planA.clusters().get(0);
        Cluster second = planA.clusters().get(1);
        robot.interact(() -> model.merge(second.id()));
        Scenario merged = vm.session.scenario();
        assertEquals(planA.clusters().size() - 1, merged.clusters().size());
        assertTrue(model.cluster().members().containsAll(second.members()));
        assertFalse(model.shownProperty().get().clusterIds().contains(second.id()));

        robot.interact(() -> model.delete());
        assertTrue(vm.session.scenario().cluster(first.id()).isEmpty());
        assertEquals(vm.session.scenario().clusters().get(0).id(), model.cluster().id(),
                "after deleting the shown cluster the first remaining one is shown");
    }

    @Test
    void aSplitWithNothingSelectedIsRefusedWithAReason(FxRobot robot) {
        AtomicReference<Boolean> done = new AtomicReference<>();
        robot.interact(() -> done.set(model.split()));
        assertFalse(done.get());
        assertEquals(planA, vm.session.scenario(), "the scenario is unchanged");
        assertFalse(vm.status.get() == null || vm.status.get().isBlank(),
                "the status bar says why");
    }

    @Test
    void aScenarioWithoutClustersShowsNone(FxRobot robot) {
        robot.interact(() -> vm.session.edit(planA.withClusters(List.of()), "clear"));
        assertNull(model.cluster());
        assertTrue(model.shownProperty().get().figures().isEmpty());
    }
}
