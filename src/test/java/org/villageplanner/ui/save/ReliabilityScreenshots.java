package org.villageplanner.ui.save;

import static org.villageplanner.ui.ScreenshotSupport.fx;
import static org.villageplanner.ui.ScreenshotSupport.waitUntil;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.application.Platform;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.villageplanner.Main;
import org.villageplanner.domain.Messages;
import org.villageplanner.ui.MainViewModel;
import org.villageplanner.ui.MainWindow;
import org.villageplanner.ui.PaintBrush;
import org.villageplanner.ui.PlannerApp;
import org.villageplanner.ui.common.AppSettings;

/**
 * Screenshots of the recovery dialog and the save question, taken of the whole X screen (run under Xvfb):
 * {@code xvfb-run -a -s "-screen 0 1600x1000x24" java -cp target/planner.jar:target/test-classes
 * org.villageplanner.ui.save.ReliabilityScreenshots samples/longshan.gpkg docs/screenshots}. The project is copied
 * first; the copy gets a real edit, the real auto-saver writes the recovery copy, and the dialogs show its figures.
 */
public final class ReliabilityScreenshots {
    private static MainWindow window;
    private static Stage stage;

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args[1]);
        Files.createDirectories(out);
        Path work = Files.createTempDirectory("vcp-shots");
        Path file = work.resolve("龙山镇规划.gpkg");
        Files.copy(Path.of(args[0]), file);
        Messages.setLocale(Messages.CHINESE);
        Platform.startup(() -> { });
        fx(() -> {
            stage = new Stage();
            window = PlannerApp.create(stage, Main.services(), new AppSettings(work.resolve("settings")));
            stage.setX(0);
            stage.setY(0);
            stage.setWidth(1600);
            stage.setHeight(1000);
            stage.show();
            window.viewModel().open(file);
        });
        MainViewModel vm = window.viewModel();
        waitUntil(() -> vm.session.project() != null && vm.runningProperty().get() == null);
        // Three real edits: two paint strokes and an undo-able rename of the scenario's first cluster.
        fx(() -> {
            vm.brush.targetProperty().set(PaintBrush.NEW_CLUSTER);
            List.of(0, 1).forEach(i -> vm.brush.paint(vm.session.project().villages().get(i).code(), false));
            vm.brush.endStroke();
            vm.brush.paint(vm.session.project().villages().get(2).code(), false);
            vm.brush.endStroke();
            var c = vm.session.scenario().clusters().get(0);
            vm.session.edit(vm.session.scenario().withCluster(c.withName(c.name() + "（调整）")), "rename");
        });
        waitUntil(() -> vm.recoveryFiles.pending().map(i -> i.edits() == 3).orElse(false));

        Platform.runLater(() -> window.confirmDiscard(org.villageplanner.ui.common.I18n.t("uisave.action.quit")));
        waitUntil(() -> dialogShowing("savePrompt"));
        Thread.sleep(1500);
        screen(out.resolve("save-prompt.png"));
        fx(() -> close("savePrompt"));

        RecoveryFiles.Info info = vm.recoveryFiles.pending().orElseThrow();
        Platform.runLater(() -> RecoveryDialog.ask(stage, info));
        waitUntil(() -> dialogShowing("recoveryDialog"));
        Thread.sleep(1500);
        screen(out.resolve("recovery-dialog.png"));
        Platform.exit();
        System.exit(0);
    }

    private static boolean dialogShowing(String id) {
        return Window.getWindows().stream().anyMatch(w -> w.getScene() != null && w.getScene().getRoot() != null
                && id.equals(w.getScene().getRoot().getId()));
    }

    private static void close(String id) {
        Window.getWindows().stream().filter(w -> w.getScene() != null && id.equals(w.getScene().getRoot().getId()))
                .findFirst().ifPresent(w -> {
                    javafx.scene.control.DialogPane pane = (javafx.scene.control.DialogPane) w.getScene().getRoot();
                    ((javafx.scene.control.Button) pane.lookupButton(pane.getButtonTypes().get(2))).fire();
                });
    }

    /** The whole X screen, as a person at it would see it. */
    private static void screen(Path png) throws Exception {
        Process p = new ProcessBuilder("import", "-window", "root", png.toString()).inheritIO().start();
        p.waitFor();
        System.out.println("wrote " + png);
    }
}
