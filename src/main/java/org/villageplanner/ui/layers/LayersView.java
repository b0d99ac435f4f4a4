package org.villageplanner.ui.layers;

import java.io.File;
import java.nio.file.Path;
import java.util.Locale;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ColorPicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TextInputDialog;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.villageplanner.service.ReferenceLayer;
import org.villageplanner.ui.MainViewModel;
import org.villageplanner.ui.common.I18n;
import org.villageplanner.ui.map.MapPane;

/**
 * The layers panel: the project's reference layers, topmost first, each with its visibility, order, opacity,
 * colour, line width, fill, label field and barrier flag editable in place (each an undoable edit the model
 * writes to the project file off the JavaFX thread), and the switch that shows the links barriers cut. Also puts
 * the basemap and the layers under the villages of the map, their labels and the cut links over it, and provides
 * File → Add layer… and View → Cut neighbour links.
 */
public final class LayersView extends VBox {
    /** Fill opacity of the villages over reference layers or a basemap. */
    private static final double VILLAGE_FILL_OVER_LAYERS = 0.72;
    private final LayersModel model;

    public LayersView(MainViewModel vm) {
        model = LayersModel.of(vm);
        setId("layersView");
        setSpacing(6);
        setPadding(new Insets(8));
        ListView<ReferenceLayer> list = new ListView<>(model.layers);
        list.setId("layersList");
        list.setCellFactory(v -> new Row());
        list.setPlaceholder(new Label(I18n.t("uilayers.empty")));
        VBox.setVgrow(list, Priority.ALWAYS);
        Label message = new Label();
        message.setId("layersMessage");
        message.setWrapText(true);
        message.textProperty().bind(model.messageProperty());
        Button add = new Button(I18n.t("uilayers.add"));
        add.setId("addLayerButton");
        add.setOnAction(e -> addWithDialog(getScene() == null ? null : getScene().getWindow(), model));
        CheckBox cut = new CheckBox(I18n.t("uilayers.cutLinks"));
        cut.setId("showCutLinks");
        cut.setWrapText(true);
        cut.selectedProperty().bindBidirectional(model.cutLinks.shown);
        Label cutCount = new Label();
        cutCount.setId("cutLinksCount");
        cutCount.setWrapText(true);
        cutCount.setStyle("-fx-font-size: 0.85em; -fx-text-fill: #555;");
        cutCount.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> {
            int n = model.cutLinks.countProperty().get();
            return n < 0 ? "" : I18n.t("uilayers.cutLinks.count", n);
        }, model.cutLinks.countProperty()));
        getChildren().addAll(list, add, cut, cutCount, message);
    }

    public LayersModel model() {
        return model;
    }

    /** Puts the basemap and reference layers under the villages and the attribution over the map. */
    public static void install(MainViewModel vm, MapPane map) {
        LayersModel m = LayersModel.of(vm);
        var villages = map.controller().villages;
        map.canvas().addLayerBelow(villages, m.basemap);
        map.canvas().addLayerBelow(villages, m.painter);
        map.canvas().addLayer(m.labels);
        map.canvas().addLayer(m.cutLinks.layer);
        map.canvas().addLayer(m.basemap.attribution());
        // Villages let the river and the basemap show through while there is something under them.
        Runnable fillAlpha = () -> villages.setFillAlpha(m.showsBackdrop() ? VILLAGE_FILL_OVER_LAYERS : 1);
        m.layers.addListener((javafx.collections.ListChangeListener<ReferenceLayer>) c -> fillAlpha.run());
        m.backdropChanged().addListener((o, a, b) -> fillAlpha.run());
        fillAlpha.run();
    }

    /** File → Add layer…: the window is looked up from the menu when it is chosen. */
    public static MenuItem menuItem(MainViewModel vm) {
        MenuItem item = new MenuItem(I18n.t("uilayers.menu.add"));
        item.setId("addLayerItem");
        item.setOnAction(e -> addWithDialog(item.getParentPopup() == null ? null
                : item.getParentPopup().getOwnerWindow(), LayersModel.of(vm)));
        return item;
    }

    /** View → Cut neighbour links: shows where barriers separate touching villages. */
    public static javafx.scene.control.CheckMenuItem cutLinksItem(MainViewModel vm) {
        javafx.scene.control.CheckMenuItem item = new javafx.scene.control.CheckMenuItem(I18n.t("uilayers.cutLinks"));
        item.setId("cutLinksItem");
        item.selectedProperty().bindBidirectional(LayersModel.of(vm).cutLinks.shown);
        return item;
    }

    private static void addWithDialog(Window owner, LayersModel model) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(I18n.t("uilayers.chooser.title"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(I18n.t("uilayers.chooser.filter"),
                "*.shp", "*.geojson", "*.json", "*.gpkg"));
        File f = chooser.showOpenDialog(owner);
        if (f == null) {
            return;
        }
        Path source = f.toPath();
        TextInputDialog ask = new TextInputDialog(LayersModel.defaultName(source));
        ask.initOwner(owner);
        ask.setTitle(I18n.t("uilayers.menu.add"));
        ask.setHeaderText(I18n.t("uilayers.name.header", source.getFileName()));
        CheckBox barrier = new CheckBox(I18n.t("uilayers.barrier"));
        barrier.setId("addLayerBarrier");
        ask.getDialogPane().setContent(new VBox(6, ask.getEditor(), barrier));
        ask.showAndWait().ifPresent(name -> model.add(source, name, barrier.isSelected()));
    }

    /** Asks before removing: the layer's table goes from the project file (Edit → Undo puts it back). */
    private void confirmRemove(ReferenceLayer l) {
        javafx.scene.control.Alert ask = new javafx.scene.control.Alert(
                javafx.scene.control.Alert.AlertType.CONFIRMATION,
                I18n.t("uilayers.remove.confirm", l.name(), l.features()),
                javafx.scene.control.ButtonType.OK, javafx.scene.control.ButtonType.CANCEL);
        ask.initOwner(getScene() == null ? null : getScene().getWindow());
        ask.setTitle(I18n.t("uilayers.remove"));
        ask.setHeaderText(null);
        ask.getDialogPane().setId("removeLayerDialog");
        ask.showAndWait().filter(javafx.scene.control.ButtonType.OK::equals).ifPresent(b -> model.remove(l));
    }

    private static String hex(Color c) {
        return String.format(Locale.ROOT, "#%02x%02x%02x", Math.round(c.getRed() * 255),
                Math.round(c.getGreen() * 255), Math.round(c.getBlue() * 255));
    }

    /** One layer: [✓] name (kind, n) ↑ ↓ / opacity, colour, width. */
    private final class Row extends ListCell<ReferenceLayer> {
        @Override
        protected void updateItem(ReferenceLayer l, boolean empty) {
            super.updateItem(l, empty);
            setText(null);
            if (empty || l == null) {
                setGraphic(null);
                return;
            }
            CheckBox visible = new CheckBox(l.name());
            visible.setId("layerVisible-" + l.name());
            visible.setSelected(l.visible());
            visible.setOnAction(e -> model.setVisible(l, visible.isSelected()));
            Label kind = new Label(I18n.t("uilayers.kind", l.geometryType(), l.features()));
            kind.setStyle("-fx-font-size: 0.85em; -fx-text-fill: #555;");
            Button up = new Button("↑");
            up.setId("layerUp-" + l.name());
            up.setOnAction(e -> model.move(l, true));
            Button down = new Button("↓");
            down.setId("layerDown-" + l.name());
            down.setOnAction(e -> model.move(l, false));
            javafx.scene.layout.Region gap = new javafx.scene.layout.Region();
            HBox.setHgrow(gap, Priority.ALWAYS);
            Button remove = new Button("✕");
            remove.setId("layerRemove-" + l.name());
            remove.setTooltip(new javafx.scene.control.Tooltip(I18n.t("uilayers.remove")));
            remove.setOnAction(e -> confirmRemove(l));
            HBox top = new HBox(4, visible, gap, up, down, remove);
            top.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
            Slider opacity = new Slider(0, 1, l.opacity());
            opacity.setId("layerOpacity-" + l.name());
            opacity.setPrefWidth(60);
            opacity.setMinWidth(40);
            opacity.valueChangingProperty().addListener((o, was, now) -> {
                if (!now) {
                    model.setOpacity(l, opacity.getValue());
                }
            });
            opacity.setOnMouseReleased(e -> model.setOpacity(l, opacity.getValue()));
            ColorPicker colour = new ColorPicker(Color.web(l.style().stroke()));
            colour.setId("layerColour-" + l.name());
            colour.setStyle("-fx-color-label-visible: false;");
            colour.setPrefWidth(48);
            colour.setOnAction(e -> model.setStyle(l, s -> s.withStroke(hex(colour.getValue()))));
            Spinner<Double> width = new Spinner<>(new SpinnerValueFactory.DoubleSpinnerValueFactory(0.1, 20,
                    l.style().widthMm(), 0.1));
            width.setId("layerWidth-" + l.name());
            width.setPrefWidth(64);
            width.valueProperty().addListener((o, a, b) -> model.setStyle(l, s -> s.withWidth(b)));
            Label opacityLabel = new Label(I18n.t("uilayers.opacity"));
            Label widthLabel = new Label(I18n.t("uilayers.width"));
            opacityLabel.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            widthLabel.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            HBox.setHgrow(opacity, Priority.ALWAYS);
            HBox bottom = new HBox(4, opacityLabel, opacity, colour, widthLabel, width);
            bottom.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
            VBox box = new VBox(3, top, kind, bottom, LayerStyleRow.build(model, l));
            box.setMaxWidth(Double.MAX_VALUE);
            box.setMinWidth(0);
            box.prefWidthProperty().bind(getListView().widthProperty().subtract(24));
            setGraphic(box);
        }
    }
}
