package org.villageplanner.ui;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import java.util.function.BiFunction;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.villageplanner.cluster.ValidationReport;
import org.villageplanner.domain.PlanProject;
import org.villageplanner.domain.PlannerException;
import org.villageplanner.domain.Scenario;
import org.villageplanner.service.GeoService;
import org.villageplanner.service.ValidationService;
import org.villageplanner.ui.common.I18n;
import org.villageplanner.ui.common.Tasks;

/**
 * Live validation: after every change of the plan the scenario is checked in the background (the adjacency
 * graph is built once per village list), and only the newest result is shown, so a fast paint stroke never
 * queues stale work on screen.
 *
 * <p>A check that fails is never dropped: its message is offered in {@link #errorProperty()} (the rule panel shows
 * it in place of the last report, which no longer describes the plan) and the error is logged with its stack
 * trace. The next check that succeeds clears it.
 */
public final class ValidationModel {
    private static final Logger LOG = Logger.getLogger(ValidationModel.class.getName());
    private final BiFunction<PlanProject, Scenario, ValidationReport> validation;
    /** The latest report for the shown scenario, or null while none is ready. */
    public final ObjectProperty<ValidationReport> report = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper();
    private final ProjectSession session;
    private final org.villageplanner.ui.task.TaskRunner tasks;
    private long requested;
    private Scenario checked;

    ValidationModel(ProjectSession session, ValidationService validation, org.villageplanner.ui.task.TaskRunner tasks) {
        this(session, tasks, checker(validation != null ? validation : new ValidationService(new GeoService())));
    }

    /** With {@code check} in place of the validation service (tests give one that fails). */
    ValidationModel(ProjectSession session, org.villageplanner.ui.task.TaskRunner tasks,
                    BiFunction<PlanProject, Scenario, ValidationReport> check) {
        this.session = session;
        this.tasks = tasks;
        this.validation = check;
        session.project.addListener(o -> refresh());
        session.scenarioName.addListener(o -> refresh());
    }

    /** Why the last check failed, in the planner's words; null while checks succeed. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    private static BiFunction<PlanProject, Scenario, ValidationReport> checker(ValidationService service) {
        return (project, scenario) -> service.validate(project, scenario, null);
    }

    /** The scenario the current report was made for (tests wait for it to be the shown one). */
    public Scenario checkedScenario() {
        return checked;
    }

    private void refresh() {
        PlanProject project = session.project();
        Scenario scenario = session.scenario();
        if (project == null || scenario == null) {
            report.set(null);
            return;
        }
        long ticket = ++requested;
        Tasks.create(p -> ticket == requested ? validation.apply(project, scenario) : null)
                .onSuccess(r -> {
                    if (r != null && ticket == requested) {
                        checked = scenario;
                        error.set(null);
                        report.set(r);
                    }
                })
                .onError(e -> failed(e, ticket, scenario))
                .quiet().run(tasks);
    }

    private void failed(Throwable e, long ticket, Scenario scenario) {
        // To the app log when it is open (AppLog installs its handler on our loggers), else to the console.
        LOG.log(Level.SEVERE, "Rule check of scenario " + scenario.name() + " failed", e);
        if (ticket != requested) {
            return; // a newer check is under way and will report for itself
        }
        String why = e instanceof PlannerException pe ? pe.getMessage()
                : e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        error.set(I18n.t("ui.validation.failed", why));
    }
}
