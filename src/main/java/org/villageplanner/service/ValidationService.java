package org.villageplanner.service;

import java.util.Objects;
import org.villageplanner.cluster.SizeBounds;
import org.villageplanner.cluster.ValidationMemo;
import org.villageplanner.cluster.ValidationReport;
import org.villageplanner.domain.PlanProject;
import org.villageplanner.domain.Scenario;
import org.villageplanner.geo.BarrierCut;

/** Checks a scenario's clusters against every cluster rule (the live validation panel and {@code validate}). */
public final class ValidationService {
    private final GeoService geo;
    private final ValidationMemo memo = new ValidationMemo();

    public ValidationService(GeoService geo) {
        this.geo = Objects.requireNonNull(geo);
    }

    /**
     * @param scenarioName the scenario to check, or null for the first one
     * @param bounds       size bounds, or null for the default 2–5
     * @throws org.villageplanner.domain.PlannerException when the scenario does not exist
     */
    public ValidationReport validate(PlanProject project, String scenarioName, SizeBounds bounds) {
        return validate(project, project.requireScenario(scenarioName), bounds);
    }

    public ValidationReport validate(PlanProject project, Scenario scenario, SizeBounds bounds) {
        BarrierCut.Result cut = geo.barrierCut(project);
        // One edit after another (the workbench), only the clusters an edit replaced are checked again.
        return memo.check(scenario, project.villages(), cut, bounds);
    }
}
