package org.villageplanner.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.villageplanner.Main;
import org.villageplanner.domain.Messages;
import org.villageplanner.domain.Village;
import org.villageplanner.service.VillageField;
import org.villageplanner.ui.common.AppSettings;

/**
 * Takes the screenshots of docs/screenshots from the real window (run under Xvfb, see docs/user-guide.md):
 * {@code java -cp target/planner.jar:target/test-classes org.villageplanner.ui.ScreenshotTour FILE OUTDIR}.
 */
public final class ScreenshotTour {
    private static MainWindow window;
    private static Stage stage;

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        Path out = Path.of(args[1]);
        Files.createDirectories(out);
        Messages.setLocale(Messages.CHINESE);
        Platform.startup(() -> { });
        fx(() -> {
            stage = new Stage();
            window = PlannerApp.create(stage, Main.services(), new AppSettings(Path.of("target/tour-settings")));
            stage.setWidth(1600);
            stage.setHeight(1000);
            stage.show();
            window.viewModel().open(file);
        });
        waitUntil(() -> window.viewModel().session().project() != null && window.viewModel().runningProperty().get() == null);
        MainViewModel vm = window.viewModel();
        fx(() -> vm.select(code(vm, "徐福村"), false));
        shot(out.resolve("main-window.png"));

        fx(() -> {
            sideTab(1);
            vm.select(code(vm, "田央村"), false);
        });
        shot(out.resolve("cluster-inspector.png"));

        fx(() -> {
            vm.paintModeProperty().set(true);
            vm.brush().targetProperty().set(PaintBrush.NEW_CLUSTER);
            for (String name : List.of("东渡村", "太平闸村", "山下村")) {
                vm.brush().paint(code(vm, name), false);
            }
            vm.brush().endStroke();
            vm.selection().clear();
        });
        shot(out.resolve("paint-mode.png"));

        fx(() -> {
            sideTab(2);
            vm.brush().paint(code(vm, "龙头场村"), false);
            vm.brush().endStroke();
        });
        shot(out.resolve("validation.png"));

        fx(() -> {
            vm.session().undo().undo();
            vm.session().undo().undo();
            vm.paintModeProperty().set(false);
            sideTab(0);
            vm.colourByProperty().set(VillageField.OPERATING_INCOME);
            vm.select(code(vm, "田央村"), false);
        });
        shot(out.resolve("choropleth.png"));

        fx(() -> {
            vm.colourByProperty().set(null);
            vm.select(null, false);
            sideTab(0);
            window.switchLanguage(Messages.ENGLISH);
            vm.select(code(vm, "徐福村"), false);
        });
        shot(out.resolve("main-window-en.png"));
        Platform.exit();
    }

    private static void sideTab(int index) {
        ((TabPane) stage.getScene().lookup("#sideTabs")).getSelectionModel().select(index);
    }

    private static String code(MainViewModel vm, String name) {
        return vm.session().project().villages().stream().filter(v -> v.name().equals(name)).map(Village::code)
                .findFirst().orElseThrow(() -> new IllegalArgumentException("no village " + name));
    }

    private static void shot(Path png) throws Exception {
        Thread.sleep(1500);
        fx(() -> {
            try {
                ImageIO.write(SwingFXUtils.fromFXImage(stage.getScene().snapshot(null), null), "png", png.toFile());
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        System.out.println("wrote " + png);
    }

    private static void fx(Runnable r) throws InterruptedException {
        CountDownLatch done = new CountDownLatch(1);
        Platform.runLater(() -> {
            try {
                r.run();
            } finally {
                done.countDown();
            }
        });
        done.await(60, TimeUnit.SECONDS);
    }

    private static void waitUntil(java.util.function.BooleanSupplier condition) throws InterruptedException {
        for (int i = 0; i < 600; i++) {
            boolean[] ok = new boolean[1];
            fx(() -> ok[0] = condition.getAsBoolean());
            if (ok[0]) {
                return;
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("timed out waiting for the project to open");
    }

}
