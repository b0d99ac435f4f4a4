package org.villageplanner.ui.suggest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
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
import org.villageplanner.domain.ClusterType;
import org.villageplanner.domain.Messages;
import org.villageplanner.domain.Scenario;
import org.villageplanner.ui.MainViewModel;
import org.villageplanner.ui.MainWindow;
import org.villageplanner.ui.TestWindow;

/** Cluster › Suggest clusters… on the bundled sample: preview, accept all as one edit, undo; or close and revert. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class SuggestDialogTest {
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

    private SuggestViewModel openAndSuggest(FxRobot robot) throws Exception {
        robot.interact(() -> vm().open(SAMPLE));
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> vm().session.project() != null
                && vm().runningProperty().get() == null);
        WaitForAsyncUtils.waitForFxEvents();
        MenuBar bar = robot.lookup("#menuBar").queryAs(MenuBar.class);
        MenuItem item = bar.getMenus().stream().flatMap(m -> m.getItems().stream())
                .filter(i -> "suggestItem".equals(i.getId())).findFirst().orElseThrow();
        robot.interact(item::fire);
        SuggestViewModel dialog = robot.lookup("#suggestClustersDialog").queryAs(SuggestView.class).viewModel();
        robot.interact(() -> dialog.type.set(ClusterType.STRONG_HELPS_WEAK));
        robot.clickOn("#suggestRunButton");
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> dialog.running.get() == null);
        WaitForAsyncUtils.waitForFxEvents();
        return dialog;
    }

    @Test
    void acceptAllIsOneUndoableEdit(FxRobot robot) throws Exception {
        SuggestViewModel dialog = openAndSuggest(robot);
        Scenario before = dialog.result.get().base();
        assertFalse(dialog.items.isEmpty(), "clusters are suggested: " + dialog.status.get());
        assertTrue(dialog.items.stream().allMatch(i -> !i.value.reason().text().isBlank()), "each has a reason");
        String objective = robot.lookup("#suggestObjective").queryAs(Label.class).getText();
        assertFalse(objective.isBlank(), "objective of suggestion and current plan shown");
        assertNotSame(before, vm().session.scenario(), "the suggestion is previewed on the map");
        assertFalse(vm().session.undo.canUndoProperty().get(), "a preview is not an edit");
        Label banner = robot.lookup("#previewBanner").queryAs(Label.class);
        assertTrue(banner.isVisible() && !banner.getText().isBlank(), "the map says it shows a preview");

        robot.clickOn("#suggestAcceptAllButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(banner.isVisible(), "once accepted the plan is no preview");

        assertEquals(dialog.result.get().suggestion().domainClusters(), vm().session.scenario().clusters());
        assertEquals(before.name(), vm().session.scenario().name(), "the edited scenario gets the clusters");
        assertTrue(robot.lookup("#suggestClustersDialog").tryQuery().isEmpty(), "accepting closes the dialog");
        robot.interact(() -> vm().session.undo.undo());
        assertSame(before, vm().session.scenario(), "one undo restores the previous plan");
        assertFalse(vm().session.undo.canUndoProperty().get());
    }

    @Test
    void closingWithoutAcceptingRestoresThePlan(FxRobot robot) throws Exception {
        SuggestViewModel dialog = openAndSuggest(robot);
        Scenario before = dialog.result.get().base();
        robot.interact(() -> dialog.items.get(0).on.set(false));
        assertFalse(vm().session.scenario().clusters().contains(dialog.items.get(0).value.cluster()),
                "an unchecked cluster leaves the preview");
        robot.clickOn("#suggestCloseButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertSame(before, vm().session.scenario());
        assertFalse(vm().session.isDirty());
    }
}
