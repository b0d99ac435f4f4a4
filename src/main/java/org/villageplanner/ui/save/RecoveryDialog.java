package org.villageplanner.ui.save;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;
import org.villageplanner.ui.common.I18n;

/**
 * Shown at start when the last session ended with unsaved edits: which project, when it was last edited and how
 * many edits the copy holds, with Restore (the default) or Discard. There is no third way out: the dialog cannot be
 * closed without a choice, so nothing is restored or thrown away silently.
 */
public final class RecoveryDialog {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT)
            .withZone(ZoneId.systemDefault());

    private RecoveryDialog() {
    }

    /** The dialog for {@code info}, not yet shown. */
    public static Alert create(Window owner, RecoveryFiles.Info info) {
        ButtonType restore = new ButtonType(I18n.t("uisave.recovery.restore"), ButtonBar.ButtonData.YES);
        // Not ButtonData.NO: JavaFX treats NO as a cancel button, and Esc or the close box would then discard.
        ButtonType discard = new ButtonType(I18n.t("uisave.recovery.discard"), ButtonBar.ButtonData.OTHER);
        String project = info.origin() == null ? I18n.t("ui.title.untitled") : info.origin().toString();
        String title = info.title() == null || info.title().isBlank() ? "—" : info.title();
        String edits = info.edits() < 0 ? I18n.t("uisave.recovery.unknownEdits") : Integer.toString(info.edits());
        String text = I18n.t("uisave.recovery.text", project, title, TIME.format(info.lastEdit()), edits);
        Alert a = new Alert(Alert.AlertType.CONFIRMATION, text, restore, discard);
        a.setTitle(I18n.t("ui.title.app"));
        a.setHeaderText(I18n.t("uisave.recovery.header"));
        a.getDialogPane().setId("recoveryDialog");
        a.getDialogPane().setMinWidth(560);
        Button r = (Button) a.getDialogPane().lookupButton(restore);
        r.setId("recoveryRestore");
        r.setDefaultButton(true);
        Button d = (Button) a.getDialogPane().lookupButton(discard);
        d.setId("recoveryDiscard");
        d.setDefaultButton(false);
        if (owner != null && owner.isShowing()) {
            a.initOwner(owner);
        }
        return a;
    }

    /** Shows the dialog and waits: true to restore, false to discard. */
    public static boolean ask(Window owner, RecoveryFiles.Info info) {
        return create(owner, info).showAndWait().map(b -> b.getButtonData() == ButtonBar.ButtonData.YES).orElse(true);
    }
}
