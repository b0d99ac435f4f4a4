package org.villageplanner.ui;

import java.util.Map;
import java.util.WeakHashMap;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.villageplanner.domain.PlanProject;
import org.villageplanner.domain.Scenario;
import org.villageplanner.service.PlanSummary;

/**
 * The headline figures of the shown plan (clusters, unassigned villages, coverage, villages by strength), kept up
 * to date incrementally: after an edit only the villages of the clusters it changed are counted again
 * ({@link PlanSummary#after}), so a paint stroke on a province does not walk 20,000 villages for the summary
 * card and the status bar. One instance per window model; the views listen to {@link #summaryProperty}.
 */
public final class PlanFigures {
    private static final Map<MainViewModel, PlanFigures> MODELS = new WeakHashMap<>();
    private final ProjectSession session;
    private final ReadOnlyObjectWrapper<PlanSummary> summary = new ReadOnlyObjectWrapper<>();
    private PlanProject shownProject;
    private Scenario shownScenario;

    private PlanFigures(ProjectSession session) {
        this.session = session;
        session.project.addListener(o -> update());
        session.scenarioName.addListener(o -> update());
        update();
    }

    /** The figures of {@code vm}'s window, created on first use. */
    public static synchronized PlanFigures of(MainViewModel vm) {
        return MODELS.computeIfAbsent(vm, m -> new PlanFigures(m.session));
    }

    /** The summary of the shown scenario, or null when no project (or scenario) is shown. */
    public ReadOnlyObjectProperty<PlanSummary> summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    private void update() {
        PlanProject p = session.project();
        Scenario s = session.scenario();
        if (p == null || s == null) {
            shownProject = null;
            shownScenario = null;
            summary.set(null);
            return;
        }
        if (p == shownProject && s == shownScenario) {
            return;
        }
        boolean sameVillages = shownProject != null && shownProject.villages() == p.villages()
                && shownScenario != null && shownScenario.name().equals(s.name());
        PlanSummary next = sameVillages ? PlanSummary.after(summary.get(), p, shownScenario, s) : PlanSummary.of(p, s);
        shownProject = p;
        shownScenario = s;
        summary.set(next);
    }
}
