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
import org.villageplanner.ui.common.I18n;

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
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> vm().session.project() != null
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
        assertEquals(vm().session.scenario().name(), dialog.scenario.get(),
                "the scenario being edited is preselected");
        Path out = dir.resolve("龙山镇规划.pdf");
        robot.interact(() -> dialog.output.set(out.toString()));
        robot.clickOn("#exportButton");
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> dialog.running.get() == null);
        WaitForAsyncUtils.waitForFxEvents();

        assertTrue(Files.isRegularFile(out), "the PDF is written: " + dialog.status.get());
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
            dialog.format.set(ExportFormat.GEOJSON);
            dialog.output.set(out.toString());
        });
        robot.clickOn("#exportLayersButton");
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> dialog.running.get() == null);
        WaitForAsyncUtils.waitForFxEvents();

        String json = Files.readString(out);
        assertTrue(json.contains("FeatureCollection"));
        String someVillage = vm().session.project().villages().get(0).name();
        assertTrue(json.contains(someVillage), "village names are written");
    }

    /** The sample with one village in two clusters of 方案A (a validation finding): a CSV row holds one cluster. */
    private record Twice(org.villageplanner.domain.Cluster first, org.villageplanner.domain.Cluster second) {
    }

    private Twice openTwice(FxRobot robot, String file) throws Exception {
        var repo = new org.villageplanner.store.GeoPackageRepository();
        var p = repo.read(SAMPLE);
        var a = p.requireScenario("方案A");
        var first = a.clusters().get(0);
        var second = a.clusters().get(1);
        java.util.List<String> members = new java.util.ArrayList<>(second.members());
        members.add(first.members().get(0));
        Path twice = dir.resolve(file);
        repo.write(p.withScenario(a.withClusters(java.util.List.of(first, second.withMembers(members)))), twice);
        robot.interact(() -> vm().open(twice));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> vm().session.project() != null
                && vm().runningProperty().get() == null);
        WaitForAsyncUtils.waitForFxEvents();
        return new Twice(first, second);
    }

    /** Opens the layers export dialog set to write 方案A as CSV to {@code out}; returns the dialog's model. */
    private ExportLayersViewModel csvDialog(FxRobot robot, Path out) {
        fire(robot, "exportLayersItem");
        ExportLayersViewModel dialog = robot.lookup("#exportLayersDialog").queryAs(ExportLayersView.class)
                .viewModel();
        robot.interact(() -> {
            dialog.format.set(ExportFormat.CSV);
            dialog.scenario.set("方案A");
            dialog.output.set(out.toString());
        });
        return dialog;
    }

    /** Presses Export and waits for the job's end. */
    private static void export(FxRobot robot, ExportLayersViewModel dialog) throws Exception {
        robot.interact(() -> robot.lookup("#exportLayersButton").queryButton().fire());
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> dialog.running.get() == null);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void whatAFlatFormatHadToCutIsListedInTheDialog(FxRobot robot) throws Exception {
        Twice t = openTwice(robot, "twice.gpkg");
        Path out = dir.resolve("twice.csv");
        ExportLayersViewModel dialog = csvDialog(robot, out);
        var list = robot.lookup("#exportLayersWarnings").queryAs(javafx.scene.control.ListView.class);
        assertTrue(!list.isVisible(), "no list before anything was cut");
        export(robot, dialog);
        assertTrue(Files.isRegularFile(out), dialog.status.get());
        assertEquals(1, dialog.warnings.size(), dialog.warnings.toString());
        String w = dialog.warnings.get(0);
        assertTrue(w.contains(t.first().members().get(0)) && w.contains(t.first().name())
                && w.contains(t.second().name()), w);
        assertTrue(list.isVisible());
        assertTrue(dialog.status.get().contains("1"), dialog.status.get());
    }

    @Test
    void theUnsavedEditsNoteComesRightAfterWhatWasWrittenAndTheCutLast(FxRobot robot) throws Exception {
        openTwice(robot, "twice-edited.gpkg");
        robot.interact(() -> vm().session.edit(vm().session.scenario().withNotes("edited, not saved"),
                "notes"));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(vm().session.isDirty());
        Path out = dir.resolve("twice-edited.csv");
        ExportLayersViewModel dialog = csvDialog(robot, out);
        // The live simulation started by the edit may write its own status line after the export's, so every
        // value the window's status line takes is kept and the export's must be among them.
        java.util.List<String> windowStatus = new java.util.concurrent.CopyOnWriteArrayList<>();
        robot.interact(() -> vm().status.addListener((o, was, now) -> windowStatus.add(now)));
        export(robot, dialog);
        assertTrue(Files.isRegularFile(out), dialog.status.get());
        String expected = I18n.t("uiexport.status.layersWritten", out.getFileName(),
                vm().session.project().villages().size()) + "  " + I18n.t("uisave.export.unsaved") + "  "
                + I18n.t("uiexport.status.cut", 1);
        assertEquals(expected, dialog.status.get());
        assertTrue(windowStatus.contains(expected), "the window's status line says the same: " + windowStatus);
    }
}
