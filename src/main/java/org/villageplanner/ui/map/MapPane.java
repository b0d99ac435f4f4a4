package org.villageplanner.ui.map;

import java.util.Map;
import java.util.List;
import java.util.HashMap;
import java.util.ArrayList;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Rectangle;
import javafx.util.Duration;
import org.villageplanner.domain.Village;
import org.villageplanner.ui.MainViewModel;
import org.villageplanner.ui.common.Format;
import org.villageplanner.ui.common.I18n;

/**
 * The map area: the canvas with zoom buttons, the legend and the "illustrative data" badge floating on top,
 * and the hover tooltip.
 */
public final class MapPane extends StackPane {
    /** The legend's parts by what they show, so that an unchanged part keeps its node. */
    private Map<Object, javafx.scene.Node> legendParts = new HashMap<>();
    private final MapCanvas canvas = new MapCanvas();
    private final MapController controller;
    private final VBox legendBox = new VBox(3);
    /** Legend rows of overlay layers (e.g. the ring around villages below the targets), kept across rebuilds. */
    private final VBox overlayLegend = new VBox(3);
    private final Tooltip hoverTip = new Tooltip();

    public MapPane(MainViewModel vm, org.locationtech.jts.geom.Geometry countyOutline) {
        setId("mapPane");
        getStyleClass().add("map-pane");
        controller = new MapController(vm, canvas, countyOutline);
        canvas.setAccessibleText(I18n.t("ui.map.accessible"));

        Button zoomIn = button("zoomInButton", "+", "ui.map.zoomIn", () -> canvas.zoom(1.5));
        Button zoomOut = button("zoomOutButton", "\u2212", "ui.map.zoomOut", () -> canvas.zoom(1 / 1.5));
        Button fit = button("fitButton", "\u2922", "ui.map.fit", controller::fit);
        VBox zoomBox = new VBox(4, zoomIn, zoomOut, fit);
        zoomBox.getStyleClass().add("map-tools");
        zoomBox.setPickOnBounds(false);
        StackPane.setAlignment(zoomBox, Pos.TOP_LEFT);
        StackPane.setMargin(zoomBox, new Insets(10));
        zoomBox.setMaxSize(USE_PREF_SIZE, USE_PREF_SIZE);

        legendBox.setId("legend");
        legendBox.getStyleClass().add("legend");
        legendBox.setMaxSize(USE_PREF_SIZE, USE_PREF_SIZE);
        // The legend floats over the map and never sets its size: a short map clips it instead of growing.
        legendBox.setMinSize(0, 0);
        zoomBox.setMinSize(0, 0);
        overlayLegend.setId("overlayLegend");
        overlayLegend.getStyleClass().add("legend");
        overlayLegend.setMaxSize(USE_PREF_SIZE, USE_PREF_SIZE);
        // Shown only while an overlay has something on the map to explain.
        overlayLegend.getChildren().addListener((ListChangeListener<javafx.scene.Node>) c -> {
            for (javafx.scene.Node n : overlayLegend.getChildren()) {
                n.visibleProperty().addListener(o -> overlayLegend.setVisible(anyVisible()));
            }
            overlayLegend.setVisible(anyVisible());
        });
        overlayLegend.managedProperty().bind(overlayLegend.visibleProperty());
        overlayLegend.setVisible(false);
        VBox legendArea = new VBox(6, legendBox, overlayLegend);
        legendArea.setAlignment(Pos.BOTTOM_RIGHT);
        legendArea.setPickOnBounds(false);
        legendArea.setMaxSize(USE_PREF_SIZE, USE_PREF_SIZE);
        legendArea.setMinSize(0, 0);
        StackPane.setAlignment(legendArea, Pos.BOTTOM_RIGHT);
        StackPane.setMargin(legendArea, new Insets(10));
        controller.legend.addListener((ListChangeListener<MapStyles.LegendEntry>) c -> rebuildLegend(vm));
        rebuildLegend(vm);

        Label badge = new Label(I18n.t("ui.badge.illustrative"));
        badge.setId("illustrativeBadge");
        badge.getStyleClass().add("badge");
        badge.setTooltip(new Tooltip(I18n.t("ui.badge.illustrativeTip")));
        StackPane.setAlignment(badge, Pos.TOP_RIGHT);
        StackPane.setMargin(badge, new Insets(10));
        Runnable badgeUpdate = () -> badge.setVisible(vm.session.project() != null
                && vm.session.project().info().illustrative());
        vm.session.project.addListener(o -> badgeUpdate.run());
        badgeUpdate.run();

        hoverTip.setShowDelay(Duration.millis(150));
        controller.setHoverSink((v, x, y) -> hover(vm, v, x, y));
        // The tip is shown by hand on mouse moves, so it must also go when the pointer leaves the map;
        // otherwise it floats over the table or the side panel and swallows their clicks.
        canvas.addEventHandler(javafx.scene.input.MouseEvent.MOUSE_EXITED, e -> hoverTip.hide());
        Label preview = new Label();
        preview.setId("previewBanner");
        preview.setStyle("-fx-background-color: #e08a00; -fx-text-fill: white; -fx-font-weight: bold;"
                + " -fx-padding: 4 12 4 12; -fx-background-radius: 3;");
        preview.textProperty().bind(vm.previewNote);
        preview.visibleProperty().bind(vm.previewNote.isNotEmpty());
        StackPane.setAlignment(preview, Pos.TOP_CENTER);
        StackPane.setMargin(preview, new Insets(10));
        // A preview is framed in dashed amber so it cannot be mistaken for the accepted plan.
        vm.previewNote.addListener((o, a, b) -> setStyle(b == null || b.isEmpty() ? ""
                : "-fx-border-color: #e08a00; -fx-border-width: 4; -fx-border-style: segments(14, 7);"));
        getChildren().addAll(canvas, zoomBox, legendArea, badge, preview);
    }

