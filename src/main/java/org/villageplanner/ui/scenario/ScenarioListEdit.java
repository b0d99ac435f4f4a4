package org.villageplanner.ui.scenario;

import org.villageplanner.domain.PlanProject;
import org.villageplanner.ui.ProjectSession;
import org.villageplanner.ui.edit.Command;

/**
 * An edit of the project's list of scenarios (create, duplicate, rename, delete): the whole project value before
 * and after, and the scenario shown in each. Projects are immutable, and undo runs in reverse order, so the
 * snapshot is exact.
 */
record ScenarioListEdit(ProjectSession session, PlanProject before, String beforeName, PlanProject after,
        String afterName, String description) implements Command {
    @Override
    public void execute() {
        show(after, afterName);
    }

    @Override
    public void undo() {
        show(before, beforeName);
    }

    /** Switches so that the shown scenario exists at every step (listeners never see a missing one). */
    private void show(PlanProject p, String name) {
        PlanProject current = session.project();
        if (current != null && current.scenario(name).isPresent()) {
            session.scenarioName.set(name);
            session.project.set(p);
        } else {
            // Add the target scenario first, switch to it, then drop what the final project lacks.
            session.project.set(current == null ? p : current.withScenario(p.scenario(name).orElseThrow()));
            session.scenarioName.set(name);
            session.project.set(p);
        }
    }
}
