package org.villageplanner.ui.panel;

import java.util.List;
import java.util.function.UnaryOperator;
import javafx.beans.InvalidationListener;
import javafx.collections.SetChangeListener;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.villageplanner.domain.Agreement;
import org.villageplanner.domain.Cluster;
import org.villageplanner.domain.ClusterType;
import org.villageplanner.domain.JointEntity;
import org.villageplanner.domain.PlannerException;
import org.villageplanner.domain.Scenario;
import org.villageplanner.domain.ShareRule;
import org.villageplanner.service.ClusterEdits;
import org.villageplanner.service.ClusterFigures;
import org.villageplanner.ui.MainViewModel;
import org.villageplanner.ui.common.Format;
import org.villageplanner.ui.common.I18n;
import org.villageplanner.ui.map.MapController;

/**
 * The cluster inspector: pick a cluster (or select one of its villages) to see its base-year figures and edit
 * its name, type, leader, joint entity and agreement; merge, split and delete. Every change is one undoable
 * edit. The figures follow the plan live, including while painting.
 */
public final class ClusterInspectorView extends VBox {
    private final MainViewModel vm;
    private final MapController map;
    private final ComboBox<String> chooser = new ComboBox<>();
    private final VBox body = new VBox(8);
    private boolean rebuilding;