    public MapCanvas canvas() {
        return canvas;
    }

    public MapController controller() {
        return controller;
    }

    private void hover(MainViewModel vm, Village v, double screenX, double screenY) {
        if (v == null) {
            hoverTip.hide();
            return;
        }
        org.villageplanner.domain.Scenario s = vm.session.scenario();
        String strength = s == null ? "" : " · " + s.assumptions().strengthOf(v).label();
        String cluster = s == null ? "" : "\n" + s.clusterOf(v.code()).map(c -> c.name())
                .orElse(I18n.t("ui.legend.unassigned"));
        hoverTip.setText(v.name() + strength + "\n" + I18n.t("ui.tip.operating", Format.wan(v.operatingIncome()))
                + "\n" + I18n.t("ui.tip.total", Format.wan(v.totalIncome())) + cluster);
        if (getScene() != null && getScene().getWindow() != null) {
            hoverTip.show(this, screenX + 14, screenY + 14);
        }
    }

    /**
     * Lays out the legend from the controller's entries. A part whose content did not change keeps its node (a
     * paint stroke changes the selected cluster's line, not the colour classes and their tooltips).
     */
    private void rebuildLegend(MainViewModel vm) {
        boolean byCluster = vm.colourBy.get() == null;
        int clusters = controller.legend.stream().filter(e -> e.count() != null).mapToInt(e -> e.count()).sum();
        String titleText = byCluster ? I18n.t("ui.legend.clustersTotal", clusters)
                : I18n.t("ui.field." + vm.colourBy.get().column())
                        + (vm.colourBy.get().money() ? " (" + I18n.t("ui.unit.wanShort") + ")" : "");
        Map<Object, javafx.scene.Node> made = new HashMap<>();
        List<javafx.scene.Node> parts = new ArrayList<>();
        parts.add(legendPart(made, List.of("title", titleText, byCluster), () -> {
            Label title = new Label(titleText);
            title.getStyleClass().add("legend-title");
            if (byCluster) {
                title.setTooltip(new Tooltip(I18n.t("ui.legend.neighboursDiffer")));
            }
            return title;
        }));
        // Colour classes: a swatch and its number of clusters, four to a row.
        List<MapStyles.LegendEntry> counted = controller.legend.stream().filter(e -> e.count() != null).toList();
        if (!counted.isEmpty()) {
            parts.add(legendPart(made, List.of("classes", counted), () -> {
                javafx.scene.layout.TilePane classes = new javafx.scene.layout.TilePane(8, 3);
                classes.setId("legendClasses");
                classes.setPrefColumns(4);
                for (MapStyles.LegendEntry e : counted) {
                    Label l = new Label(Integer.toString(e.count()), swatch(e));
                    l.setTooltip(new Tooltip(e.label()));
                    classes.getChildren().add(l);
                }
                return classes;
            }));
        }
        for (MapStyles.LegendEntry e : controller.legend) {
            if (e.count() == null) {
                parts.add(legendPart(made, e, () -> {
                    HBox row = new HBox(6, swatch(e), new Label(e.label()));
                    row.setAlignment(Pos.CENTER_LEFT);
                    return row;
                }));
            }
        }
        legendParts = made;
        if (!parts.equals(legendBox.getChildren())) {
            legendBox.getChildren().setAll(parts);
        }
    }

    /** The node of legend part {@code key}: the one made last time for an equal key, else a new one. */
    private javafx.scene.Node legendPart(Map<Object, javafx.scene.Node> made, Object key,
            java.util.function.Supplier<javafx.scene.Node> make) {
        javafx.scene.Node n = legendParts.get(key);
        if (n == null || made.containsValue(n)) {
            n = make.get();
        }
        made.put(key, n);
        return n;
    }

    private boolean anyVisible() {
        return overlayLegend.getChildren().stream().anyMatch(javafx.scene.Node::isVisible);
    }

    /** Where overlay layers put their legend rows; shown under the fill legend. */
    public VBox overlayLegend() {
        return overlayLegend;
    }

    private static Rectangle swatch(MapStyles.LegendEntry e) {
        Rectangle swatch = new Rectangle(14, 14, e.colour());
        if (e.swatch() == MapStyles.Swatch.FILL) {
            swatch.getStyleClass().add("legend-swatch");
        } else {
            swatch.setFill(javafx.scene.paint.Color.TRANSPARENT);
            swatch.setStroke(e.colour());
            swatch.setStrokeWidth(2.5);
            if (e.swatch() == MapStyles.Swatch.DASHED_RING) {
                swatch.getStrokeDashArray().setAll(4.0, 2.5);
            }
        }
        return swatch;
    }

    private static Button button(String id, String text, String tipKey, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.getStyleClass().add("map-button");
        b.setTooltip(new Tooltip(I18n.t(tipKey)));
        b.setAccessibleText(I18n.t(tipKey));
        b.setFocusTraversable(false);
        b.setOnAction(e -> action.run());
        return b;
    }
}
