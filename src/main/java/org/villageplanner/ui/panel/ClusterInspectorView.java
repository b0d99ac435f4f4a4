package org.villageplanner.ui.panel;

import java.util.List;

import java.util.stream.Stream;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.villageplanner.domain.Cluster;
import org.villageplanner.domain.ClusterType;
import org.villageplanner.domain.ShareRule;
import org.villageplanner.ui.MainViewModel;
import org.villageplanner.ui.common.Controls;
import org.villageplanner.ui.common.Forms;
import org.villageplanner.ui.common.I18n;
import org.villageplanner.ui.map.MapController;

/**
 * The cluster inspector: pick a cluster (or select one of its villages) to see its base-year figures and edit
 * its name, type, leader, joint entity and agreement; merge, split and delete. Every change is one undoable
 * edit. The figures follow the plan live, including while painting. What is shown and every decision (which
 * cluster, which figures, whether an input is an edit) is {@link ClusterInspectorModel}'s; this view lays it out.
 */
public final class ClusterInspectorView extends VBox {
    private final MainViewModel vm;
    private final MapController map;
    private final ClusterInspectorModel model;
    private final ComboBox<String> chooser = new ComboBox<>();
    private final VBox body = new VBox(8);
    private boolean rebuilding;
    /** The cluster names the chooser's items were listed with. */
    private List<String> listedNames = List.of();

    public ClusterInspectorView(MainViewModel vm, MapController map) {
        this.vm = vm;
        this.map = map;
        this.model = new ClusterInspectorModel(vm);
        setId("clusterInspector");
        getStyleClass().add("side-section");
        setSpacing(8);
        setPadding(new Insets(12));
        chooser.setId("inspectorCluster");
        chooser.setAccessibleText(I18n.t("ui.inspector.choose"));
        chooser.setMaxWidth(Double.MAX_VALUE);
        chooser.setConverter(Controls.text(model::nameOf));
        // A fixed preferred width: measuring thousands of cluster names stalled a province on every edit.
        chooser.setPrefWidth(220);
        chooser.setMaxWidth(Double.MAX_VALUE);
        chooser.valueProperty().addListener(o -> {
            if (!rebuilding) {
                model.choose(chooser.getValue());
            }
        });
        Label title = new Label(I18n.t("ui.inspector.title"));
        title.getStyleClass().add("section-title");
        getChildren().addAll(title, chooser, body);
        model.shownProperty().addListener(o -> rebuild());
        rebuild();
    }

    /** The view model (tests drive the inspector through it). */
    public ClusterInspectorModel model() {
        return model;
    }

    private void rebuild() {
        ClusterInspectorModel.Shown shown = model.shownProperty().get();
        rebuilding = true;
        if (!chooser.getItems().equals(shown.clusterIds()) || !shown.clusterNames().equals(listedNames)) {
            chooser.getItems().setAll(shown.clusterIds()); // thousands of clusters on a province: only when changed
            listedNames = shown.clusterNames();
        }
        chooser.setValue(shown.cluster() == null ? null : shown.cluster().id());
        rebuilding = false;
        body.getChildren().clear();
        Cluster c = shown.cluster();
        if (c == null) {
            Label none = new Label(I18n.t("ui.inspector.none"));
            none.setWrapText(true);
            none.getStyleClass().add("hint");
            body.getChildren().add(none);
            return;
        }
        body.getChildren().addAll(figures(shown), form(c, shown), actions(c, shown),
                org.villageplanner.ui.layers.BridgesSection.build(vm, vm.session.scenario(), c),
                heading("ui.inspector.contributions"), ClusterTables.contributions(vm, c),
                heading("ui.inspector.projects"), ClusterTables.projects(c));
    }

    private GridPane figures(ClusterInspectorModel.Shown shown) {
        GridPane g = grid();
        int r = 0;
        for (ClusterInspectorModel.Figure f : shown.figures()) {
            add(g, r++, f.key(), f.value(), f.id());
        }
        g.getStyleClass().add("figures");
        return g;
    }

