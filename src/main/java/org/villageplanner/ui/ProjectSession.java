package org.villageplanner.ui;

import java.nio.file.Path;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.villageplanner.domain.PlanProject;
import org.villageplanner.domain.Scenario;
import org.villageplanner.ui.edit.ReplaceScenario;
import org.villageplanner.ui.edit.UndoManager;

/**
 * The open project: its content, the scenario being edited, its file, and its edit history. Every change of
 * the plan goes through {@link #edit} (or a live preview followed by {@link #commit}), so each can be undone
 * and the window knows when there is something unsaved.
 */
public final class ProjectSession {
    public final ObjectProperty<PlanProject> project = new SimpleObjectProperty<>();
    public final StringProperty scenarioName = new SimpleStringProperty();
    public final ObjectProperty<Path> file = new SimpleObjectProperty<>();
    public final UndoManager undo = new UndoManager();
    private final LongProperty savedState = new SimpleLongProperty(0);
    public final BooleanBinding dirty = Bindings.notEqual(undo.stateProperty(), savedState);

    /** Replaces the whole session (after open or recovery); the history starts afresh. */
    public void load(PlanProject p, Path f) {
        // A scenario name is plan data: the baseline is 现状 whatever the UI language (as import and suggest name it).
        PlanProject withScenario = p.scenarios().isEmpty() ? p.withScenario(Scenario.baseline()) : p;
        undo.clear();
        savedState.set(0);
        file.set(f);
        scenarioName.set(null);
        project.set(withScenario);
        // Open on the first scenario that has clusters: that is the plan the planner was working on.
        scenarioName.set(withScenario.scenarios().stream().filter(s -> !s.clusters().isEmpty()).findFirst()
                .orElse(withScenario.scenarios().get(0)).name());
    }

    public PlanProject project() {
        return project.get();
    }

    public boolean isDirty() {
        return dirty.get();
    }

    /** The scenario shown and edited, or null when no project is open. */
    public Scenario scenario() {
        PlanProject p = project.get();
        return p == null || scenarioName.get() == null ? null : p.scenario(scenarioName.get()).orElse(null);
    }

    /** Applies {@code after} as an undoable edit; false when it equals the current scenario. */
    public boolean edit(Scenario after, String description) {
        Scenario before = scenario();
        if (before == null || after == before) {
            return false;
        }
        undo.execute(new ReplaceScenario(this::apply, before, after, description));
        return true;
    }

    /** Replaces the whole project (an attribute edit) as an undoable edit; the shown scenario stays. */
    public boolean editProject(PlanProject after, String description) {
        return editProject(after, scenarioName.get(), description);
    }

    /** Replaces the whole project and shows scenario {@code showAfter}; undo shows the scenario shown before. */
    public boolean editProject(PlanProject after, String showAfter, String description) {
        PlanProject before = project.get();
        String shownBefore = scenarioName.get();
        if (before == null || after == before) {
            return false;
        }
        undo.execute(new org.villageplanner.ui.edit.Command() {
            @Override
            public void execute() {
                project.set(after);
                scenarioName.set(showAfter);
            }

            @Override
            public void undo() {
                // Name first: the scenario shown before exists in both projects, the one shown after may not.
                scenarioName.set(shownBefore);
                project.set(before);
            }

            @Override
            public String description() {
                return description;
            }
        });
        return true;
    }

    /** Shows {@code s} without recording it (a paint stroke in progress); finish with {@link #commit}. */
    public void preview(Scenario s) {
        apply(s);
    }

    /** Records everything previewed since {@code before} as one undoable edit. */
    public void commit(Scenario before, String description) {
        Scenario after = scenario();
        if (before != null && after != before) {
            undo.record(new ReplaceScenario(this::apply, before, after, description));
        }
    }

    /** The project file now matches the current state. */
    public void markSaved(Path f) {
        file.set(f);
        savedState.set(undo.state());
    }

    /** Marks the session unsaved (a recovered project, whose file on disk is older). */
    public void markUnsaved() {
        savedState.set(-1);
    }

    private void apply(Scenario s) {
        project.set(project.get().withScenario(s));
        scenarioName.set(s.name());
    }
}
