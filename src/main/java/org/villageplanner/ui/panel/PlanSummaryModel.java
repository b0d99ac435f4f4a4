package org.villageplanner.ui.panel;

import javafx.beans.InvalidationListener;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.villageplanner.domain.PlanProject;
import org.villageplanner.domain.Scenario;
import org.villageplanner.service.ClusterFigures;
import org.villageplanner.service.PlanSummary;
import org.villageplanner.ui.MainViewModel;
import org.villageplanner.ui.common.Format;
import org.villageplanner.ui.common.I18n;

/**
 * The plan's headline figures for the summary panel and the status bar, recomputed after every change of the plan
 * or the shown scenario; the views only show them.
 */
public final class PlanSummaryModel {
    private final MainViewModel vm;
    private final ReadOnlyObjectWrapper<PlanSummary> summary = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper counts = new ReadOnlyStringWrapper("");

    public PlanSummaryModel(MainViewModel vm) {
        this.vm = vm;
        InvalidationListener update = o -> update();
        vm.session().projectProperty().addListener(update);
        vm.session().scenarioNameProperty().addListener(update);
        update();
    }

    /** Clusters, coverage and villages by strength of the shown scenario; null without one. */
    public ReadOnlyObjectProperty<PlanSummary> summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** "villages · clusters · coverage" for the status bar; empty without a scenario. */
    public ReadOnlyStringProperty countsProperty() {
        return counts.getReadOnlyProperty();
    }

    private void update() {
        PlanProject p = vm.session().project();
        Scenario s = vm.session().scenario();
        if (p == null || s == null) {
            summary.set(null);
            counts.set("");
            return;
        }
        summary.set(PlanSummary.of(p, s));
        counts.set(I18n.t("ui.status.counts", p.villages().size(), s.clusters().size(),
                Format.percent(ClusterFigures.coverage(p, s))));
    }
}
