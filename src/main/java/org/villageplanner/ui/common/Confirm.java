package org.villageplanner.ui.common;

import java.nio.file.Path;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

/** Questions asked before a file is written over; Cancel is the default answer, so Enter never overwrites. */
public final class Confirm {
    private Confirm() {
    }

    /** {@code file} exists: replace it? */
    public static boolean overwrite(Window owner, Path file) {
        return ask(owner, "overwriteDialog", I18n.t("uisave.overwrite.header", file.getFileName()),
                I18n.t("uisave.overwrite.text", file.toAbsolutePath()));
    }

    /** {@code file} was changed on disk since this window opened or saved it: write over it anyway? */
    public static boolean overwriteChanged(Window owner, Path file) {
        return ask(owner, "changedOnDiskDialog", I18n.t("uisave.changed.header", file.getFileName()),
                I18n.t("uisave.changed.text", file.toAbsolutePath()));
    }

    /** A yes/no question with {@code yes} as the confirming button; Cancel is the default. */
    public static Alert create(Window owner, String id, String header, String text, String yes) {
        ButtonType replace = new ButtonType(yes, ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(I18n.t("uisave.prompt.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert a = new Alert(Alert.AlertType.WARNING, text, replace, cancel);
        a.setTitle(I18n.t("ui.title.app"));
        a.setHeaderText(header);
        a.getDialogPane().setId(id);
        ((Button) a.getDialogPane().lookupButton(replace)).setDefaultButton(false);
        Button c = (Button) a.getDialogPane().lookupButton(cancel);
        c.setDefaultButton(true);
        c.setId(id + "Cancel");
        ((Button) a.getDialogPane().lookupButton(replace)).setId(id + "Confirm");
        if (owner != null && owner.isShowing()) {
            a.initOwner(owner);
        }
        return a;
    }

    private static boolean ask(Window owner, String id, String header, String text) {
        return create(owner, id, header, text, I18n.t("uisave.overwrite.replace")).showAndWait()
                .filter(b -> b.getButtonData() == ButtonBar.ButtonData.OK_DONE).isPresent();
    }
}
