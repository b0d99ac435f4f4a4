package org.villageplanner.ui.panel;

import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.VBox;
import org.villageplanner.cluster.Problem;
import org.villageplanner.cluster.ValidationReport;
import org.villageplanner.domain.Cluster;
import org.villageplanner.domain.Scenario;
import org.villageplanner.ui.MainViewModel;
import org.villageplanner.ui.common.Format;
import org.villageplanner.ui.common.I18n;
import org.villageplanner.ui.map.MapController;

/**
 * The live list of rule problems of the shown scenario (errors first), with the coverage; clicking a
 * problem selects its villages and zooms the map to them.
 */
public final class ValidationView extends VBox {
    private final MainViewModel vm;
    private final Label headline = new Label();
    private final ListView<Problem> list = new ListView<>();

    public ValidationView(MainViewModel vm, MapController map) {
        this.vm = vm;
        setId("validationView");
        getStyleClass().add("side-section");
        setSpacing(8);
        setPadding(new Insets(12));
        Label title = new Label(I18n.t("ui.validation.title"));
        title.getStyleClass().add("section-title");
        headline.setId("validationHeadline");
        headline.setWrapText(true);
        list.setId("problemList");
        list.setAccessibleText(I18n.t("ui.validation.title"));
        list.setPrefHeight(420);
        list.setPlaceholder(new Label(I18n.t("ui.validation.noProblems")));
        list.setCellFactory(lv -> new ListCell<>() {
            @Override
            protected void updateItem(Problem p, boolean empty) {
                super.updateItem(p, empty);
                getStyleClass().removeAll("problem-error", "problem-warning");
                if (empty || p == null) {
                    setText(null);
                    return;
                }
                getStyleClass().add(p.isError() ? "problem-error" : "problem-warning");
                setWrapText(true);
                setPrefWidth(0);
                setText((p.isError() ? "● " : "⚠ ") + p.message());
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((o, a, p) -> {
            if (p != null) {
                List<String> codes = codesOf(p);
                vm.selection.clear();
                vm.selection.addAll(codes);
                map.zoomTo(codes);
            }
        });
        getChildren().addAll(title, headline, list);
        vm.validation.report.addListener((o, a, r) -> show(r));
        vm.validation.errorProperty().addListener((o, a, e) -> show(vm.validation.report.get()));
        show(vm.validation.report.get());
    }

    private List<String> codesOf(Problem p) {
        if (!p.villages().isEmpty()) {
            return p.villages();
        }
        Scenario s = vm.session.scenario();
        return p.clusterId() == null || s == null ? List.of()
                : s.cluster(p.clusterId()).map(Cluster::members).orElse(List.of());
    }

    private void show(ValidationReport r) {
        String failed = vm.validation.errorProperty().get();
        headline.getStyleClass().removeAll("validation-ok", "validation-bad");
        if (failed != null) {
            headline.setText(failed);
            headline.getStyleClass().add("validation-bad");
            if (r != null) {
                list.getItems().setAll(r.problems());
            }
            return;
        }
        if (r == null) {
            headline.setText(I18n.t("ui.validation.running"));
            list.getItems().clear();
            return;
        }
        long errors = r.errors().size();
        headline.setText(I18n.t(errors == 0 ? "ui.validation.ok" : "ui.validation.errors", errors,
                r.problems().size() - errors, Format.percent(r.coverage())));
        headline.getStyleClass().add(errors == 0 ? "validation-ok" : "validation-bad");
        list.getItems().setAll(r.problems());
    }
}
