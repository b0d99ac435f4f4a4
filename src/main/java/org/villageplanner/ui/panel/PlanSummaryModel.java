package org.villageplanner.ui.panel;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.villageplanner.service.PlanSummary;
import org.villageplanner.ui.MainViewModel;
import org.villageplanner.ui.common.Format;
import org.villageplanner.ui.common.I18n;

/**
 * The plan's headline figures for the summary panel and the status bar, recomputed after every change of the plan
 * or the shown scenario; the views only show them.
 */
public final class PlanSummaryModel {
    private final ReadOnlyObjectWrapper<PlanSummary> summary = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper counts = new ReadOnlyStringWrapper("");

    public PlanSummaryModel(MainViewModel vm) {
        // The figures themselves are kept up to date incrementally by PlanFigures (one per window).
        ReadOnlyObjectProperty<PlanSummary> figures = org.villageplanner.ui.PlanFigures.of(vm).summaryProperty();
        figures.addListener(o -> update(figures.get()));
        update(figures.get());
    }

    /** Clusters, coverage and villages by strength of the shown scenario; null without one. */
    public ReadOnlyObjectProperty<PlanSummary> summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** "villages · clusters · coverage" for the status bar; empty without a scenario. */
    public ReadOnlyStringProperty countsProperty() {
        return counts.getReadOnlyProperty();
    }

    private void update(PlanSummary sum) {
        summary.set(sum);
        counts.set(sum == null ? "" : I18n.t("ui.status.counts", sum.villages(), sum.clusters(),
                Format.percent(sum.coverage())));
    }
}
