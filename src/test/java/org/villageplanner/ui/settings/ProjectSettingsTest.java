package org.villageplanner.ui.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.stage.Stage;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
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
import org.villageplanner.domain.PlanLevel;
import org.villageplanner.service.Progress;
import org.villageplanner.service.ReportService;
import org.villageplanner.ui.MainViewModel;
import org.villageplanner.ui.MainWindow;
import org.villageplanner.ui.PlannerApp;
import org.villageplanner.ui.common.AppSettings;

/** File › Project settings… sets the plan level (全镇 / 全县 / automatic); the plan PDF follows it. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class ProjectSettingsTest {
    private static final Path SAMPLE = Path.of("samples", "longshan.gpkg");
    @TempDir
    static Path dir;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        Messages.setLocale(Messages.CHINESE);
        window = PlannerApp.create(stage, Main.services(), new AppSettings(dir.resolve("settings")));
        stage.show();
    }

    @AfterEach
    void english() {
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

    private String planText(String file) throws Exception {
        Path out = dir.resolve(file);
        vm().services.reports().export(vm().session.project(),
                new ReportService.Request(vm().session.scenario().name(), List.of(), null, Messages.CHINESE), out,
                Progress.NONE);
        try (PDDocument doc = Loader.loadPDF(out.toFile())) {
            return new PDFTextStripper().getText(doc);
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void theLevelChosenInTheSettingsIsStoredUndoablyAndThePlanFollowsIt(FxRobot robot) throws Exception {
        openSample(robot);
        assertNull(vm().session.project().info().level(), "the sample leaves the level automatic");
        assertTrue(planText("auto.pdf").contains("全镇"), "automatic: one town reads 全镇");

        MenuBar bar = robot.lookup("#menuBar").queryAs(MenuBar.class);
        MenuItem item = bar.getMenus().stream().flatMap(m -> m.getItems().stream())
                .filter(i -> "projectSettingsItem".equals(i.getId())).findFirst().orElseThrow();
        robot.interact(item::fire);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#projectSettingsDialog").tryQuery()
                .isPresent());
        DialogPane pane = robot.lookup("#projectSettingsDialog").queryAs(DialogPane.class);
        ComboBox<PlanLevel> choice = (ComboBox<PlanLevel>) pane.lookup("#planLevelChoice");
        assertEquals(3, choice.getItems().size());
        assertEquals("自动（本项目：全镇）", choice.getConverter().toString(null));
        robot.interact(() -> choice.setValue(PlanLevel.COUNTY));
        robot.interact(((Button) pane.lookupButton(ButtonType.OK))::fire);
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(PlanLevel.COUNTY, vm().session.project().info().level());
        assertTrue(vm().session.isDirty(), "the setting is saved with the project");
        String county = planText("county.pdf");
        assertTrue(county.contains("全县"), "the plan speaks for the county");
        assertFalse(county.contains("全镇"), "and never for the township");

        robot.interact(() -> vm().session.undo.undo());
        assertNull(vm().session.project().info().level(), "one undo restores automatic");
    }

    @Test
    void applyingTheSameLevelIsNoEdit(FxRobot robot) throws Exception {
        openSample(robot);
        ProjectSettingsViewModel model = new ProjectSettingsViewModel(vm());
        boolean[] changed = new boolean[1];
        robot.interact(() -> changed[0] = model.apply());
        assertFalse(changed[0]);
        assertFalse(vm().session.undo.canUndoProperty().get());
    }
}
