package org.villageplanner.service;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.villageplanner.cluster.Problem;
import org.villageplanner.cluster.RuleId;
import org.villageplanner.cluster.ValidationReport;
import org.villageplanner.domain.PlannerException;
import org.villageplanner.domain.PlanProject;
import org.villageplanner.domain.Scenario;

/**
 * The one gate every command that computes on a plan passes ({@code simulate}, {@code compare}, {@code report}, and
 * later {@code solve}): a scenario with ERROR-level validation findings is refused, listing them, unless the user
 * says {@code --allow-invalid}. Figures of a plan that breaks the rules must not pass for a plan's figures.
 */
public final class ValidityGate {
    private final ProjectService projects;
    private final ValidationService validation;

    public ValidityGate(ProjectService projects, ValidationService validation) {
        this.projects = Objects.requireNonNull(projects);
        this.validation = Objects.requireNonNull(validation);
    }

    /**
     * Checks scenario {@code name} (null: the first) of {@code file} (a project, or a scenario JSON file with its
     * villages), unless {@code allowInvalid}.
     *
     * @throws PlannerException listing the ERROR findings
     */
    public void check(Path file, String name, boolean allowInvalid) {
        check(file, java.util.Collections.singletonList(name), allowInvalid);
    }

    /** As {@link #check(Path, String, boolean)} for several scenarios (compare), each in turn, the file read once. */
    public void check(Path file, List<String> names, boolean allowInvalid) {
        if (allowInvalid || SimulationService.isScenarioFile(file)) {
            // A scenario file computed on its own is a worked case (DOMAIN_CASES.md): figures of its villages, no
            // map, often beyond the 2-5 size bounds of suggestions; it is computed as given.
            return;
        }
        // The project as stored, with its barrier layers: a cluster that only a river cuts is as invalid here as in
        // {@code validate} and the workbench.
        PlanProject project = projects.open(file);
        for (String name : names) {
            check(project, project.requireScenario(name));
        }
    }

    private static List<String> scenarioMembers(Scenario scenario, String clusterId) {
        return scenario.clusters().stream().filter(c -> c.id().equals(clusterId)).findFirst()
                .map(org.villageplanner.domain.Cluster::members).orElse(List.of());
    }

    /** Refuses {@code scenario} of {@code project} when it has ERROR findings. */
    public void check(PlanProject project, Scenario scenario) {
        ValidationReport report = validation.validate(project, scenario, null);
        java.util.Map<String, org.villageplanner.domain.Village> byCode = project.villagesByCode();
        // Contiguity cannot be judged for villages without outlines: such a finding does not block.
        List<Problem> errors = report.errors().stream().filter(p -> !(p.rule() == RuleId.CONTIGUITY
                && scenarioMembers(scenario, p.clusterId()).stream().anyMatch(code -> byCode.get(code) == null
                        || byCode.get(code).geometry() == null))).toList();
        if (errors.isEmpty()) {
            return;
        }
        StringBuilder list = new StringBuilder();
        for (Problem p : errors) {
            if (list.length() > 0) {
                list.append('\n');
            }
            list.append(org.villageplanner.domain.Messages.get("service.validity.finding",
                    p.clusterId() == null ? "-" : p.clusterId(), p.message()));
        }
        throw new PlannerException("service.validity.refused", scenario.name(), errors.size(), list.toString());
    }
}
