package org.villageplanner.ui;

import java.io.File;
import java.nio.file.Path;
import java.util.Locale;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Platform;
import javafx.beans.InvalidationListener;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.TransferMode;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.locationtech.jts.geom.Geometry;
import org.villageplanner.domain.Messages;
import org.villageplanner.ui.common.I18n;

/**
 * The main window: owns the stage and its dialogs, rebuilds the view when the language changes, keeps the
 * title (file name and an asterisk for unsaved edits), accepts dropped .gpkg files and autosaves a recovery
 * copy every minute while there are unsaved edits.
 */
public final class MainWindow implements WindowActions {
    static final String CSS = "/org/villageplanner/ui/planner.css";
    private final Stage stage;
    private final MainViewModel vm;
    private final Geometry countyOutline;
    private MainView view;

    public MainWindow(Stage stage, MainViewModel vm, Geometry countyOutline) {
        this.stage = stage;
        this.vm = vm;
        this.countyOutline = countyOutline;
        vm.setErrorSink(this::error);
        // Never larger than the screen (a headless Monocle screen is 1280×800 and overflows otherwise).
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(new javafx.scene.layout.Pane(), Math.min(1440, screen.getWidth()),
                Math.min(900, screen.getHeight()));
        scene.getStylesheets().add(getClass().getResource(CSS).toExternalForm());
        scene.addEventHandler(KeyEvent.KEY_PRESSED, this::key);
        scene.setOnDragOver(e -> {
            if (e.getDragboard().hasFiles()) {
                e.acceptTransferModes(TransferMode.COPY);
            }
            e.consume();
        });
        scene.setOnDragDropped(e -> {
            e.getDragboard().getFiles().stream().filter(f -> f.getName().endsWith(".gpkg")).findFirst()
                    .ifPresent(f -> open(f.toPath()));
            e.setDropCompleted(true);
            e.consume();
        });
        stage.setScene(scene);
        InvalidationListener title = o -> updateTitle();
        vm.session().fileProperty().addListener(title);
        vm.session().dirtyProperty().addListener(title);
        vm.session().projectProperty().addListener(title);
        stage.setOnCloseRequest(e -> {
            if (!confirmDiscard()) {
                e.consume();
            }
        });
        Timeline autosave = new Timeline(new KeyFrame(Duration.minutes(1), e -> vm.autosave()));
        autosave.setCycleCount(Timeline.INDEFINITE);
        autosave.play();
        rebuild();
    }

    public MainView view() {
        return view;
    }

    public MainViewModel viewModel() {
        return vm;
    }

    private void rebuild() {
        view = new MainView(vm, this, countyOutline);
        stage.getScene().setRoot(view);
        updateTitle();
    }

    private void updateTitle() {
        Path f = vm.session().fileProperty().get();
        String name = f == null ? I18n.t("ui.title.untitled") : f.getFileName().toString();
        stage.setTitle((vm.session().isDirty() ? "*" : "") + name + " — " + I18n.t("ui.title.app"));
    }

    private void key(KeyEvent e) {
        if (e.getTarget() instanceof TextInputControl || e.isShortcutDown() || e.isAltDown()) {
            return;
        }
        switch (e.getCode()) {
            case F -> fitMap();
            case PLUS, EQUALS, ADD -> zoom(1.5);
            case MINUS, SUBTRACT -> zoom(1 / 1.5);
            case P -> vm.paintModeProperty().set(!vm.paintModeProperty().get());
            default -> {
                return;
            }
        }
        e.consume();
    }

    @Override
    public void openWithDialog() {
        if (!confirmDiscard()) {
            return;
        }
        File f = chooser().showOpenDialog(stage);
        if (f != null) {
            vm.open(f.toPath());
        }
    }

    @Override
    public void open(Path file) {
        if (confirmDiscard()) {
            vm.open(file);
        }
    }

    @Override
    public void save() {
        if (!vm.save()) {
            saveAsWithDialog();
        }
    }

    @Override
    public void saveAsWithDialog() {
        FileChooser c = chooser();
        Path current = vm.session().fileProperty().get();
        if (current != null) {
            c.setInitialFileName(current.getFileName().toString());
        }
        File f = c.showSaveDialog(stage);
        if (f != null) {
            vm.saveAs(f.getName().endsWith(".gpkg") ? f.toPath() : Path.of(f.getPath() + ".gpkg"));
        }
    }

    @Override
    public void exit() {
        if (confirmDiscard()) {
            Platform.exit();
        }
    }

    @Override
    public void switchLanguage(Locale locale) {
        Messages.setLocale(locale);
        vm.statusProperty().set(I18n.t("ui.status.language"));
        rebuild();
    }

    @Override
    public void showShortcuts() {
        Alert a = new Alert(Alert.AlertType.INFORMATION, I18n.t("ui.help.shortcutsText"), ButtonType.OK);
        a.setHeaderText(I18n.t("ui.menu.shortcuts"));
        a.initOwner(stage);
        a.show();
    }

    @Override
    public void showAbout() {
        String source = vm.session().project() == null ? "" : vm.session().project().info()
                .source(org.villageplanner.domain.Messages.locale());
        Alert a = new Alert(Alert.AlertType.INFORMATION, I18n.t("ui.help.aboutText", source), ButtonType.OK);
        a.setHeaderText(I18n.t("ui.title.app"));
        a.initOwner(stage);
        a.show();
    }

    @Override
    public void duplicateScenarioWithDialog() {
        if (vm.session().scenario() == null) {
            return;
        }
        javafx.scene.control.TextInputDialog d = new javafx.scene.control.TextInputDialog(
                I18n.t("ui.scenario.copyName", vm.session().scenario().name()));
        d.initOwner(stage);
        d.setHeaderText(I18n.t("ui.menu.duplicateScenario"));
        d.getDialogPane().setId("duplicateDialog");
        d.showAndWait().ifPresent(vm::duplicateScenario);
    }

    @Override
    public void suggestWithDialog() {
        if (vm.session().scenario() != null) {
            org.villageplanner.ui.suggest.SuggestDialog.show(vm, stage);
        }
    }

    @Override
    public void fitMap() {
        view.map().controller().fit();
    }

    @Override
    public void zoom(double factor) {
        view.map().canvas().zoom(factor);
    }

    private boolean confirmDiscard() {
        if (!vm.session().isDirty()) {
            return true;
        }
        Alert a = new Alert(Alert.AlertType.CONFIRMATION, I18n.t("ui.dialog.discardText"), ButtonType.YES,
                ButtonType.NO);
        a.setHeaderText(I18n.t("ui.dialog.discardTitle"));
        a.initOwner(stage);
        return a.showAndWait().filter(b -> b == ButtonType.YES).isPresent();
    }

    private FileChooser chooser() {
        FileChooser c = new FileChooser();
        c.getExtensionFilters().add(new FileChooser.ExtensionFilter(I18n.t("ui.dialog.gpkgFilter"), "*.gpkg"));
        Path current = vm.session().fileProperty().get();
        if (current != null && current.toAbsolutePath().getParent() != null) {
            c.setInitialDirectory(current.toAbsolutePath().getParent().toFile());
        }
        return c;
    }

    private void error(String text) {
        Alert a = new Alert(Alert.AlertType.ERROR, text, ButtonType.OK);
        a.setHeaderText(I18n.t("ui.dialog.errorTitle"));
        a.getDialogPane().setId("errorDialog");
        if (stage.isShowing()) {
            a.initOwner(stage);
        }
        a.show();
    }
}
