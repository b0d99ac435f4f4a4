package org.villageplanner.ui;

import javafx.scene.Scene;
import javafx.scene.input.KeyCombination;

/**
 * Shortcuts that the menus do not already carry: Shortcut+Shift+Z for redo (Cmd on macOS, Ctrl elsewhere). Scene
 * accelerators work wherever the focus is (map, table, inspector) unless a text field uses the key itself.
 */
final class WindowKeys {
    private WindowKeys() {
    }

    static void install(Scene scene, MainViewModel vm, WindowActions actions) {
        scene.getAccelerators().put(KeyCombination.keyCombination("Shortcut+Shift+Z"), () -> {
            if (vm.session.undo.canRedoProperty().get()) {
                vm.session.undo.redo();
            }
        });
    }
}