    public ClusterInspectorView(MainViewModel vm, MapController map) {
        this.vm = vm;
        this.map = map;
        setId("clusterInspector");
        getStyleClass().add("side-section");
        setSpacing(8);
        setPadding(new Insets(12));
        chooser.setId("inspectorCluster");
        chooser.setAccessibleText(I18n.t("ui.inspector.choose"));
        chooser.setMaxWidth(Double.MAX_VALUE);
        chooser.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(String id) {
                Scenario s = vm.session().scenario();
                return id == null || s == null ? "" : s.cluster(id).map(Cluster::name).orElse(id);
            }

            @Override
            public String fromString(String s) {
                return null;
            }
        });
        // A fixed preferred width: measuring thousands of cluster names stalled a province on every edit.
        chooser.setPrefWidth(220);
        chooser.setMaxWidth(Double.MAX_VALUE);
        chooser.valueProperty().addListener(o -> {
            if (!rebuilding) {
                rebuild();
            }
        });
        Label title = new Label(I18n.t("ui.inspector.title"));
        title.getStyleClass().add("section-title");
        getChildren().addAll(title, chooser, body);
        InvalidationListener update = o -> rebuild();
        vm.session().projectProperty().addListener(update);
        vm.session().scenarioNameProperty().addListener(update);
        vm.selection().addListener((SetChangeListener<String>) c -> followSelection());
        vm.brush().targetProperty().addListener(o -> {
            Scenario s = vm.session().scenario();
            if (s != null && s.cluster(vm.brush().targetProperty().get()).isPresent()) {
                chooser.setValue(vm.brush().targetProperty().get());
            }
        });
        rebuild();
    }

    private void followSelection() {
        Scenario s = vm.session().scenario();
        if (s != null && vm.selection().size() == 1) {
            s.clusterOf(vm.selection().iterator().next()).ifPresent(c -> chooser.setValue(c.id()));
        }
    }

    private void rebuild() {
        rebuilding = true;
        Scenario s = vm.session().scenario();
        List<String> ids = s == null ? List.of() : s.clusters().stream().map(Cluster::id).toList();
        String keep = chooser.getValue();
        chooser.getItems().setAll(ids);
        chooser.setValue(keep != null && ids.contains(keep) ? keep : ids.isEmpty() ? null : ids.get(0));
        rebuilding = false;
        body.getChildren().clear();
        Cluster c = s == null || chooser.getValue() == null ? null : s.cluster(chooser.getValue()).orElse(null);
        if (c == null) {
            Label none = new Label(I18n.t("ui.inspector.none"));
            none.setWrapText(true);
            none.getStyleClass().add("hint");
            body.getChildren().add(none);
            return;
        }
        body.getChildren().addAll(figures(s, c), form(s, c), actions(s, c),
                org.villageplanner.ui.layers.BridgesSection.build(vm, s, c),
                heading("ui.inspector.contributions"), ClusterTables.contributions(vm, c),
                heading("ui.inspector.projects"), ClusterTables.projects(c));
    }

    private GridPane figures(Scenario s, Cluster c) {
        ClusterFigures f = ClusterFigures.of(vm.session().project(), s, c);
        GridPane g = grid();
        int r = 0;
        add(g, r++, "villages", Format.count(f.villages()), "figVillages");
        add(g, r++, "population", Format.count(f.population()), "figPopulation");
        add(g, r++, "totalIncome", Format.wan(f.totalIncome()), "figTotal");
        add(g, r++, "operatingIncome", Format.wan(f.operatingIncome()), "figOperating");
        add(g, r++, "strong", f.strongMembers().isEmpty() ? "—" : String.join("、", f.strongMembers()), "figStrong");
        add(g, r, "weak", f.weakMembers().isEmpty() ? "—" : String.join("、", f.weakMembers()), "figWeak");
        g.getStyleClass().add("figures");
        return g;
    }

    private GridPane form(Scenario s, Cluster c) {
        GridPane g = grid();
        TextField name = new TextField(c.name());
        name.setId("clusterName");
        name.setOnAction(e -> change(c, x -> x.withName(name.getText()), "rename"));
        name.focusedProperty().addListener((o, was, now) -> {
            if (!now && !name.getText().equals(c.name())) {
                change(c, x -> x.withName(name.getText()), "rename");
            }
        });
        ComboBox<ClusterType> type = enumBox("clusterType", ClusterType.values(), c.type(), ClusterType::label);
        type.setOnAction(e -> change(c, x -> x.withType(type.getValue()), "type"));
        ComboBox<String> leader = new ComboBox<>();
        leader.setId("clusterLeader");
        leader.getItems().setAll(c.members());
        leader.setConverter(VillageNames.converter(vm));
        leader.setValue(c.leader());
        leader.setOnAction(e -> change(c, x -> x.withLeader(leader.getValue()), "leader"));
        TextField entity = new TextField(c.entity().name());
        entity.setId("entityName");
        entity.setOnAction(e -> change(c, x -> withEntity(x, entity.getText()), "entity"));
        ComboBox<ShareRule> rule = enumBox("shareRule", ShareRule.values(), c.agreement().rule(), ShareRule::label);
        rule.setOnAction(e -> change(c, x -> x.withAgreement(withRule(x.agreement(), rule.getValue())), "rule"));
        Agreement a = c.agreement();
        Label ratios = new Label(I18n.t("ui.inspector.ratiosValue", Format.percent(a.reserveRatio()),
                Format.percent(a.welfareRatio()), Format.percent(a.payoutRatio())));
        ratios.setId("agreementRatios");
        CheckBox locked = new CheckBox(I18n.t("ui.inspector.locked"));
        locked.setId("clusterLocked");
        locked.setSelected(c.locked());
        locked.setOnAction(e -> change(c, x -> x.withLocked(locked.isSelected()), "lock"));
        int r = 0;
        g.addRow(r++, key("name"), name);
        g.addRow(r++, key("type"), type);
        g.addRow(r++, key("leader"), leader);
        g.addRow(r++, key("entity"), entity);
        g.addRow(r++, key("rule"), rule);
        g.addRow(r++, key("ratios"), ratios);
        g.add(locked, 1, r);
        return g;
    }

    private VBox actions(Scenario s, Cluster c) {
        ComboBox<String> other = new ComboBox<>();
        other.setId("mergeWith");
        other.setPrefWidth(170); // fixed: measuring every cluster's name stalls a province
        other.getItems().setAll(s.clusters().stream().map(Cluster::id).filter(id -> !id.equals(c.id())).toList());
        other.setConverter(chooser.getConverter());
        Button merge = new Button(I18n.t("ui.inspector.merge"));
        merge.setId("mergeButton");
        merge.disableProperty().bind(other.valueProperty().isNull());
        merge.setOnAction(e -> edit(ClusterEdits.merge(s, c.id(), other.getValue()), "merge"));
        Button split = new Button(I18n.t("ui.inspector.split"));
        split.setId("splitButton");
        split.setOnAction(e -> edit(ClusterEdits.split(s, c.id(), List.copyOf(vm.selection()),
                I18n.t("ui.cluster.newName", s.clusters().size() + 1)), "split"));
        Button delete = new Button(I18n.t("ui.inspector.delete"));
        delete.setId("deleteClusterButton");
        delete.getStyleClass().add("danger");
        delete.setOnAction(e -> edit(ClusterEdits.delete(s, c.id()), "delete"));
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

    private void change(Cluster c, UnaryOperator<Cluster> f, String what) {
        Scenario s = vm.session().scenario();
        try {
            edit(s.withCluster(f.apply(c)), what);
        } catch (PlannerException e) {
            vm.statusProperty().set(e.getMessage());
        }
    }

    private void edit(Scenario after, String what) {
        if (!vm.session().edit(after, I18n.t("ui.edit." + what))) {
            vm.statusProperty().set(I18n.t("ui.edit.refused"));
        }
    }

    private static Cluster withEntity(Cluster c, String name) {
        JointEntity e = c.entity();
        return new Cluster(c.id(), c.name(), c.type(), c.leader(), c.members(),
                new JointEntity(name, e.form(), e.incomeTaxRate()), c.agreement(), c.contributions(), c.projects(),
                c.savings(), c.locked());
    }

    private static Agreement withRule(Agreement a, ShareRule rule) {
        return new Agreement(rule, a.basis(), a.fixedShares(), a.guaranteedYield(), a.guarantor(), a.floor(),
                a.reserveRatio(), a.welfareRatio(), a.payoutRatio());
    }

    private static <E> ComboBox<E> enumBox(String id, E[] values, E value, java.util.function.Function<E, String> label) {
        ComboBox<E> box = new ComboBox<>();
        box.setId(id);
        box.getItems().setAll(values);
        box.setValue(value);
        box.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(E e) {
                return e == null ? "" : label.apply(e);
            }

            @Override
            public E fromString(String s) {
                return null;
            }
        });
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
        Label l = new Label(I18n.t("ui.inspector." + k));
        l.getStyleClass().add("detail-key");
        return l;
    }

    private static void add(GridPane g, int r, String k, String value, String id) {
        Label v = new Label(value);
        v.setId(id);
        v.setWrapText(true);
        v.getStyleClass().add("detail-value");
        g.addRow(r, key(k), v);
    }
}
