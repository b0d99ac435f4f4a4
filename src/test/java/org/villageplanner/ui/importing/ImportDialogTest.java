package org.villageplanner.ui.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.DialogPane;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
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
import org.villageplanner.domain.Village;
import org.villageplanner.ui.MainViewModel;
import org.villageplanner.ui.MainWindow;
import org.villageplanner.ui.TestProjects;
import org.villageplanner.ui.TestWindow;

/** File › Import villages…: a real GeoJSON adds and updates villages as one undoable edit; a bad one changes nothing. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class ImportDialogTest {
    private static final Path FILE = Path.of("/virtual/test.gpkg");
    @TempDir
    static Path dir;
    private final Map<Path, PlanProject> files = TestProjects.files(FILE, TestProjects.grid(5, 5, 0.02));
    private MainWindow window;

    @Start
    void start(Stage stage) {
        window = TestWindow.show(stage, Messages.CHINESE, TestProjects.memoryServices(files), dir.resolve("s"));
    }

    @AfterEach
    void resetLocale() {
        Messages.setLocale(Messages.ENGLISH);
    }

    private MainViewModel vm() {
        return window.viewModel();
    }

    static void openProject(FxRobot robot, MainViewModel vm, Path file) throws Exception {
        robot.interact(() -> vm.open(file));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> vm.session.project() != null
                && vm.runningProperty().get() == null);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Opens the dialog through its File menu entry and returns its view. */
    private ImportView openDialog(FxRobot robot) {
        MenuBar bar = robot.lookup("#menuBar").queryAs(MenuBar.class);
        MenuItem item = bar.getMenus().get(0).getItems().stream().filter(i -> "importItem".equals(i.getId()))
                .findFirst().orElseThrow();
        robot.interact(item::fire);
        return robot.lookup("#importDialog").queryAs(ImportView.class);
    }

    /** Waits until the dialog's background reading is done (60 s ceiling for a loaded machine). */
    static void waitIdle(ImportViewModel vm) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> vm.running.get() == null);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Opens {@code project} in the window, then the import dialog on {@code file}, and waits for its preview. */
    static ImportViewModel showDialog(FxRobot robot, MainWindow window, Path project, Path file) throws Exception {
        openProject(robot, window.viewModel(), project);
        ImportViewModel[] vm = new ImportViewModel[1];
        robot.interact(() -> vm[0] = ImportDialog.show(window.viewModel(), null, List.of()).getScene().getRoot()
                instanceof ImportView v ? v.viewModel() : null);
        robot.interact(() -> vm[0].setFiles(List.of(file)));
        waitIdle(vm[0]);
        return vm[0];
    }

    private static String square(double lon, double lat) {
        double d = 0.02;
        return "{\"type\":\"Polygon\",\"coordinates\":[[[" + lon + "," + lat + "],[" + (lon + d) + "," + lat + "],["
                + (lon + d) + "," + (lat + d) + "],[" + lon + "," + (lat + d) + "],[" + lon + "," + lat + "]]]}";
    }

    private static String feature(String code, String name, double wan, String geometry) {
        return "{\"type\":\"Feature\",\"properties\":{\"区划代码\":\"" + code + "\",\"村名\":\"" + name
                + "\",\"经营性收入(万元)\":" + wan + "},\"geometry\":" + geometry + "}";
    }

    @Test
    void importAddsAndUpdatesVillagesAsOneUndoableEdit(FxRobot robot) throws Exception {
        openProject(robot, vm(), FILE);
        List<Village> before = vm().session.project().villages();
        String existing = TestProjects.code(0, 0);
        Path geojson = dir.resolve("新村.geojson");
        Files.writeString(geojson, "{\"type\":\"FeatureCollection\",\"features\":["
                + feature("330282199001", "新甲村", 30, square(121.50, 30.15)) + ","
                + feature("330282199002", "新乙村", 45.5, square(121.52, 30.15)) + ","
                + feature(existing, "更名村", 123.4, square(121.40, 30.15)) + ","
                + feature("330282199003", "交叉村", 10, "{\"type\":\"Polygon\",\"coordinates\":[[[121.5,30.2],"
                + "[121.52,30.22],[121.52,30.2],[121.5,30.22],[121.5,30.2]]]}") + "]}");

        ImportView view = openDialog(robot);
        ImportViewModel dialog = view.viewModel();
        robot.interact(() -> dialog.setFiles(List.of(geojson)));
        waitIdle(dialog);

        assertEquals(4, robot.lookup("#importPreviewTable").queryAs(TableView.class).getItems().size());
        ImportViewModel.MappingRow income = dialog.mapping.stream()
                .filter(r -> r.column.equals("经营性收入(万元)")).findFirst().orElseThrow();
        assertEquals("operating_income", income.field.get());
        assertTrue(income.wan.get(), "the (万元) header is read as 万元");
        assertEquals("name", dialog.mapping.stream().filter(r -> r.column.equals("村名")).findFirst()
                .orElseThrow().field.get());

        robot.clickOn("#importButton");
        confirmImportIntoOpenProject(robot);
        waitIdle(dialog);

        PlanProject after = vm().session.project();
        assertEquals(before.size() + 3, after.villages().size());
        assertTrue(dialog.warnings.stream().anyMatch(w -> w.contains("330282199003")),
                "the repaired self-intersecting polygon is listed: " + dialog.warnings);
        Village updated = after.village(existing).orElseThrow();
        assertEquals(1_234_000, updated.operatingIncome(), 0.5, "万元 converted to yuan");
        assertEquals("更名村", updated.name());
        assertEquals(300_000, after.village("330282199001").orElseThrow().operatingIncome(), 0.5);
        assertTrue(vm().session.isDirty());

        robot.interact(() -> vm().session.undo.undo());
        assertSame(before, vm().session.project().villages(), "one undo restores the villages before the import");
        assertFalse(vm().session.undo.canUndoProperty().get(), "the import was a single edit");
    }

    @Test
    void importIntoANewProjectLeavesTheOpenOneAndStartsUnsaved(FxRobot robot) throws Exception {
        openProject(robot, vm(), FILE);
        Path geojson = dir.resolve("two.geojson");
        Files.writeString(geojson, "{\"type\":\"FeatureCollection\",\"features\":["
                + feature("330282199001", "新甲村", 30, square(121.50, 30.15)) + ","
                + feature("330282199002", "新乙村", 45.5, square(121.52, 30.15)) + "]}");
        ImportViewModel dialog = openDialog(robot).viewModel();
        robot.interact(() -> dialog.setFiles(List.of(geojson)));
        waitIdle(dialog);
        robot.clickOn("#importNewProject");
        robot.clickOn("#importButton");
        waitIdle(dialog);
        assertEquals(2, vm().session.project().villages().size());
        assertEquals(null, vm().session.file.get(), "a new, unsaved project");
        assertTrue(vm().session.isDirty());
        assertEquals(25, files.get(FILE).villages().size(), "the project file is not touched");
    }

    @Test
    void aProjectedFileWithoutCrsImportsOnceTheZoneIsChosen(FxRobot robot) throws Exception {
        openProject(robot, vm(), FILE);
        PlanProject before = vm().session.project();
        Path file = dir.resolve("projected_without_crs.geojson");
        Files.copy(Path.of("src/test/resources/malformed/projected_without_crs.geojson"), file);
        ImportViewModel dialog = openDialog(robot).viewModel();
        robot.interact(() -> dialog.setFiles(List.of(file)));
        waitIdle(dialog);
        robot.clickOn("#importButton");
        confirmImportIntoOpenProject(robot);
        waitIdle(dialog);
        assertTrue(robot.lookup("#importErrorDialog").tryQuery().isPresent(), "coordinates far outside degrees");
        assertSame(before, vm().session.project());

        javafx.scene.control.ComboBox<CrsChoice> crs = robot.lookup("#importCrs").queryAs(javafx.scene.control.ComboBox.class);
        CrsChoice zone40 = crs.getItems().stream().filter(c -> "EPSG:4528".equals(c.code())).findFirst().orElseThrow();
        robot.interact(() -> crs.setValue(zone40));
        waitIdle(dialog);
        robot.interact(() -> dialog.runImport());
        waitIdle(dialog);
        org.locationtech.jts.geom.Point p = vm().session.project().village("1").orElseThrow().geometry().getCentroid();
        assertEquals(120.0, p.getX(), 0.01, "easting 40500000 is the central meridian of zone 40");
        assertEquals(30.17, p.getY(), 0.02);
    }

    @Test
    void badFileShowsFileRowAndFieldAndLeavesTheProjectUntouched(FxRobot robot) throws Exception {
        openProject(robot, vm(), FILE);
        PlanProject before = vm().session.project();
        Path bad = dir.resolve("income_text.geojson");
        Files.copy(Path.of("src/test/resources/malformed/income_text.geojson"), bad);

        ImportViewModel dialog = openDialog(robot).viewModel();
        robot.interact(() -> dialog.setFiles(List.of(bad)));
        waitIdle(dialog);
        robot.clickOn("#importButton");
        confirmImportIntoOpenProject(robot);
        waitIdle(dialog);

        DialogPane error = robot.lookup("#importErrorDialog").queryAs(DialogPane.class);
        String text = error.getContentText();
        assertTrue(text.contains("income_text.geojson"), text);
        assertTrue(text.contains("2"), "names the feature: " + text);
        assertTrue(text.contains("operating_income"), "names the field: " + text);
        assertFalse(text.contains("Exception"), "no stack trace: " + text);
        assertSame(before, vm().session.project(), "the open project is untouched");
        assertFalse(vm().session.undo.canUndoProperty().get());
    }

    /** Importing into the open project asks first (issue 14); the question names the project and is confirmed here. */
    private static void confirmImportIntoOpenProject(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        DialogPane confirm = robot.lookup("#importConfirmDialog").queryAs(DialogPane.class);
        assertTrue(confirm.getHeaderText().contains("test.gpkg"), confirm.getHeaderText());
        robot.clickOn("#importConfirmDialogConfirm");
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void enterAfterChoosingInADropDownDoesNotImportAndCancelLeavesTheProject(FxRobot robot) throws Exception {
        openProject(robot, vm(), FILE);
        PlanProject before = vm().session.project();
        Path geojson = dir.resolve("enter.geojson");
        Files.writeString(geojson, "{\"type\":\"FeatureCollection\",\"features\":["
                + feature("330282199001", "新甲村", 30, square(121.50, 30.15)) + "]}");
        ImportViewModel dialog = openDialog(robot).viewModel();
        robot.interact(() -> dialog.setFiles(List.of(geojson)));
        waitIdle(dialog);
        javafx.scene.control.ComboBox<?> crs = robot.lookup("#importCrs").queryAs(javafx.scene.control.ComboBox.class);
        robot.clickOn(crs);
        robot.press(javafx.scene.input.KeyCode.DOWN).release(javafx.scene.input.KeyCode.DOWN);
        robot.press(javafx.scene.input.KeyCode.ENTER).release(javafx.scene.input.KeyCode.ENTER);
        robot.press(javafx.scene.input.KeyCode.ENTER).release(javafx.scene.input.KeyCode.ENTER);
        waitIdle(dialog);
        assertTrue(robot.lookup("#importConfirmDialog").tryQuery().isEmpty(), "Enter neither imports nor asks");
        assertSame(before, vm().session.project(), "nothing imported");

        robot.clickOn("#importButton");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#importConfirmDialogCancel");
        waitIdle(dialog);
        assertSame(before, vm().session.project(), "Cancel imports nothing");
    }
}
