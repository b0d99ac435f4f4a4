package org.villageplanner.ui.save;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.villageplanner.Main;
import org.villageplanner.domain.Messages;
import org.villageplanner.service.ClusterEdits;
import org.villageplanner.service.Services;
import org.villageplanner.ui.MainViewModel;
import org.villageplanner.ui.MainWindow;
import org.villageplanner.ui.PlannerApp;
import org.villageplanner.ui.TestProjects;
import org.villageplanner.ui.common.AppSettings;
import org.villageplanner.ui.common.Tasks;
import org.villageplanner.ui.stress.PlanFingerprint;

/**
 * Edits reach the recovery copy by themselves, even while a background task hangs and a dialog is open; the
 * Save / Don't Save / Cancel question keeps work on Enter and Esc; the recovery dialog says what it offers.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class AutoSaveAndPromptTest {
    private final Services services = Main.services();
    private Path file;
    private MainWindow window;

    @Start
    void start(Stage stage) throws Exception {
        Messages.setLocale(Messages.CHINESE);
        file = Files.createTempDirectory("autosave").resolve("grid.gpkg");
        services.projects().save(TestProjects.grid(5, 5, 0.02), file);
        window = PlannerApp.create(stage, services, new AppSettings(file.getParent().resolve("settings")));
        stage.show();
    }

    @AfterEach
    void english() {
        Messages.setLocale(Messages.ENGLISH);
    }

    private MainViewModel vm() {
        return window.viewModel();
    }

    private void openAndEdit(FxRobot robot) throws Exception {
        robot.interact(() -> vm().open(file));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> vm().session.project() != null
                && vm().runningProperty().get() == null);
        robot.interact(() -> vm().session.edit(ClusterEdits.delete(vm().session.scenario(), "east"), "delete"));
    }

    @Test
    void editsReachTheRecoveryCopyWhileATaskHangsAndADialogIsOpen(FxRobot robot) throws Exception {
        robot.interact(() -> vm().open(file));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> vm().session.project() != null
                && vm().runningProperty().get() == null);
        CountDownLatch never = new CountDownLatch(1);
        robot.interact(() -> Tasks.create(p -> {
            never.await();
            return null;
        }).titled("测算（蒙特卡洛）").run(vm().tasks));
        // A modal dialog waits for an answer while the planner's edit is made.
        robot.interact(() -> vm().session.edit(ClusterEdits.delete(vm().session.scenario(), "east"), "delete"));
        Platform.runLater(() -> window.confirmDiscard("退出"));
        WaitForAsyncUtils.waitForFxEvents();
        assertNotNull(robot.lookup("#savePrompt").tryQuery().orElse(null));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> vm().recoveryFiles.pending().isPresent());
        RecoveryFiles.Info info = vm().recoveryFiles.pending().orElseThrow();
        assertEquals(1, info.edits());
        assertEquals(file.toAbsolutePath(), info.origin());
        AtomicReference<org.villageplanner.domain.PlanProject> now = new AtomicReference<>();
        robot.interact(() -> now.set(vm().session.project()));
        String expected = PlanFingerprint.of(now.get());
        assertEquals(expected, PlanFingerprint.of(services.projects().open(vm().recoveryFiles.projectFile())));
        assertTrue(vm().tasks.busy(), "the hung task is still there: saving did not wait for it");
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> vm().tasks.cancelAll());
        never.countDown();
    }

    @Test
    void enterSavesBecauseSaveIsTheDefault(FxRobot robot) throws Exception {
        openAndEdit(robot);
        AtomicReference<Boolean> goOn = new AtomicReference<>();
        Platform.runLater(() -> goOn.set(window.confirmDiscard("打开其他项目")));
        WaitForAsyncUtils.waitForFxEvents();
        DialogPane pane = robot.lookup("#savePrompt").queryAs(DialogPane.class);
        assertEquals(List.of("保存", "不保存", "取消"), List.of(button(robot, "#savePromptSave").getText(),
                button(robot, "#savePromptDontSave").getText(), button(robot, "#savePromptCancel").getText()));
        assertTrue(button(robot, "#savePromptSave").isDefaultButton());
        assertNotNull(pane);
        robot.press(KeyCode.ENTER).release(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> goOn.get() != null);
        assertTrue(goOn.get());
        assertFalse(vm().session.isDirty());
        assertTrue(services.projects().open(file).scenarios().stream()
                .allMatch(s -> s.cluster("east").isEmpty()), "the edit is in the file");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> vm().recoveryFiles.pending().isEmpty());
    }

    @Test
    void escCancelsAndKeepsTheEdits(FxRobot robot) throws Exception {
        openAndEdit(robot);
        AtomicReference<Boolean> goOn = new AtomicReference<>();
        Platform.runLater(() -> goOn.set(window.confirmDiscard("退出")));
        WaitForAsyncUtils.waitForFxEvents();
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> goOn.get() != null);
        assertFalse(goOn.get());
        assertTrue(vm().session.isDirty());
        assertTrue(services.projects().open(file).scenarios().stream().anyMatch(s -> s.cluster("east").isPresent()),
                "nothing was saved");
    }

    @Test
    void dontSaveGoesOnAndDropsTheRecoveryCopy(FxRobot robot) throws Exception {
        openAndEdit(robot);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> vm().recoveryFiles.pending().isPresent());
        AtomicReference<Boolean> goOn = new AtomicReference<>();
        Platform.runLater(() -> goOn.set(window.confirmDiscard("退出")));
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#savePromptDontSave");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> goOn.get() != null);
        assertTrue(goOn.get());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> vm().recoveryFiles.pending().isEmpty());
        assertTrue(services.projects().open(file).scenarios().stream().anyMatch(s -> s.cluster("east").isPresent()));
    }

    @Test
    void theRecoveryDialogSaysWhatWasRecoveredAndRestoresOnEnter(FxRobot robot) throws Exception {
        RecoveryFiles.Info info = new RecoveryFiles.Info(file, "龙山镇", java.time.Instant.parse("2026-12-06T03:15:00Z"),
                17);
        AtomicReference<Boolean> restore = new AtomicReference<>();
        Platform.runLater(() -> restore.set(RecoveryDialog.ask(window.view().getScene().getWindow(), info)));
        WaitForAsyncUtils.waitForFxEvents();
        DialogPane pane = robot.lookup("#recoveryDialog").queryAs(DialogPane.class);
        String text = pane.getContentText();
        assertTrue(text.contains(file.toString()), text);
        assertTrue(text.contains("龙山镇"), text);
        assertTrue(text.contains("17"), text);
        assertTrue(text.contains(java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
                .withZone(java.time.ZoneId.systemDefault()).format(info.lastEdit())), text);
        assertEquals("恢复", button(robot, "#recoveryRestore").getText());
        assertEquals("丢弃", button(robot, "#recoveryDiscard").getText());
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(null, restore.get(), "Esc does not decide for the planner");
        robot.press(KeyCode.ENTER).release(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> restore.get() != null);
        assertTrue(restore.get());
    }

    @Test
    void discardInTheRecoveryDialogIsAnExplicitChoice(FxRobot robot) throws Exception {
        RecoveryFiles.Info info = new RecoveryFiles.Info(null, "", java.time.Instant.now(), 3);
        AtomicReference<Boolean> restore = new AtomicReference<>();
        Platform.runLater(() -> restore.set(RecoveryDialog.ask(window.view().getScene().getWindow(), info)));
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#recoveryDiscard");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> restore.get() != null);
        assertFalse(restore.get());
    }

    private static Button button(FxRobot robot, String id) {
        Node n = robot.lookup(id).query();
        return (Button) n;
    }
}
