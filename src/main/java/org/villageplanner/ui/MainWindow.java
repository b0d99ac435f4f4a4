package org.villageplanner.ui;

import java.io.File;
import java.nio.file.Path;
import java.util.Locale;
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
import org.locationtech.jts.geom.Geometry;
import org.villageplanner.ui.common.I18n;
import org.villageplanner.ui.common.Confirm;
import org.villageplanner.ui.common.SavePrompt;

/**
 * The main window: owns the stage and its dialogs, rebuilds the view when the language changes, keeps the
 * title (file name and an asterisk for unsaved edits), accepts dropped .gpkg files, and asks Save / Don't Save /
 * Cancel before unsaved edits would be lost (the view model's auto-saver keeps them on disk meanwhile).
 */
public final class MainWindow implements WindowActions {
    static final String CSS = "/org/villageplanner/ui/planner.css";
    private final Stage stage;
    private final MainViewModel vm;
    private Geometry countyOutline;
    private MainView view;

    public MainWindow(Stage stage, MainViewModel vm, Geometry countyOutline) {
        this.stage = stage;
        this.vm = vm;
        this.countyOutline = countyOutline;
        vm.setErrorSink(this::error);
        vm.setDiscardGuard(this::confirmDiscard);
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
        vm.session.file.addListener(title);
        vm.session.dirty.addListener(title);
        vm.session.project.addListener(title);
        stage.setOnCloseRequest(e -> {
            if (!confirmDiscard(I18n.t("uisave.action.close"))) {
                e.consume();
            } else {
                closing();
            }
        });
        // A closed window lets go of its file, so another window can edit it.
        stage.addEventHandler(javafx.stage.WindowEvent.WINDOW_HIDDEN, e -> vm.editingLock.release());
        // Edits reach disk through vm.autoSaver within two seconds; these keys work wherever the focus is.
        WindowKeys.install(scene, vm, this);
        rebuild();
    }

    /** Adds the county outline read after the window was built (PlannerApp); it also survives a language switch. */
    public void setCountyOutline(Geometry outline) {
        countyOutline = outline;
        view.map().controller().outline.setOutline(outline);
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
        // Start on the map: Enter or Space must not press a toolbar button nobody chose.
        Platform.runLater(() -> view.map().canvas().requestFocus());
    }

    private void updateTitle() {
        Path f = vm.session.file.get();
        String name = f == null ? I18n.t("ui.title.untitled") : f.getFileName().toString();
        stage.setTitle((vm.session.isDirty() ? "*" : "") + name + " — " + I18n.t("ui.title.app"));
    }

    private void key(KeyEvent e) {
        if (e.getTarget() instanceof TextInputControl || e.isShortcutDown() || e.isAltDown()) {
            return;
        }
        switch (e.getCode()) {
            // Esc ends the current tool first; with no tool on it clears the selection (Edit menu).
            case ESCAPE -> {
                if (!vm.paintMode.get()) {
                    return;
                }
                vm.paintMode.set(false);
            }
            case F -> fitMap();
            case PLUS, EQUALS, ADD -> zoom(1.5);
            case MINUS, SUBTRACT -> zoom(1 / 1.5);
            case P -> vm.paintMode.set(!vm.paintMode.get());
            default -> {
                return;
            }
        }
        e.consume();
    }

    @Override
    public void openWithDialog() {
        if (!confirmDiscard(I18n.t("uisave.action.open"))) {
            return;
        }
        File f = chooser().showOpenDialog(stage);
        if (f != null) {
            vm.open(f.toPath());
        }
    }

    @Override
    public void open(Path file) {
        if (confirmDiscard(I18n.t("uisave.action.open"))) {
            vm.open(file);
        }
    }

    @Override
    public void save() {
        saveNow();
    }

    /** Saves (asking for a file when there is none) and waits; false when cancelled or failed. */
    boolean saveNow() {
        Path f = vm.session.file.get();
        if (f == null) {
            f = askSaveFile();
        } else if (vm.changedOnDisk() && !Confirm.overwriteChanged(stage, f)) {
            return false;
        }
        return f != null && waitFor(vm.saveAs(f));
    }

