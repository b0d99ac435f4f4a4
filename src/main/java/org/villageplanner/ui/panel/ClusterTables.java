package org.villageplanner.ui.panel;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import org.villageplanner.domain.Cluster;
import org.villageplanner.domain.Contribution;
import org.villageplanner.domain.InvestmentProject;
import org.villageplanner.ui.MainViewModel;
import org.villageplanner.ui.common.Format;
import org.villageplanner.ui.common.I18n;

/** The cluster inspector's contributions and projects, as compact read-only tables (money in 万元). */
final class ClusterTables {
    private ClusterTables() {
    }

    static TableView<Contribution> contributions(MainViewModel vm, Cluster c) {
        TableView<Contribution> t = table("contributionsTable", "ui.inspector.noContributions");
        t.getColumns().add(column("party", x -> party(vm, x)));
        t.getColumns().add(column("cash", x -> Format.number(x.cash() / 10_000, 1)));
        t.getColumns().add(column("land", x -> Format.number(x.landMu(), 1)));
        t.getColumns().add(column("assets", x -> Format.number((x.assets() + x.resources()) / 10_000, 1)));
        t.getItems().setAll(c.contributions());
        fit(t);
        return t;
    }

    static TableView<InvestmentProject> projects(Cluster c) {
        TableView<InvestmentProject> t = table("projectsTable", "ui.inspector.noProjects");
        t.getColumns().add(column("project", InvestmentProject::name));
        t.getColumns().add(column("mode", p -> I18n.t("ui.inspector.mode." + p.mode().name())));
        t.getColumns().add(column("capex", p -> Format.number(p.capex() / 10_000, 0)));
        t.getItems().setAll(c.projects());
        fit(t);
        return t;
    }

    private static String party(MainViewModel vm, Contribution x) {
        if (!x.name().isEmpty()) {
            return x.name();
        }
        return vm.session.project().village(x.party()).map(v -> v.name()).orElse(x.party());
    }

    private static <T> TableView<T> table(String id, String emptyKey) {
        TableView<T> t = new TableView<>();
        t.setId(id);
        t.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        t.setPlaceholder(new Label(I18n.t(emptyKey)));
        return t;
    }

    private static <T> void fit(TableView<T> t) {
        t.setFixedCellSize(24);
        t.setPrefHeight(30 + 24 * Math.max(1, Math.min(6, t.getItems().size())));
    }

    private static <T> TableColumn<T, String> column(String key, Function<T, String> value) {
        TableColumn<T, String> col = new TableColumn<>(I18n.t("ui.inspector.col." + key));
        col.setCellValueFactory(f -> new ReadOnlyStringWrapper(value.apply(f.getValue())));
        col.setSortable(false);
        return col;
    }
}
