package org.villageplanner.ui;

import static org.villageplanner.ui.common.Controls.item;

import java.nio.file.Path;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import org.villageplanner.domain.Messages;
import org.villageplanner.ui.common.I18n;
import org.villageplanner.ui.importing.DialogMenus;

/** The menu bar: File, Edit, View (with Language), Help. Shortcuts are listed in Help > Keyboard shortcuts. */
final class MainMenus {
    private MainMenus() {
    }

    static MenuBar build(MainViewModel vm, WindowActions actions) {
        Menu file = menu("fileMenu", "ui.menu.file",
                item("newItem", "uisave.menu.new", "Shortcut+N", actions::newProject),
                item("openItem", "ui.menu.open", "Shortcut+O", actions::openWithDialog),
                recent(vm, actions),
                new SeparatorMenuItem(),
                item("saveItem", "ui.menu.save", "Shortcut+S", actions::save),
                item("saveAsItem", "ui.menu.saveAs", "Shortcut+Shift+S", actions::saveAsWithDialog),
                new SeparatorMenuItem(),
                org.villageplanner.ui.layers.LayersView.menuItem(vm),
                org.villageplanner.ui.layers.BasemapMenu.setItem(vm),
                org.villageplanner.ui.layers.BasemapMenu.clearItem(vm),
                org.villageplanner.ui.settings.ProjectSettingsView.menuItem(vm),
                new SeparatorMenuItem(),
                item("exitItem", "ui.menu.exit", "Shortcut+Q", actions::exit));
        MenuItem undo = item("undoItem", "ui.menu.undo", "Shortcut+Z", () -> vm.session.undo.undo());
        undo.disableProperty().bind(vm.session.undo.canUndoProperty().not());
        MenuItem redo = item("redoItem", "ui.menu.redo", "Shortcut+Y", () -> vm.session.undo.redo());
        // Ctrl+Shift+Z (Cmd+Shift+Z on macOS) redoes too; WindowKeys adds it to the scene.
        redo.disableProperty().bind(vm.session.undo.canRedoProperty().not());
        Menu edit = menu("editMenu", "ui.menu.edit", undo, redo, new SeparatorMenuItem(),
                item("suggestItem", "ui.menu.suggest", "Shortcut+G", actions::suggestWithDialog),
                item("duplicateScenarioItem", "ui.menu.duplicateScenario", "Shortcut+D",
                        actions::duplicateScenarioWithDialog),
                new SeparatorMenuItem(),
                item("clearSelectionItem", "ui.menu.clearSelection", "Esc", () -> vm.select(null, false)));
        Menu language = menu("languageMenu", "ui.menu.language");
        ToggleGroup group = new ToggleGroup();
        RadioMenuItem zh = new RadioMenuItem("中文");
        zh.setId("chineseItem");
        RadioMenuItem en = new RadioMenuItem("English");
        en.setId("englishItem");
        zh.setToggleGroup(group);
        en.setToggleGroup(group);
        (I18n.chinese() ? zh : en).setSelected(true);
        zh.setOnAction(e -> actions.switchLanguage(Messages.CHINESE));
        en.setOnAction(e -> actions.switchLanguage(Messages.ENGLISH));
        language.getItems().addAll(zh, en);
        Menu view = menu("viewMenu", "ui.menu.view",
                item("fitItem", "ui.menu.fit", null, actions::fitMap),
                item("zoomInItem", "ui.menu.zoomIn", null, () -> actions.zoom(1.5)),
                item("zoomOutItem", "ui.menu.zoomOut", null, () -> actions.zoom(1 / 1.5)),
                new SeparatorMenuItem(),
                toggle("outlineItem", "ui.menu.countyOutline", vm.showCountyOutline),
                toggle("labelsItem", "ui.menu.labels", vm.showLabels),
                toggle("clusterBordersItem", "ui.menu.clusterBorders", vm.showClusterBorders),
                toggle("projectsItem", "ui.menu.projects", vm.showProjects),
                org.villageplanner.ui.layers.LayersView.cutLinksItem(vm),
                new SeparatorMenuItem(), language);
        Menu help = menu("helpMenu", "ui.menu.help",
                item("shortcutsItem", "ui.menu.shortcuts", "F1", actions::showShortcuts),
                item("aboutItem", "ui.menu.about", null, actions::showAbout));
        MenuBar bar = new MenuBar(file, edit, view, help);
        bar.setId("menuBar");
        DialogMenus.install(bar, vm);
        return bar;
    }

    private static Menu recent(MainViewModel vm, WindowActions actions) {
        Menu recent = menu("recentMenu", "ui.menu.recent");
        Runnable fill = () -> {
            recent.getItems().clear();
            for (Path p : vm.settings.recentFiles()) {
                MenuItem i = new MenuItem(p.getFileName() + "  —  " + p.getParent());
                i.setOnAction(e -> actions.open(p));
                recent.getItems().add(i);
            }
            if (recent.getItems().isEmpty()) {
                MenuItem none = new MenuItem(I18n.t("ui.menu.recentNone"));
                none.setDisable(true);
                recent.getItems().add(none);
            }
        };
        fill.run();
        recent.setOnShowing(e -> fill.run());
        vm.session.file.addListener(o -> fill.run());
        return recent;
    }

    private static CheckMenuItem toggle(String id, String key, javafx.beans.property.BooleanProperty shown) {
        CheckMenuItem i = new CheckMenuItem(I18n.t(key));
        i.setId(id);
        i.selectedProperty().bindBidirectional(shown);
        return i;
    }

    private static Menu menu(String id, String key, MenuItem... items) {
        Menu m = new Menu(I18n.t(key), null, items);
        m.setId(id);
        return m;
    }
}