    /** Runs the event loop until {@code save} completes (the save itself runs on the saver thread). */
    private static boolean waitFor(java.util.concurrent.CompletableFuture<Boolean> save) {
        if (!save.isDone()) {
            Object key = new Object();
            save.whenComplete((ok, e) -> Platform.runLater(() -> Platform.exitNestedEventLoop(key, null)));
            Platform.enterNestedEventLoop(key);
        }
        return save.getNow(false);
    }

    @Override
    public void saveAsWithDialog() {
        Path f = askSaveFile();
        if (f != null) {
            vm.saveAs(f);
        }
    }

    /** The file chooser for Save As (the platform's chooser asks before replacing an existing file). */
    private Path askSaveFile() {
        FileChooser c = chooser();
        Path current = vm.session.file.get();
        if (current != null) {
            c.setInitialFileName(current.getFileName().toString());
        }
        File f = c.showSaveDialog(stage);
        if (f == null) {
            return null;
        }
        Path chosen = f.getName().endsWith(".gpkg") ? f.toPath() : Path.of(f.getPath() + ".gpkg");
        // The chooser asked about the name typed; a ".gpkg" added here may name another existing file.
        if (!chosen.equals(f.toPath()) && java.nio.file.Files.exists(chosen) && !Confirm.overwrite(stage, chosen)) {
            return null;
        }
        return chosen;
    }

    /** File > New: an empty project, after asking about unsaved work. */
    @Override
    public void newProject() {
        if (confirmDiscard(I18n.t("uisave.action.new"))) {
            vm.show(new org.villageplanner.domain.PlanProject(org.villageplanner.domain.ProjectInfo.untitled(),
                    java.util.List.of(), java.util.List.of()), null);
        }
    }

    @Override
    public void exit() {
        if (confirmDiscard(I18n.t("uisave.action.quit"))) {
            closing();
            Platform.exit();
        }
    }

    /** The window goes: stop background work, and put any unsaved edits the user kept on disk first. */
    private void closing() {
        vm.tasks.cancelAll();
        try {
            vm.autoSaver.flush();
        } catch (Exception e) {
            System.err.println("Could not write the recovery copy: " + e.getMessage());
        }
    }

    @Override
    public void switchLanguage(Locale locale) {
        org.villageplanner.ui.common.UiLanguage.switchTo(locale);
        vm.settings.setLanguage(locale);
        vm.status.set(I18n.t("ui.status.language"));
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
        String source = vm.session.project() == null ? "" : vm.session.project().info()
                .source(org.villageplanner.domain.Messages.locale());
        Alert a = new Alert(Alert.AlertType.INFORMATION, I18n.t("ui.help.aboutText", source) + "\n\n"
                + AboutInfo.text(), ButtonType.OK);
        a.getDialogPane().setId("aboutDialog");
        a.setHeaderText(I18n.t("ui.title.app"));
        a.initOwner(stage);
        a.show();
    }

    @Override
    public void duplicateScenarioWithDialog() {
        if (vm.session.scenario() == null) {
            return;
        }
        javafx.scene.control.TextInputDialog d = new javafx.scene.control.TextInputDialog(
                I18n.t("ui.scenario.copyName", vm.session.scenario().name()));
        d.initOwner(stage);
        d.setHeaderText(I18n.t("ui.menu.duplicateScenario"));
        d.getDialogPane().setId("duplicateDialog");
        d.showAndWait().ifPresent(vm::duplicateScenario);
    }

    @Override
    public void suggestWithDialog() {
        if (vm.session.scenario() != null) {
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

    /**
     * Before {@code action} would lose unsaved edits: Save / Don't Save / Cancel. True to go on (saved, or the user
     * chose to discard, in which case the recovery copy goes too); false to stay.
     */
    public boolean confirmDiscard(String action) {
        if (!vm.session.isDirty()) {
            return true;
        }
        Path f = vm.session.file.get();
        String name = f == null ? I18n.t("ui.title.untitled") : f.getFileName().toString();
        return switch (SavePrompt.ask(stage, name, action)) {
            case SAVE -> saveNow();
            case DONT_SAVE -> {
                vm.discardUnsaved();
                yield true;
            }
            case CANCEL -> false;
        };
    }

    private FileChooser chooser() {
        FileChooser c = new FileChooser();
        c.getExtensionFilters().add(new FileChooser.ExtensionFilter(I18n.t("ui.dialog.gpkgFilter"), "*.gpkg"));
        Path current = vm.session.file.get();
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
