package org.villageplanner.ui.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
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
import org.villageplanner.ui.MainWindow;
import org.villageplanner.ui.TestProjects;
import org.villageplanner.ui.TestWindow;

/**
 * The import dialog on the data planners actually bring: an unlabelled 万元 column flagged with its one-click fix,
 * a mapping that survives a change of CRS or encoding and reopening the dialog, a field refused from two columns,
 * a wrong encoding shown with its garbled sample, and a missing CRS asked for where the file is chosen.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class ImportDialogDataTest {
    private static final Path FILE = Path.of("/virtual/test.gpkg");
    @TempDir
    static Path dir;
    private final Map<Path, PlanProject> files = TestProjects.files(FILE, TestProjects.grid(3, 3, 0.02));
    private MainWindow window;

    @Start
    void start(Stage stage) {
        window = TestWindow.show(stage, Messages.ENGLISH, TestProjects.memoryServices(files), dir.resolve("s"));
    }

    @AfterEach
    void resetLocale() {
        Messages.setLocale(Messages.ENGLISH);
    }

    private ImportViewModel dialog(FxRobot robot, Path file) throws Exception {
        return ImportDialogTest.showDialog(robot, window, FILE, file);
    }

    private static void waitIdle(ImportViewModel vm) throws Exception {
        ImportDialogTest.waitIdle(vm);
    }

    private static ImportViewModel.MappingRow row(ImportViewModel vm, String column) {
        return vm.mapping.stream().filter(r -> r.column.equals(column)).findFirst().orElseThrow();
    }

    private static Path wanTable() throws Exception {
        Path csv = dir.resolve("wan-" + System.nanoTime() + ".csv");
        Files.writeString(csv, """
                代码,村名,总收入,备注
                %s,甲村,279.62,x
                %s,乙村,35.2,y
                %s,丙村,88.75,z
                """.formatted(TestProjects.code(0, 0), TestProjects.code(0, 1), TestProjects.code(0, 2)),
                StandardCharsets.UTF_8);
        return csv;
    }

    @Test
    void anUnlabelledWanColumnIsFlaggedAndFixedWithOneClick(FxRobot robot) throws Exception {
        ImportViewModel vm = dialog(robot, wanTable());
        ImportViewModel.MappingRow total = row(vm, "总收入");
        assertEquals("total_income", total.field.get());
        assertTrue(total.suspectWan.get());
        assertEquals(List.of("总收入"), vm.unresolvedWan());
        // Importing now is refused with a message naming the column, and nothing changes.
        robot.interact(vm::runImport);
        assertNotNull(vm.error.get());
        assertTrue(vm.error.get().contains("总收入"), vm.error.get());
        robot.interact(() -> vm.error.set(null));

        Button fix = robot.lookup("#importWanFix-总收入").queryButton();
        robot.interact(fix::fire);
        assertTrue(total.wan.get());
        assertEquals(Map.of("total_income_wan", "总收入", "code", "代码", "name", "村名"), vm.fieldMap());
        robot.interact(vm::runImport);
        waitIdle(vm);
        assertNull(vm.error.get());
        assertEquals(2_796_200, window.viewModel().session.project().villages().stream()
                .filter(v -> v.code().equals(TestProjects.code(0, 0))).findFirst().orElseThrow().totalIncome(), 1e-6);
        assertTrue(vm.warnings.stream().anyMatch(w -> w.contains("备注")), vm.warnings.toString());
        assertTrue(vm.warnings.stream().anyMatch(w -> w.contains("万元") && w.contains("总收入")),
                vm.warnings.toString());
    }

    @Test
    void theMappingSurvivesAChangeOfCrsOrEncodingAndReopening(FxRobot robot) throws Exception {
        Path csv = wanTable();
        ImportViewModel vm = dialog(robot, csv);
        robot.interact(() -> {
            assertTrue(vm.assign(row(vm, "备注"), "town"));
            vm.setWan(row(vm, "总收入"), true);
        });
        robot.interact(() -> vm.crs.set(CrsChoice.all().get(CrsChoice.all().size() - 1)));
        waitIdle(vm);
        assertEquals("town", row(vm, "备注").field.get());
        robot.interact(() -> vm.encoding.set("GB18030"));
        robot.interact(vm::refreshPreview);
        waitIdle(vm);
        assertEquals("town", row(vm, "备注").field.get());
        assertTrue(row(vm, "总收入").wan.get());

        ImportViewModel again = dialog(robot, csv);
        assertEquals("town", row(again, "备注").field.get());
        assertTrue(row(again, "总收入").wan.get());
    }

    @Test
    void aFieldIsNotReadFromTwoColumns(FxRobot robot) throws Exception {
        ImportViewModel vm = dialog(robot, wanTable());
        boolean[] ok = new boolean[1];
        robot.interact(() -> ok[0] = vm.assign(row(vm, "备注"), "total_income"));
        assertFalse(ok[0]);
        assertNull(row(vm, "备注").field.get());
        assertTrue(vm.status.get().contains("总收入"), vm.status.get());
    }

    @Test
    void aWrongEncodingShowsItsGarbledSampleAndKeepsThePreview(FxRobot robot) throws Exception {
        Path csv = dir.resolve("gbk.csv");
        Files.write(csv, ("代码,村名,人口\n" + TestProjects.code(0, 0) + ",徐福村,100\n").getBytes(Charset.forName("GBK")));
        ImportViewModel vm = dialog(robot, csv);
        int rows = robot.lookup("#importPreviewTable").queryAs(TableView.class).getItems().size();
        assertEquals(1, rows);
        robot.interact(() -> vm.encoding.set("UTF-8"));
        robot.interact(vm::refreshPreview);
        waitIdle(vm);
        String error = vm.error.get();
        assertNotNull(error, "reading GBK as UTF-8 must say so");
        assertTrue(error.contains("UTF-8") && error.contains("\uFFFD"), error);
        assertEquals(1, robot.lookup("#importPreviewTable").queryAs(TableView.class).getItems().size());
        assertFalse(vm.mapping.isEmpty());
    }

    @Test
    void aMissingCrsIsAskedForInTheDialog(FxRobot robot) throws Exception {
        // A Shapefile in Gauss-Krüger metres whose .prj was lost: no CRS, and coordinates that are not degrees.
        Path shp = dir.resolve("projected.shp");
        org.locationtech.jts.geom.Point p = new org.locationtech.jts.geom.GeometryFactory()
                .createPoint(new org.locationtech.jts.geom.Coordinate(40_500_000, 3_340_000));
        new org.villageplanner.importer.ShapefileWriter().write(List.of(new org.villageplanner.service.ExportRow(
                new org.villageplanner.domain.Village(TestProjects.code(0, 0), "甲村", "", p, 0, 0, 0, 0, 0, 0, 0,
                        java.util.Set.of(), false), null, null, null)),
                org.villageplanner.service.ExportFormat.SHP, shp);
        Files.delete(dir.resolve("projected.prj"));
        ImportViewModel vm = dialog(robot, shp);
        assertNotNull(vm.preview.get(), String.valueOf(vm.error.get()));
        assertTrue(vm.crsMissing());
        assertFalse(vm.canImport().get());
        String label = robot.lookup("#importCrsFound").queryLabeled().getText();
        assertTrue(label.contains("choose the coordinate system here"), label);
        robot.interact(() -> vm.crs.set(CrsChoice.all().stream()
                .filter(c -> "EPSG:4529".equals(c.code())).findFirst().orElse(CrsChoice.all().get(1))));
        waitIdle(vm);
        assertFalse(vm.crsMissing());
    }

    @Test
    void clusterColumnsComeInAsAScenarioWithTheVillagesInOneEdit(FxRobot robot) throws Exception {
        Path csv = dir.resolve("方案B.csv");
        Files.writeString(csv, """
                code,name,cluster,cluster_name,cluster_leader
                %s,甲村,east,东片区,true
                %s,乙村,east,东片区,false
                """.formatted(TestProjects.code(0, 0), TestProjects.code(0, 1)), StandardCharsets.UTF_8);
        ImportViewModel vm = dialog(robot, csv);
        robot.interact(vm::runImport);
        waitIdle(vm);
        assertNull(vm.error.get());
        PlanProject p = window.viewModel().session.project();
        var scenario = p.requireScenario("方案B");
        assertEquals(1, scenario.clusters().size());
        assertEquals("东片区", scenario.clusters().get(0).name());
        assertEquals(TestProjects.code(0, 0), scenario.clusters().get(0).leader());
        assertTrue(vm.warnings.stream().anyMatch(w -> w.contains("方案B")), vm.warnings.toString());
        // One edit: undo takes villages and scenario back together.
        robot.interact(() -> window.viewModel().session.undo.undo());
        assertTrue(window.viewModel().session.project().scenarios().stream()
                .noneMatch(x -> x.name().equals("方案B")));
    }
}
