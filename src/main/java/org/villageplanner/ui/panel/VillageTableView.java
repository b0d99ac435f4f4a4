package org.villageplanner.ui.panel;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.SetChangeListener;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import org.controlsfx.control.table.TableFilter;
import org.villageplanner.domain.PlannerException;
import org.villageplanner.domain.PlanProject;
import org.villageplanner.domain.Scenario;
import org.villageplanner.domain.Village;
import org.villageplanner.service.VillageField;
import org.villageplanner.ui.MainViewModel;
import org.villageplanner.ui.common.I18n;
import org.villageplanner.ui.map.MapController;

/**
 * Every village with every field: sort by a header click, filter from the header menu (ControlsFX
 * TableFilter); the selection is the map's selection, both ways. Double-click zooms the map to the village.
 */
public final class VillageTableView extends BorderPane {
    private final MainViewModel vm;
    private final TableView<Village> table = new TableView<>();
    private final ObservableList<Village> rows = FXCollections.observableArrayList();
    private boolean syncing;
    private final RowIndex rowIndex = new RowIndex(table);
    /** The scenario the plan-dependent cells show; set after each edit (identity changes with every edit). */
    private final javafx.beans.property.ObjectProperty<Scenario> shownPlan =
            new javafx.beans.property.SimpleObjectProperty<>();

    public VillageTableView(MainViewModel vm, MapController map) {
        this.vm = vm;
        setId("villageTablePane");
        table.setId("villageTable");
        table.setAccessibleText(I18n.t("ui.table.accessible"));
        table.setPlaceholder(new javafx.scene.control.Label(I18n.t("ui.table.empty")));
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.setEditable(true);
        table.setItems(rows);
        table.getColumns().setAll(List.of(
                text("name", Village::name), text("code", Village::code), text("town", Village::town),
                number("population", VillageField.POPULATION),
                number("households", VillageField.HOUSEHOLDS),
                number("totalIncome", VillageField.TOTAL_INCOME),
                number("operatingIncome", VillageField.OPERATING_INCOME),
                number("assets", VillageField.ASSETS),
                number("idleLand", VillageField.IDLE_LAND_MU),
                number("idleHouses", VillageField.IDLE_HOUSES),
                text("resources", v -> I18n.resources(v.resources())),
                text("mountain", v -> v.mountain() ? I18n.t("ui.yes") : I18n.t("ui.no")),
                planText("strength", this::strength), planText("cluster", this::cluster)));
        setCenter(table);
        refill();
        TableFilter.forTableView(table).lazy(true).apply();
        vm.session.project.addListener((o, a, b) -> {
            if (a == null || b == null || a.villages() != b.villages()) {
                refill();
            }
            shownPlan.set(vm.session.scenario());
        });
        // A plan edit changes only the cluster and strength cells, and only the visible rows' bindings follow it:
        // no table.refresh(), which rebuilds every visible cell with its CSS (most of an edit's time on a province).
        vm.session.scenarioName.addListener(o -> shownPlan.set(vm.session.scenario()));
        shownPlan.set(vm.session.scenario());
        table.getSelectionModel().getSelectedItems().addListener((ListChangeListener<Village>) c -> toModel());
        vm.selection.addListener((SetChangeListener<String>) c -> fromModel());
        table.setRowFactory(tv -> {
            javafx.scene.control.TableRow<Village> row = new javafx.scene.control.TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && row.getItem() != null) {
                    map.zoomTo(List.of(row.getItem().code()));
                }
            });
            return row;
        });
        fromModel();
    }

    public TableView<Village> table() {
        return table;
    }

    private void refill() {
        PlanProject p = vm.session.project();
        syncing = true;
        rows.setAll(p == null ? List.of() : p.villages());
        syncing = false;
        ColumnFit.fit(table);
        fromModel();
    }

    private String strength(Village v) {
        Scenario s = vm.session.scenario();
        return s == null ? "" : s.assumptions().strengthOf(v).label();
    }

    private String cluster(Village v) {
        Scenario s = vm.session.scenario();
        return s == null ? "" : s.clusterOf(v.code()).map(c -> c.name()).orElse("");
    }

    private void toModel() {
        if (syncing) {
            return;
        }
        syncing = true;
        Set<String> codes = new HashSet<>();
        table.getSelectionModel().getSelectedItems().forEach(v -> {
            if (v != null) {
                codes.add(v.code());
            }
        });
        vm.selection.retainAll(codes);
        vm.selection.addAll(codes);
        syncing = false;
    }

    private void fromModel() {
        if (syncing) {
            return;
        }
        syncing = true;
        table.getSelectionModel().clearSelection();
        // The selected villages' rows from the index (in table order), not a walk over every row.
        int[] selected = vm.selection.stream().mapToInt(rowIndex::rowOf).filter(i -> i >= 0).sorted().toArray();
        if (selected.length > 0) {
            table.getSelectionModel().selectIndices(selected[0], java.util.Arrays.copyOfRange(selected, 1,
                    selected.length));
        }
        int first = selected.length > 0 ? selected[0] : -1;
        if (first >= 0) {
            table.scrollTo(Math.max(0, first - 2));
        }
        syncing = false;
    }

    private TableColumn<Village, String> text(String key, Function<Village, String> value) {
        TableColumn<Village, String> c = new TableColumn<>(I18n.t("ui.details." + key));
        c.setId("col-" + key);
        c.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(value.apply(f.getValue())));
        return c;
    }

    /** A column whose text depends on the shown plan: its cells follow {@link #shownPlan}. */
    private TableColumn<Village, String> planText(String key, Function<Village, String> value) {
        TableColumn<Village, String> c = new TableColumn<>(I18n.t("ui.details." + key));
        c.setId("col-" + key);
        c.setCellValueFactory(f -> javafx.beans.binding.Bindings.createStringBinding(
                () -> value.apply(f.getValue()), shownPlan));
        return c;
    }

    private TableColumn<Village, Double> number(String key, VillageField field) {
        // The unit on a line of its own under the name, so that a narrow column never cuts it off.
        String unit = field.money() ? I18n.t("ui.unit.wanShort") : field == VillageField.IDLE_LAND_MU
                ? I18n.t("ui.unit.muShort") : field == VillageField.IDLE_HOUSES ? I18n.t("ui.unit.housesShort") : null;
        TableColumn<Village, Double> c = new TableColumn<>(org.villageplanner.ui.common.Headers.withUnit(
                I18n.t("ui.details." + key), unit));
        c.setId("col-" + key);
        c.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(field.of(f.getValue())));
        c.setCellFactory(col -> new FieldEditCell(field, (v, value) -> editField(v, field, key, value),
                (k, args) -> vm.status.set(I18n.t(k, args))));
        c.setEditable(true);
        c.setStyle("-fx-alignment: CENTER-RIGHT;");
        return c;
    }

    /** One attribute edit: the village is replaced in the project as one undoable edit. */
    private void editField(Village v, VillageField field, String key, double value) {
        try {
            Village changed = field.with(v, value);
            PlanProject p = vm.session.project();
            List<Village> villages = p.villages().stream().map(x -> x.code().equals(v.code()) ? changed : x).toList();
            vm.session.editProject(p.withVillages(villages),
                    I18n.t("ui.edit.attribute", v.name(), I18n.t("ui.details." + key)));
        } catch (PlannerException e) {
            vm.status.set(e.getMessage());
        }
    }
}
