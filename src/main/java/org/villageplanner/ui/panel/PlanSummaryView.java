package org.villageplanner.ui.panel;

import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.villageplanner.domain.PlanProject;
import org.villageplanner.domain.Scenario;
import org.villageplanner.service.PlanSummary;
import org.villageplanner.ui.MainViewModel;
import org.villageplanner.ui.common.Format;
import org.villageplanner.ui.common.I18n;

/** A card with the plan's headline figures: township, scenario, clusters, coverage, weak villages. */
public final class PlanSummaryView extends VBox {
    private final MainViewModel vm;
    private final Label title = new Label();
    private final PlanSummaryModel model;
    private final GridPane grid = new GridPane();

    public PlanSummaryView(MainViewModel vm) {
        this.vm = vm;
        setId("planSummary");
        getStyleClass().add("summary-card");
        setPadding(new Insets(10, 12, 10, 12));
        setSpacing(6);
        title.setId("summaryTitle");
        title.getStyleClass().add("summary-title");
        grid.setHgap(14);
        grid.setVgap(2);
        getChildren().addAll(title, grid);
        model = new PlanSummaryModel(vm);
        model.summaryProperty().addListener(o -> update());
        update();
    }

    private void update() {
        grid.getChildren().clear();
        PlanProject p = vm.session.project();
        Scenario s = vm.session.scenario();
        if (p == null || s == null || model.summaryProperty().get() == null) {
            title.setText(I18n.t("ui.summary.none"));
            return;
        }
        String place = p.info().township().isEmpty() ? p.info().title() : p.info().township();
        title.setText(place.isEmpty() ? s.name() : place + " · " + s.name());
        PlanSummary sum = model.summaryProperty().get();
        cell(0, 0, "clusters", Format.count(sum.clusters()), "summaryClusters");
        cell(1, 0, "coverage", Format.percent(sum.coverage()), "summaryCoverage");
        cell(2, 0, "unassigned", Format.count(sum.unassigned()), "summaryUnassigned");
        cell(0, 2, "strong", Format.count(sum.strong()), "summaryStrong");
        cell(1, 2, "medium", Format.count(sum.medium()), "summaryMedium");
        cell(2, 2, "weak", Format.count(sum.weak()), "summaryWeak");
    }

    private void cell(int col, int row, String key, String value, String id) {
        Label v = new Label(value);
        v.setId(id);
        v.getStyleClass().add("summary-value");
        Label k = new Label(I18n.t("ui.summary." + key));
        k.getStyleClass().add("summary-key");
        grid.add(v, col, row);
        grid.add(k, col, row + 1);
    }
}
