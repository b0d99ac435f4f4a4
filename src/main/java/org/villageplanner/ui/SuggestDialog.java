package org.villageplanner.ui;

import java.util.List;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.villageplanner.cluster.SizeBounds;
import org.villageplanner.cluster.SuggestionRequest;
import org.villageplanner.domain.ClusterType;
import org.villageplanner.ui.common.I18n;

/**
 * Asks what to suggest: the cluster type (enclaves are planned by hand) and the size bounds. Locked clusters of
 * the scenario are always kept. Returns the request, or null when cancelled.
 */
final class SuggestDialog {
    private SuggestDialog() {
    }

    static SuggestionRequest ask(Window owner, List<String> lockedIds) {
        Dialog<SuggestionRequest> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle(I18n.t("ui.suggest.title"));
        d.setHeaderText(I18n.t("ui.suggest.header"));
        d.getDialogPane().setId("suggestDialog");
        ComboBox<ClusterType> type = new ComboBox<>();
        type.setId("suggestType");
        type.getItems().setAll(ClusterType.STRONG_HELPS_WEAK, ClusterType.COMPLEMENTARY,
                ClusterType.RESOURCE_POOLING);
        type.setValue(ClusterType.STRONG_HELPS_WEAK);
        type.setConverter(new StringConverter<>() {
            @Override
            public String toString(ClusterType t) {
                return t == null ? "" : t.label();
            }

            @Override
            public ClusterType fromString(String s) {
                return null;
            }
        });
        Spinner<Integer> min = new Spinner<>(1, 20, SizeBounds.DEFAULT.min());
        min.setId("suggestMin");
        Spinner<Integer> max = new Spinner<>(1, 50, SizeBounds.DEFAULT.max());
        max.setId("suggestMax");
        GridPane g = new GridPane();
        g.setHgap(10);
        g.setVgap(8);
        g.addRow(0, new Label(I18n.t("ui.suggest.type")), type);
        g.addRow(1, new Label(I18n.t("ui.suggest.min")), min);
        g.addRow(2, new Label(I18n.t("ui.suggest.max")), max);
        Label note = new Label(I18n.t("ui.suggest.note", lockedIds.size()));
        note.setWrapText(true);
        note.setMaxWidth(360);
        g.add(note, 0, 3, 2, 1);
        d.getDialogPane().setContent(g);
        d.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        d.setResultConverter(b -> b != ButtonType.OK ? null
                : SuggestionRequest.of(type.getValue())
                        .withBounds(new SizeBounds(min.getValue(), Math.max(min.getValue(), max.getValue())))
                        .withLocked(java.util.Set.copyOf(lockedIds)));
        return d.showAndWait().orElse(null);
    }
}
