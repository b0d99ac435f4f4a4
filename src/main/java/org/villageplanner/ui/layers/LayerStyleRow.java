package org.villageplanner.ui.layers;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.geometry.Pos;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ColorPicker;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.paint.Color;
import org.villageplanner.service.ReferenceLayer;
import org.villageplanner.ui.common.Controls;
import org.villageplanner.ui.common.I18n;

/**
 * The second row of a layer in the layers panel: barrier flag (lines and polygons), fill colour (with "no fill")
 * and the label field, each an undoable edit through {@link LayersModel}.
 */
final class LayerStyleRow {
    private LayerStyleRow() {
    }

    static FlowPane build(LayersModel model, ReferenceLayer l) {
        CheckBox barrier = new CheckBox(I18n.t("uilayers.barrier.short"));
        barrier.setId("layerBarrier-" + l.name());
        barrier.setSelected(l.barrier());
        barrier.setTooltip(new javafx.scene.control.Tooltip(I18n.t("uilayers.barrier")));
        barrier.setDisable(l.isPoints());
        barrier.setOnAction(e -> model.setBarrier(l, barrier.isSelected()));

        CheckBox filled = new CheckBox(I18n.t("uilayers.fill"));
        filled.setId("layerFilled-" + l.name());
        filled.setSelected(l.style().fill() != null);
        ColorPicker fill = new ColorPicker(Color.web(l.style().fill() == null ? "#a9c8e6" : l.style().fill()));
        fill.setId("layerFill-" + l.name());
        fill.setStyle("-fx-color-label-visible: false;");
        fill.setPrefWidth(48);
        fill.setDisable(l.style().fill() == null);
        filled.setOnAction(e -> model.setStyle(l, s -> s.withFill(filled.isSelected() ? hex(fill.getValue()) : null)));
        fill.setOnAction(e -> model.setStyle(l, s -> s.withFill(hex(fill.getValue()))));

        ComboBox<String> label = new ComboBox<>();
        label.setId("layerLabel-" + l.name());
        List<String> fields = new ArrayList<>();
        fields.add("");
        fields.addAll(model.columns(l.name()));
        label.getItems().setAll(fields);
        label.setValue(l.style().labelField() == null ? "" : l.style().labelField());
        label.setPrefWidth(96);
        label.setConverter(Controls.converter(s -> s == null || s.isEmpty() ? I18n.t("uilayers.label.none") : s,
                s -> s));
        label.setOnAction(e -> model.setStyle(l, s -> s.withLabel(label.getValue())));
        Label labelText = new Label(I18n.t("uilayers.label"));
        FlowPane row = new FlowPane(6, 3, barrier, filled, fill, labelText, label);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    static String hex(Color c) {
        return String.format(Locale.ROOT, "#%02x%02x%02x", Math.round(c.getRed() * 255),
                Math.round(c.getGreen() * 255), Math.round(c.getBlue() * 255));
    }
}
