package org.villageplanner.ui;

import static org.villageplanner.ui.ScreenshotSupport.fx;
import static org.villageplanner.ui.ScreenshotSupport.shot;
import static org.villageplanner.ui.ScreenshotSupport.waitUntil;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.application.Platform;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
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
        waitUntil(() -> window.viewModel().session.project() != null && window.viewModel().runningProperty().get() == null);
        MainViewModel vm = window.viewModel();
        fx(() -> vm.select(code(vm, "徐福村"), false));
        shot(stage.getScene(), out.resolve("main-window.png"));

        fx(() -> {
            sideTab(1);
            vm.select(code(vm, "田央村"), false);
        });
        shot(stage.getScene(), out.resolve("cluster-inspector.png"));

        fx(() -> {
            vm.paintMode.set(true);
            vm.brush.targetProperty().set(PaintBrush.NEW_CLUSTER);
            for (String name : List.of("东渡村", "太平闸村", "山下村")) {
                vm.brush.paint(code(vm, name), false);
            }
            vm.brush.endStroke();
            vm.selection.clear();
        });
        shot(stage.getScene(), out.resolve("paint-mode.png"));

        fx(() -> {
            sideTab(2);
            vm.brush.paint(code(vm, "龙头场村"), false);
            vm.brush.endStroke();
        });
        shot(stage.getScene(), out.resolve("validation.png"));

        fx(() -> {
            vm.session.undo.undo();
            vm.session.undo.undo();
            vm.paintMode.set(false);
            sideTab(0);
            vm.colourBy.set(VillageField.OPERATING_INCOME);
            vm.select(code(vm, "田央村"), false);
        });
        shot(stage.getScene(), out.resolve("choropleth.png"));

        fx(() -> {
            vm.colourBy.set(null);
            vm.select(null, false);
            sideTab(0);
            window.switchLanguage(Messages.ENGLISH);
            vm.select(code(vm, "徐福村"), false);
        });
        shot(stage.getScene(), out.resolve("main-window-en.png"));
        Platform.exit();
    }

    private static void sideTab(int index) {
        ((TabPane) stage.getScene().lookup("#sideTabs")).getSelectionModel().select(index);
    }

    private static String code(MainViewModel vm, String name) {
        return vm.session.project().villages().stream().filter(v -> v.name().equals(name)).map(Village::code)
                .findFirst().orElseThrow(() -> new IllegalArgumentException("no village " + name));
    }
}
