package org.villageplanner.ui;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.villageplanner.service.LockHolder;
import org.villageplanner.ui.common.I18n;

/**
 * The bar under the toolbar while the open file is read-only because another window or program holds its write
 * lock: who holds it (app or command, process, host, since when) and a Save As button. Hidden otherwise.
 */
public final class ReadOnlyBanner extends HBox {
    private final Label text = new Label();

    public ReadOnlyBanner(EditingLock lock, Runnable saveAs) {
        setId("read-only-banner");
        setSpacing(12);
        setPadding(new Insets(6, 12, 6, 12));
        setAlignment(Pos.CENTER_LEFT);
        setStyle("-fx-background-color: #fff3cd; -fx-border-color: #e0c36a; -fx-border-width: 0 0 1 0;");
        text.setWrapText(true);
        text.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(text, Priority.ALWAYS);
        Button button = new Button(I18n.t("ui.readOnly.saveAs"));
        button.setId("read-only-save-as");
        button.setOnAction(e -> saveAs.run());
        getChildren().addAll(text, button);
        lock.readOnlyProperty().addListener((o, was, now) -> show(now));
        show(lock.readOnlyProperty().get());
    }

    private void show(EditingLock.ReadOnly r) {
        setVisible(r != null);
        setManaged(r != null);
        if (r != null) {
            text.setText(describe(r));
        }
    }

    static String describe(EditingLock.ReadOnly r) {
        LockHolder h = r.holder();
        String name = r.file().getFileName().toString();
        return h == null ? I18n.t("ui.readOnly.unknown", name)
                : I18n.t("ui.readOnly.held", name, h.app(), String.valueOf(h.pid()), h.host(),
                        java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
                                .withZone(java.time.ZoneId.systemDefault()).format(h.since()));
    }
}
