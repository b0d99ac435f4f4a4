package org.villageplanner.ui.importing;

import java.util.List;
import javafx.beans.property.ObjectProperty;
import org.villageplanner.domain.PlannerProject;
import org.villageplanner.domain.Village;
import org.villageplanner.ui.edit.Command;

/**
 * An import into the open project as one undoable edit: the village list {@code before} becomes {@code after}.
 * Scenarios are left as they are (an import adds and updates villages; it never removes one a cluster holds).
 */
public record ReplaceVillages(ObjectProperty<PlannerProject> project, List<Village> before, List<Village> after,
                              String description) implements Command {
    @Override
    public void execute() {
        project.set(project.get().withVillages(after));
    }

    @Override
    public void undo() {
        project.set(project.get().withVillages(before));
    }
}
