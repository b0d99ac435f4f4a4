package org.villageplanner.ui.importing;

import javafx.scene.control.ButtonBar;
import javafx.stage.Window;
import org.villageplanner.ui.common.Confirm;
import org.villageplanner.ui.common.I18n;

/**
 * The questions before an import changes anything: into a new project, the open project's unsaved edits would go
 * (Save / Don't Save / Cancel); into the open project, its villages are added or updated (confirm, undoable).
 */
final class ImportConfirm {
    private ImportConfirm() {
    }

    static void thenRun(ImportViewModel vm, Window owner) {
        if (vm.intoNewProject()) {
            if (!vm.main.confirmDiscard(I18n.t("uisave.action.import"))) {
                return;
            }
        } else {
            String name = vm.main.session.file.get() == null ? I18n.t("ui.title.untitled")
                    : vm.main.session.file.get().getFileName().toString();
            boolean go = Confirm.create(owner, "importConfirmDialog", I18n.t("uisave.import.header", name),
                    I18n.t("uisave.import.text", vm.main.session.project().villages().size()),
                    I18n.t("uisave.import.confirm")).showAndWait()
                    .filter(b -> b.getButtonData() == ButtonBar.ButtonData.OK_DONE).isPresent();
            if (!go) {
                return;
            }
        }
        vm.runImport();
    }
}
