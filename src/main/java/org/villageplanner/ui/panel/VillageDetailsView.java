package org.villageplanner.ui.panel;

import javafx.beans.InvalidationListener;
import javafx.collections.SetChangeListener;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.villageplanner.domain.Scenario;
import org.villageplanner.domain.Village;
import org.villageplanner.ui.MainViewModel;
import org.villageplanner.ui.common.Format;
import org.villageplanner.ui.common.I18n;

/** The selected village's figures: name, code, town, population, incomes in 万元, strength, cluster. */
public final class VillageDetailsView extends VBox {
    private final MainViewModel vm;
    private final Label title = new Label();
    private final Label hint = new Label();
    private final GridPane grid = new GridPane();

    public VillageDetailsView(MainViewModel vm) {
        this.vm = vm;
        setId("villageDetails");
        getStyleClass().add("side-section");
        setSpacing(8);
        setPadding(new Insets(12));
        title.setId("detailName");
        title.getStyleClass().add("section-title");
        hint.setId("detailHint");
        hint.getStyleClass().add("hint");
        hint.setWrapText(true);
        grid.setHgap(12);
        grid.setVgap(5);
        ColumnConstraints keys = new ColumnConstraints();
        ColumnConstraints values = new ColumnConstraints();
        values.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(keys, values);
        getChildren().addAll(title, hint, grid);
        InvalidationListener update = o -> update();
        vm.selection.addListener((SetChangeListener<String>) c -> update());
        vm.session.project.addListener(update);
        vm.session.scenarioName.addListener(update);
        update();
    }

    private void update() {
        grid.getChildren().clear();
        Village v = vm.selectedVillage();
        if (v == null) {
            title.setText(I18n.t("ui.details.title"));
            hint.setText(vm.selection.size() > 1 ? I18n.t("ui.details.many", vm.selection.size())
                    : I18n.t("ui.details.none"));
            hint.setVisible(true);
            hint.setManaged(true);
            return;
        }
        hint.setVisible(false);
        hint.setManaged(false);
        title.setText(v.name());
        Scenario s = vm.session.scenario();
        int r = 0;
        row(r++, "code", v.code());
        row(r++, "town", v.town().isEmpty() ? "—" : v.town());
        row(r++, "population", Format.count(v.population()));
        row(r++, "households", Format.count(v.households()));
        row(r++, "totalIncome", Format.wan(v.totalIncome()));
        row(r++, "operatingIncome", Format.wan(v.operatingIncome()));
        row(r++, "assets", Format.wan(v.assets()));
        row(r++, "idleLand", I18n.t("ui.unit.mu", Format.number(v.idleLandMu(), 1)));
        row(r++, "idleHouses", Format.count(v.idleHouses()));
        row(r++, "resources", v.resources().isEmpty() ? "—" : I18n.resources(v.resources()));
        if (s != null) {
            row(r++, "strength", s.assumptions().strengthOf(v).label());
            row(r, "cluster", s.clusterOf(v.code()).map(c -> c.name()).orElse(I18n.t("ui.legend.unassigned")));
        }
    }

    private void row(int r, String key, String value) {
        Label k = new Label(I18n.t("ui.details." + key));
        k.getStyleClass().add("detail-key");
        Label val = new Label(value);
        val.setId("detail-" + key);
        val.getStyleClass().add("detail-value");
        val.setWrapText(true);
        grid.addRow(r, k, val);
    }
}
