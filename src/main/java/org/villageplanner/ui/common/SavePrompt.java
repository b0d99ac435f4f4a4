package org.villageplanner.ui.common;

import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

/**
 * The question asked before unsaved work would be lost (Open, New, import into a new project, close, quit, ...):
 * Save / Don't Save / Cancel, with Save the default button (Enter) and Cancel the cancel button (Esc, closing the
 * dialog). A reflex Enter therefore keeps the work.
 */
public final class SavePrompt {
    /** The user's answer. */
    public enum Choice { SAVE, DONT_SAVE, CANCEL }


    private SavePrompt() {
    }

    /** Builds the dialog (not shown); {@code document} names the plan, {@code action} what would discard it. */
    public static Alert create(Window owner, String document, String action) {
        ButtonType save = new ButtonType(I18n.t("uisave.prompt.save"), ButtonBar.ButtonData.YES);
        ButtonType dontSave = new ButtonType(I18n.t("uisave.prompt.dontSave"), ButtonBar.ButtonData.NO);
        ButtonType cancel = new ButtonType(I18n.t("uisave.prompt.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert a = new Alert(Alert.AlertType.WARNING, I18n.t("uisave.prompt.text", action), save, dontSave, cancel);
        a.setTitle(I18n.t("ui.title.app"));
        a.setHeaderText(I18n.t("uisave.prompt.header", document));
        a.getDialogPane().setId("savePrompt");
        ids(a, save, "savePromptSave", true);
        ids(a, dontSave, "savePromptDontSave", false);
        ids(a, cancel, "savePromptCancel", false);
        if (owner != null && owner.isShowing()) {
            a.initOwner(owner);
        }
        return a;
    }

    /** Shows the dialog and waits; closing it any other way than a button is Cancel. */
    public static Choice ask(Window owner, String document, String action) {
        Alert a = create(owner, document, action);
        return a.showAndWait().map(b -> choice(b)).orElse(Choice.CANCEL);
    }

    /** The choice a button of {@link #create}'s dialog stands for. */
    public static Choice choice(ButtonType b) {
        return switch (b.getButtonData()) {
            case YES -> Choice.SAVE;
            case NO -> Choice.DONT_SAVE;
            default -> Choice.CANCEL;
        };
    }

    private static void ids(Alert a, ButtonType type, String id, boolean isDefault) {
        Button b = (Button) a.getDialogPane().lookupButton(type);
        b.setId(id);
        b.setDefaultButton(isDefault);
        b.setCancelButton(type.getButtonData() == ButtonBar.ButtonData.CANCEL_CLOSE);
    }
}
