package org.villageplanner.ui.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.DialogPane;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
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
import org.villageplanner.domain.Messages;
import org.villageplanner.service.ExportFormat;
import org.villageplanner.ui.MainViewModel;
import org.villageplanner.ui.MainWindow;
import org.villageplanner.ui.TestWindow;

/** File › Export plan PDF… and File › Export layers/tables… on the bundled sample. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class ExportDialogsTest {
    private static final Path SAMPLE = Path.of("samples", "longshan.gpkg");
    @TempDir
    static Path dir;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        window = TestWindow.show(stage, Messages.CHINESE, Main.services(), dir.resolve("settings"));
    }

    @AfterEach
    void resetLocale() {
        Messages.setLocale(Messages.ENGLISH);
    }

    private MainViewModel vm() {
        return window.viewModel();
    }

    private void openSample(FxRobot robot) throws Exception {
        robot.interact(() -> vm().open(SAMPLE));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> vm().session().project() != null
                && vm().runningProperty().get() == null);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void fire(FxRobot robot, String id) {
        MenuBar bar = robot.lookup("#menuBar").queryAs(MenuBar.class);
        MenuItem item = bar.getMenus().stream().flatMap(m -> m.getItems().stream())
                .filter(i -> id.equals(i.getId())).findFirst().orElseThrow();
        robot.interact(item::fire);
    }

    @Test
    void exportsTheSamplePlanPdf(FxRobot robot) throws Exception {
        openSample(robot);
        fire(robot, "exportPdfItem");
        ExportPdfViewModel dialog = robot.lookup("#exportPdfDialog").queryAs(ExportPdfView.class).viewModel();
        assertEquals(vm().session().scenario().name(), dialog.scenarioProperty().get(),
                "the scenario being edited is preselected");
        Path out = dir.resolve("龙山镇规划.pdf");
        robot.interact(() -> dialog.outputProperty().set(out.toString()));
        robot.clickOn("#exportButton");
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> dialog.runningProperty().get() == null);
        WaitForAsyncUtils.waitForFxEvents();

        assertTrue(Files.isRegularFile(out), "the PDF is written: " + dialog.statusProperty().get());
        byte[] head = new byte[5];
        try (var in = Files.newInputStream(out)) {
            assertEquals(5, in.read(head));
        }
        assertEquals("%PDF-", new String(head, StandardCharsets.US_ASCII));
        DialogPane done = robot.lookup("#exportDoneDialog").queryAs(DialogPane.class);
        assertTrue(done.getContentText().contains(out.getFileName().toString()), done.getContentText());
    }

    @Test
    void exportsTheVillagesAsGeoJson(FxRobot robot) throws Exception {
        openSample(robot);
        fire(robot, "exportLayersItem");
        ExportLayersViewModel dialog = robot.lookup("#exportLayersDialog").queryAs(ExportLayersView.class)
                .viewModel();
        Path out = dir.resolve("villages.geojson");
        robot.interact(() -> {
            dialog.formatProperty().set(ExportFormat.GEOJSON);
            dialog.outputProperty().set(out.toString());
        });
        robot.clickOn("#exportLayersButton");
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> dialog.runningProperty().get() == null);
        WaitForAsyncUtils.waitForFxEvents();

        String json = Files.readString(out);
        assertTrue(json.contains("FeatureCollection"));
        String someVillage = vm().session().project().villages().get(0).name();
        assertTrue(json.contains(someVillage), "village names are written");
    }

    @Test
    void whatAFlatFormatHadToCutIsListedInTheDialog(FxRobot robot) throws Exception {
        // The sample with one village in two clusters of 方案A (a validation finding): a CSV row holds one cluster.
        var repo = new org.villageplanner.store.GeoPackageRepository();
        var p = repo.read(SAMPLE);
        var a = p.requireScenario("方案A");
        var first = a.clusters().get(0);
        var second = a.clusters().get(1);
        java.util.List<String> members = new java.util.ArrayList<>(second.members());
        members.add(first.members().get(0));
        Path twice = dir.resolve("twice.gpkg");
        repo.write(p.withScenario(a.withClusters(java.util.List.of(first, second.withMembers(members)))), twice);
        robot.interact(() -> vm().open(twice));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> vm().session().project() != null
                && vm().runningProperty().get() == null);
        WaitForAsyncUtils.waitForFxEvents();
        fire(robot, "exportLayersItem");
        ExportLayersViewModel dialog = robot.lookup("#exportLayersDialog").queryAs(ExportLayersView.class)
                .viewModel();
        Path out = dir.resolve("twice.csv");
        robot.interact(() -> {
            dialog.formatProperty().set(ExportFormat.CSV);
            dialog.scenarioProperty().set("方案A");
            dialog.outputProperty().set(out.toString());
        });
        var list = robot.lookup("#exportLayersWarnings").queryAs(javafx.scene.control.ListView.class);
        assertTrue(!list.isVisible(), "no list before anything was cut");
        robot.interact(() -> robot.lookup("#exportLayersButton").queryButton().fire());
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> dialog.runningProperty().get() == null);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(Files.isRegularFile(out), dialog.statusProperty().get());
        assertEquals(1, dialog.warnings().size(), dialog.warnings().toString());
        String w = dialog.warnings().get(0);
        assertTrue(w.contains(first.members().get(0)) && w.contains(first.name()) && w.contains(second.name()), w);
        assertTrue(list.isVisible());
        assertTrue(dialog.statusProperty().get().contains("1"), dialog.statusProperty().get());
    }
}
