package org.villageplanner.ui.settings;

import java.util.Arrays;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.villageplanner.domain.PlanLevel;
import org.villageplanner.domain.PlanProject;
import org.villageplanner.domain.ProjectInfo;
import org.villageplanner.service.PlanChecks;
import org.villageplanner.ui.MainViewModel;
import org.villageplanner.ui.common.I18n;

/**
 * File › Project settings…: the level the plan speaks for (全镇 / 全县, "the township" / "the county"), or automatic
 * (derived from the villages' towns, as {@code report --level auto}). Stored in the project
 * ({@code project_info.plan_level}); the plan PDF, exported from the app or the CLI, follows it. Applying is one
 * undoable edit; leaving the setting as it was is none.
 */
public final class ProjectSettingsViewModel {
    private final MainViewModel main;
    /** Null means automatic. */
    public final ObjectProperty<PlanLevel> level = new SimpleObjectProperty<>();

    public ProjectSettingsViewModel(MainViewModel main) {
        this.main = main;
        PlanProject p = main.session.project();
        level.set(p == null ? null : p.info().level());
    }

    /** The choices: automatic (null), township, county. */
    public List<PlanLevel> levels() {
        return Arrays.asList(null, PlanLevel.TOWNSHIP, PlanLevel.COUNTY);
    }

    /** How a choice reads: automatic names the level it derives for this project. */
    public String label(PlanLevel l) {
        if (l != null) {
            return I18n.t("ui.projectSettings.level." + l.name());
        }
        PlanProject p = main.session.project();
        String derived = p == null ? "" : I18n.t("ui.projectSettings.level." + PlanChecks.levelOf(p.villages(),
                p.info().withLevel(null)).name());
        return I18n.t("ui.projectSettings.level.auto", derived);
    }

    /** Stores the choice in the project as one undoable edit; false when nothing changed or there is no project. */
    public boolean apply() {
        PlanProject p = main.session.project();
        if (p == null || p.info().level() == level.get()) {
            return false;
        }
        ProjectInfo info = p.info().withLevel(level.get());
        return main.session.editProject(p.withInfo(info), I18n.t("ui.projectSettings.edit"));
    }
}
