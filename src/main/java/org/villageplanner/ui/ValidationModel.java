package org.villageplanner.ui;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.villageplanner.cluster.ValidationReport;
import org.villageplanner.domain.PlanProject;
import org.villageplanner.domain.Scenario;
import org.villageplanner.service.GeoService;
import org.villageplanner.service.ValidationService;
import org.villageplanner.ui.common.Tasks;

/**
 * Live validation: after every change of the plan the scenario is checked in the background (the adjacency
 * graph is built once per village list), and only the newest result is shown, so a fast paint stroke never
 * queues stale work on screen.
 */
public final class ValidationModel {
    private final ValidationService validation;
    private final ObjectProperty<ValidationReport> report = new SimpleObjectProperty<>();
    private final ProjectSession session;
    private final org.villageplanner.ui.task.TaskRunner tasks;
    private long requested;
    private Scenario checked;

    ValidationModel(ProjectSession session, ValidationService validation, org.villageplanner.ui.task.TaskRunner tasks) {
        this.session = session;
        this.tasks = tasks;
        this.validation = validation != null ? validation : new ValidationService(new GeoService());
        session.projectProperty().addListener(o -> refresh());
        session.scenarioNameProperty().addListener(o -> refresh());
    }

    /** The latest report for the shown scenario, or null while none is ready. */
    public ObjectProperty<ValidationReport> reportProperty() {
        return report;
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
        Tasks.create(p -> ticket == requested ? validation.validate(project, scenario, null) : null)
                .onSuccess(r -> {
                    if (r != null && ticket == requested) {
                        checked = scenario;
                        report.set(r);
                    }
                })
                .onError(e -> System.err.println("validation failed: " + e))
                .quiet().run(tasks);
    }
}
