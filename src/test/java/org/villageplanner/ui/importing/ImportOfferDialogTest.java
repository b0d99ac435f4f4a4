package org.villageplanner.ui.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.CheckBox;
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
import org.villageplanner.domain.Assumptions;
import org.villageplanner.domain.Cluster;
import org.villageplanner.domain.ClusterType;
import org.villageplanner.domain.Messages;
import org.villageplanner.domain.PlanProject;
import org.villageplanner.domain.Scenario;
import org.villageplanner.store.GeoPackageRepository;
import org.villageplanner.ui.MainWindow;
import org.villageplanner.ui.TestProjects;
import org.villageplanner.ui.TestWindow;

/**
 * The import dialog offers a project GeoPackage's scenarios as a checklist, all ticked, and takes over only the
 * ticked ones (the others listed as not taken over); text that decodes without error but is garbled (a UTF-8 table
 * read as GBK) is said in the dialog with the garbled sample and the encoding to choose.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class ImportOfferDialogTest {
    private static final Path FILE = Path.of("/virtual/open.gpkg");
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

    /** A project GeoPackage on disk with scenarios 方案B and 方案C (and the same villages as the open project). */
    private Path projectFile() {
        PlanProject grid = TestProjects.grid(3, 3, 0.02);
        Scenario b = new Scenario("方案B", "", Assumptions.DEFAULTS, List.of(Cluster.of("west", "西片区",
                ClusterType.STRONG_HELPS_WEAK, TestProjects.code(0, 0),
                List.of(TestProjects.code(0, 0), TestProjects.code(0, 1)))));
        Scenario c = new Scenario("方案C", "", Assumptions.DEFAULTS, List.of(Cluster.of("south", "南片区",
                ClusterType.COMPLEMENTARY, TestProjects.code(2, 2),
                List.of(TestProjects.code(2, 2), TestProjects.code(2, 1)))));
        PlanProject source = new PlanProject(grid.info(), grid.villages(), List.of(b, c));
        Path gpkg = dir.resolve("plan-" + System.nanoTime() + ".gpkg");
        new GeoPackageRepository().write(source, gpkg);
        // The app's repository here is in memory: it reads the source project as the real one wrote it.
        files.put(gpkg, new GeoPackageRepository().read(gpkg));
        return gpkg;
    }

    @Test
    void aProjectFilesScenariosAreOfferedAndOnlyTheTickedOnesTakenOver(FxRobot robot) throws Exception {
        Path gpkg = projectFile();
        ImportViewModel vm = dialog(robot, gpkg);
        assertNull(vm.error.get(), vm.error.get());
        assertEquals(List.of("方案B", "方案C"), vm.scenarios.choices.stream().map(ScenarioOffer.Choice::name)
                .toList());
        CheckBox b = robot.lookup("#importScenario-方案B").queryAs(CheckBox.class);
        CheckBox c = robot.lookup("#importScenario-方案C").queryAs(CheckBox.class);
        assertTrue(b.isSelected() && c.isSelected(), "every scenario is ticked by default");
        assertTrue(robot.lookup("#importScenarios").query().isVisible());

        robot.interact(c::fire);
        assertFalse(c.isSelected());
        // Reading the file again (another CRS) keeps the user's choice.
        robot.interact(() -> vm.crs.set(CrsChoice.all().get(CrsChoice.all().size() - 1)));
        waitIdle(vm);
        robot.interact(() -> vm.crs.set(CrsChoice.FROM_FILE));
        waitIdle(vm);
        assertFalse(robot.lookup("#importScenario-方案C").queryAs(CheckBox.class).isSelected());

        robot.interact(vm::runImport);
        waitIdle(vm);
        assertNull(vm.error.get(), vm.error.get());
        PlanProject p = window.viewModel().session.project();
        assertEquals(2, p.requireScenario("方案B").clusters().get(0).members().size());
        assertTrue(p.scenarios().stream().noneMatch(s -> s.name().equals("方案C")), "an unticked scenario stays out");
        assertTrue(vm.warnings.stream().anyMatch(w -> w.contains("方案C") && w.contains("not taken over")),
                vm.warnings.toString());
        assertTrue(vm.warnings.stream().anyMatch(w -> w.contains("方案B")), vm.warnings.toString());
    }

    @Test
    void aTableThatIsNotAProjectOffersNoScenarios(FxRobot robot) throws Exception {
        Path csv = dir.resolve("plain.csv");
        Files.writeString(csv, "代码,村名\n" + TestProjects.code(0, 0) + ",甲村\n", StandardCharsets.UTF_8);
        ImportViewModel vm = dialog(robot, csv);
        assertTrue(vm.scenarios.choices.isEmpty());
        assertFalse(robot.lookup("#importScenarios").query().isVisible());
    }

    @Test
    void utf8TextReadAsGbkIsSaidWithTheGarbledSampleAndTheEncodingToChoose(FxRobot robot) throws Exception {
        // Two-character names: as GBK these UTF-8 bytes decode without any error, only garbled.
        Path csv = dir.resolve("utf8.csv");
        Files.writeString(csv, "代码,村名,乡镇\n" + TestProjects.code(0, 0) + ",徐福,龙山\n"
                + TestProjects.code(0, 1) + ",东门,龙山\n", StandardCharsets.UTF_8);
        ImportViewModel vm = dialog(robot, csv);
        assertNull(vm.misread.get(), "read as detected (UTF-8), nothing is garbled");
        robot.interact(() -> vm.encoding.set("GBK"));
        robot.interact(vm::refreshPreview);
        waitIdle(vm);
        String said = vm.misread.get();
        assertNotNull(said, "UTF-8 read as GBK must be said, not shown silently");
        String garbled = new String("徐福".getBytes(StandardCharsets.UTF_8), java.nio.charset.Charset.forName("GBK"));
        assertTrue(said.contains(garbled) && said.contains("徐福") && said.contains("UTF-8") && said.contains("GBK"),
                said);
        Label label = robot.lookup("#importEncodingMisread").queryAs(Label.class);
        assertTrue(label.isVisible());
        assertEquals(said, label.getText());

        robot.interact(() -> vm.encoding.set("UTF-8"));
        robot.interact(vm::refreshPreview);
        waitIdle(vm);
        assertNull(vm.misread.get());
        assertFalse(robot.lookup("#importEncodingMisread").queryAs(Label.class).isVisible());
    }
}