    private GridPane form(Cluster c, ClusterInspectorModel.Shown shown) {
        GridPane g = grid();
        TextField name = new TextField(c.name());
        name.setId("clusterName");
        name.setOnAction(e -> model.rename(name.getText()));
        name.focusedProperty().addListener((o, was, now) -> {
            if (!now) {
                model.rename(name.getText());
            }
        });
        ComboBox<ClusterType> type = enumBox("clusterType", ClusterType.values(), c.type(), ClusterType::label);
        type.setOnAction(e -> model.setType(type.getValue()));
        ComboBox<String> leader = new ComboBox<>();
        leader.setId("clusterLeader");
        leader.getItems().setAll(c.members());
        leader.setConverter(VillageNameConverter.converter(vm));
        leader.setValue(c.leader());
        leader.setOnAction(e -> model.setLeader(leader.getValue()));
        TextField entity = new TextField(c.entity().name());
        entity.setId("entityName");
        entity.setOnAction(e -> model.setEntityName(entity.getText()));
        ComboBox<ShareRule> rule = enumBox("shareRule", ShareRule.values(), c.agreement().rule(), ShareRule::label);
        rule.setOnAction(e -> model.setRule(rule.getValue()));
        Label ratios = new Label(shown.ratios());
        ratios.setId("agreementRatios");
        CheckBox locked = new CheckBox(I18n.t("ui.inspector.locked"));
        locked.setId("clusterLocked");
        locked.setWrapText(true); // the explanation in brackets wraps rather than being cut
        locked.setSelected(c.locked());
        locked.setOnAction(e -> model.setLocked(locked.isSelected()));
        int r = Forms.rows(g, 0, Stream.of("name", "type", "leader", "entity", "rule", "ratios").map(
                ClusterInspectorView::key).toList(), name, type, leader, entity, rule, ratios);
        g.add(locked, 1, r);
        return g;
    }

    private VBox actions(Cluster c, ClusterInspectorModel.Shown shown) {
        ComboBox<String> other = new ComboBox<>();
        other.setId("mergeWith");
        other.setPrefWidth(170); // fixed: measuring every cluster's name stalls a province
        other.getItems().setAll(shown.mergeWith());
        other.setConverter(chooser.getConverter());
        Button merge = new Button(I18n.t("ui.inspector.merge"));
        merge.setId("mergeButton");
        merge.disableProperty().bind(other.valueProperty().isNull());
        merge.setOnAction(e -> model.merge(other.getValue()));
        Button split = new Button(I18n.t("ui.inspector.split"));
        split.setId("splitButton");
        split.setOnAction(e -> model.split());
        Button delete = new Button(I18n.t("ui.inspector.delete"));
        delete.setId("deleteClusterButton");
        delete.getStyleClass().add("danger");
        delete.setOnAction(e -> model.delete());
        Button zoom = new Button(I18n.t("ui.inspector.zoom"));
        zoom.setId("zoomClusterButton");
        zoom.setOnAction(e -> map.zoomTo(c.members()));
        Label hint = new Label(I18n.t("ui.inspector.splitHint"));
        hint.getStyleClass().add("hint");
        hint.setWrapText(true);
        Button shares = new Button(I18n.t("uiscen.openAgreement"));
        shares.setId("openAgreementButton");
        shares.setOnAction(e -> org.villageplanner.ui.scenario.AnalysisTabs.showAgreement(this, vm, c.id()));
        return new VBox(6, new HBox(6, other, merge), new HBox(6, split, delete, zoom), shares, hint);
    }

    private static <E> ComboBox<E> enumBox(String id, E[] values, E value, java.util.function.Function<E, String> label) {
        ComboBox<E> box = new ComboBox<>();
        box.setId(id);
        box.getItems().setAll(values);
        box.setValue(value);
        box.setConverter(Controls.labels(label));
        return box;
    }

    private static GridPane grid() {
        GridPane g = new GridPane();
        g.setHgap(10);
        g.setVgap(5);
        return g;
    }

    private static Label heading(String key) {
        Label l = new Label(I18n.t(key));
        l.getStyleClass().add("subsection-title");
        return l;
    }

    private static Label key(String k) {
        return Forms.key(I18n.t("ui.inspector." + k));
    }

    private static void add(GridPane g, int r, String k, String value, String id) {
        Label v = new Label(value);
        v.setId(id);
        v.setWrapText(true);
        v.getStyleClass().add("detail-value");
        g.addRow(r, key(k), v);
    }
}
