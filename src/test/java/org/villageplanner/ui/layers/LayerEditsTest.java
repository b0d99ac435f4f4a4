package org.villageplanner.ui.layers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;
import javafx.scene.control.CheckBox;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ListView;
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
import org.villageplanner.cluster.Problem;
import org.villageplanner.cluster.RuleId;
import org.villageplanner.domain.Barrier;
import org.villageplanner.domain.Cluster;
import org.villageplanner.domain.ClusterType;
import org.villageplanner.domain.Messages;
import org.villageplanner.domain.Scenario;
import org.villageplanner.service.ReadOptions;
import org.villageplanner.service.ReferenceLayer;
import org.villageplanner.service.Services;
import org.villageplanner.ui.MainWindow;
import org.villageplanner.ui.PlannerApp;
import org.villageplanner.ui.TestProjects;
import org.villageplanner.ui.common.AppSettings;

/**
 * Layer edits in the app against a real project file: a river along the border between the grid's second and
 * third columns, added as a barrier. The cut links are shown on request; a cluster across the river is invalid
 * with the river named, a bridge set in the cluster inspector makes it valid and is saved with the scenario;
 * unmarking the barrier in the Layers tab changes validation at once; every layer edit (visibility, style, label,
 * barrier, removal) is undone by Edit → Undo and written to the file off the JavaFX thread; a failed write says so
 * and the change is written with the next one.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class LayerEditsTest {
    private static final String RIVER = "龙山江";
    @TempDir
    static Path dir;
    private final Services services = Main.services();
    private MainWindow window;
    private Path file;

    @Start
    void start(Stage stage) throws Exception {
        Messages.setLocale(Messages.CHINESE);
        file = dir.resolve("grid-" + System.nanoTime() + ".gpkg");
        var grid = TestProjects.grid(5, 5, 0.02);
        // 方案A gets a cluster whose two villages face each other across the river.
        Scenario plan = grid.scenario("方案A").orElseThrow();
        plan = plan.withCluster(Cluster.of("span", "跨江片区", ClusterType.COMPLEMENTARY, null,
                List.of(TestProjects.code(2, 1), TestProjects.code(2, 2))));
        services.projects().save(grid.withScenario(plan), file);
        services.layers().add(file, river(), RIVER, new ReadOptions(null, null, null), UnaryOperator.identity(), true);
        window = PlannerApp.create(stage, services, new AppSettings(dir.resolve("settings")));
        stage.show();
    }

    @AfterEach
    void resetLocale() {
        Messages.setLocale(Messages.ENGLISH);
    }

    /** A straight river on the border between columns 1 and 2, named 龙山江 in its 名称 field. */
    private static Path river() throws Exception {
        double x = TestProjects.LON0 + 0.04;
        String json = String.format(Locale.ROOT, "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\","
                + "\"properties\":{\"名称\":\"龙山江\",\"等级\":2},\"geometry\":{\"type\":\"LineString\",\"coordinates\":"
                + "[[%f,%f],[%f,%f]]}}]}", x, TestProjects.LAT0 - 0.01, x, TestProjects.LAT0 + 0.11);
        Path p = dir.resolve(System.nanoTime() + "-river.geojson");
        Files.writeString(p, json);
        return p;
    }

    private LayersModel open(FxRobot robot) throws Exception {
        robot.interact(() -> window.viewModel().open(file));
        LayersModel m = LayersModel.of(window.viewModel());
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> window.viewModel().session.project() != null
                && window.viewModel().runningProperty().get() == null && !m.layers.isEmpty());
        robot.interact(() -> window.viewModel().session.scenarioName.set("方案A"));
        WaitForAsyncUtils.waitForFxEvents();
        return m;
    }

    private ReferenceLayer river(LayersModel m) {
        return m.layers.stream().filter(l -> l.name().equals(RIVER)).findFirst().orElseThrow();
    }

    private ReferenceLayer stored() {
        return services.layers().list(file).stream().filter(l -> l.name().equals(RIVER)).findFirst().orElse(null);
    }

    /** The contiguity problem of cluster "span" in the newest validation of the shown scenario, or null. */
    private Problem spanContiguity() {
        var r = window.viewModel().validation.report.get();
        return r == null ? null : r.problems().stream().filter(p -> "span".equals(p.clusterId())
                && p.rule() == RuleId.CONTIGUITY).findFirst().orElse(null);
    }

    /** Waits until validation has checked the scenario now shown and {@code ok} holds for its span problem. */
    private void validated(java.util.function.Predicate<Problem> ok) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> {
            var vm = window.viewModel();
            return vm.validation.checkedScenario() == vm.session.scenario() && ok.test(spanContiguity());
        });
    }

    private void undo(FxRobot robot) {
        robot.interact(() -> window.viewModel().session.undo.undo());
    }

    @Test
    void cutLinksBridgesAndTheBarrierFlag(FxRobot robot) throws Exception {
        LayersModel m = open(robot);
        var vm = window.viewModel();
        assertEquals(List.of(RIVER), vm.session.project().barriers().stream().map(Barrier::name).toList());

        // The river cuts the five links across it; shown on request from the View menu (and the tab's box).
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> m.cutLinks.countProperty().get() == 5);
        robot.clickOn("#layersTab");
        CheckBox show = robot.lookup("#showCutLinks").queryAs(CheckBox.class);
        assertFalse(show.isSelected());
        robot.interact(() -> window.view().map().canvas().redraw());
        assertEquals(0, m.cutLinks.layer.lastDrawn(), "hidden until asked for");
        CheckMenuItem item = (CheckMenuItem) ((javafx.scene.control.MenuBar) robot.lookup("#menuBar").query())
                .getMenus().stream().flatMap(x -> x.getItems().stream())
                .filter(i -> "cutLinksItem".equals(i.getId())).findFirst().orElseThrow();
        robot.interact(() -> item.setSelected(true));
        assertTrue(show.isSelected(), "the menu and the tab show one switch");
        robot.interact(() -> {
            window.view().map().controller().fit();
            window.view().map().canvas().redraw();
        });
        assertEquals(5, m.cutLinks.layer.lastDrawn(), "a red cross on each cut border");
        for (var mark : m.cutLinks.layer.marks()) {
            assertEquals(TestProjects.LON0 + 0.04, mark.x(), 1e-6, "on the shared border: " + mark);
        }

        // The cluster across the river is not contiguous, and the message names the river.
        validated(p -> p != null);
        assertTrue(spanContiguity().message().contains(RIVER), spanContiguity().message());
        robot.clickOn("#validationTab");
        @SuppressWarnings("unchecked")
        ListView<Problem> problems = robot.lookup("#problemList").queryAs(ListView.class);
        assertTrue(problems.getItems().stream().anyMatch(p -> p.message().contains(RIVER)));

        // A bridge set in the cluster inspector makes it valid, is undoable, and is saved with the scenario.
        robot.clickOn("#clusterTab");
        robot.interact(() -> robot.lookup("#inspectorCluster").queryComboBox().setValue("span"));
        CheckBox bridge = robot.lookup("#bridge-" + RIVER).queryAs(CheckBox.class);
        assertFalse(bridge.isSelected());
        robot.interact(bridge::fire);
        assertEquals(List.of(RIVER), vm.session.scenario().cluster("span").orElseThrow().bridges());
        validated(p -> p == null);
        undo(robot);
        assertEquals(List.of(), vm.session.scenario().cluster("span").orElseThrow().bridges());
        validated(p -> p != null);
        robot.interact(() -> vm.session.undo.redo());
        validated(p -> p == null);
        robot.interact(() -> vm.saveAs(file));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !vm.session.isDirty());
        assertEquals(List.of(RIVER), services.projects().open(file).scenario("方案A").orElseThrow()
                .cluster("span").orElseThrow().bridges(), "saved with the scenario");
        assertNotNull(stored(), "the save kept the layer");
        robot.interact(() -> vm.session.undo.undo()); // no bridge again, for the barrier flag below
        validated(p -> p != null);

        // Unmarking the barrier in the Layers tab: validation and the cut links follow at once; undo restores.
        robot.clickOn("#layersTab");
        AtomicInteger queued = new AtomicInteger();
        robot.interact(() -> {
            robot.lookup("#layerBarrier-" + RIVER).queryAs(CheckBox.class).fire();
            queued.set(m.pendingWrites());
        });
        assertEquals(1, queued.get(), "the write is queued on the saver thread, not done on the JavaFX thread");
        assertEquals(List.of(), vm.session.project().barriers());
        String west = TestProjects.code(2, 1);
        String east = TestProjects.code(2, 2);
        assertTrue(services.geo().adjacency(vm.session.project()).areNeighbours(west, east),
                "suggestions (SuggestService asks GeoService.adjacency) see the uncut graph at once");
        validated(p -> p == null);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> m.cutLinks.countProperty().get() == 0);
        LayersPanelTest.written(m);
        assertFalse(stored().barrier(), "written to the file");
        undo(robot);
        assertTrue(river(m).barrier());
        assertEquals(List.of(RIVER), vm.session.project().barriers().stream().map(Barrier::name).toList());
        validated(p -> p != null && p.message().contains(RIVER));
        assertFalse(services.geo().adjacency(vm.session.project()).areNeighbours(west, east), "cut again");
        LayersPanelTest.written(m);
        assertTrue(stored().barrier(), "the undo is written too");
    }

    @Test
    void styleLabelVisibilityAndRemovalAreUndoable(FxRobot robot) throws Exception {
        LayersModel m = open(robot);
        robot.interact(() -> window.view().map().controller().fit());
        assertEquals(List.of("名称", "等级"), m.columns(RIVER));

        // Fill and label field, edited in place; the label is drawn on the map.
        robot.interact(() -> m.setStyle(river(m), s -> s.withFill("#336699").withLabel("名称")));
        robot.interact(() -> window.view().map().canvas().redraw());
        assertEquals(1, m.labels.lastPlaced(), "the river's name is on the map");
        LayersPanelTest.written(m);
        assertEquals("名称", stored().style().labelField());
        assertEquals("#336699", stored().style().fill());
        assertTrue(layerStyleSld().contains("名称"), "QGIS sees the label field");
        undo(robot);
        robot.interact(() -> window.view().map().canvas().redraw());
        assertEquals(0, m.labels.lastPlaced());
        LayersPanelTest.written(m);
        assertEquals(null, stored().style().labelField());

        // Visibility through the panel, undone by Edit → Undo.
        robot.clickOn("#layersTab");
        robot.interact(() -> robot.lookup("#layerVisible-" + RIVER).queryAs(CheckBox.class).fire());
        LayersPanelTest.written(m);
        assertFalse(stored().visible());
        assertTrue(window.viewModel().session.undo.undoDescription().contains(RIVER));
        undo(robot);
        LayersPanelTest.written(m);
        assertTrue(stored().visible());
        assertTrue(river(m).visible());

        // Removal undone puts the table, features, style and barrier flag back.
        robot.interact(() -> m.remove(river(m)));
        assertTrue(m.layers.isEmpty());
        assertEquals(List.of(), window.viewModel().session.project().barriers());
        LayersPanelTest.written(m);
        assertEquals(null, stored());
        undo(robot);
        LayersPanelTest.written(m);
        ReferenceLayer back = stored();
        assertNotNull(back);
        assertEquals(1, back.features());
        assertTrue(back.barrier());
        assertEquals(List.of(RIVER), window.viewModel().session.project().barriers().stream()
                .map(Barrier::name).toList());
        assertEquals(1, services.layers().features(file, RIVER).features().size());

        // A write that fails (the file is not a GeoPackage for a moment) is reported; nothing is lost: the change
        // stays on the map and is written with the next layer change.
        byte[] good = Files.readAllBytes(file);
        Files.write(file, new byte[4096]);
        robot.interact(() -> m.setOpacity(river(m), 0.3));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> m.messageProperty().get().contains(
                file.getFileName().toString()));
        LayersPanelTest.written(m);
        assertFalse(m.messageProperty().get().contains("Exception"), m.messageProperty().get());
        assertEquals(0.3, river(m).opacity(), 1e-9, "the change stays in the window");
        Files.write(file, good);
        robot.interact(() -> m.setStyle(river(m), s -> s.withWidth(2.0)));
        LayersPanelTest.written(m);
        assertEquals(0.3, stored().opacity(), 1e-9, "the failed change is written with the next one");
        assertEquals(2.0, stored().style().widthMm(), 1e-9);
    }

    private String layerStyleSld() throws Exception {
        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + file);
             var rs = c.createStatement().executeQuery("SELECT styleSLD FROM layer_styles WHERE f_table_name = '"
                     + RIVER + "'")) {
            return rs.next() ? rs.getString(1) : "";
        }
    }
}
