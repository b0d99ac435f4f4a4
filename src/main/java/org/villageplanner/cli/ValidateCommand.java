package org.villageplanner.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.villageplanner.cluster.Problem;
import org.villageplanner.cluster.SizeBounds;
import org.villageplanner.cluster.ValidationReport;
import org.villageplanner.domain.Messages;
import org.villageplanner.domain.PlanProject;
import org.villageplanner.service.Services;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code planner validate PROJECT [--scenario NAME] [--min N] [--max N] [--json]}: exit 1 when any rule ERROR. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Check every cluster of a scenario against the cluster rules (exit 1 if any error).")
public final class ValidateCommand extends ProjectCommand {
    @Option(names = "--scenario", paramLabel = "NAME", description = "Scenario to check (default: the first).")
    String scenario;

    @Mixin
    SizeBoundsOptions size;

    @Mixin
    JsonOption json;

    public ValidateCommand(Services services) {
        super(services);
    }

    @Override
    int execute() {
        SizeBounds bounds = size.checked(spec);
        PlanProject p = services.projects().open(project);
        org.villageplanner.domain.Scenario checked = p.requireScenario(scenario);
        ValidationReport report = services.validation().validate(p, checked, bounds);
        if (json.on) {
            Map<String, Object> root = new LinkedHashMap<>();
            root.put("scenario", checked.name());
            root.putAll(toJson(report));
            printJson(root);
        } else {
            PrintWriter out = out();
            out.println(Messages.get("clicluster.validate.scenario", checked.name()));
            for (Problem problem : report.problems()) {
                out.println(Messages.get("clicluster.validate.problem",
                        Messages.get("clicluster.severity." + problem.severity().name()),
                        problem.clusterId() == null ? "-" : problem.clusterId(), problem.rule().id(), problem.message()));
            }
            long errors = report.errors().size();
            out.println(Messages.get("clicluster.validate.summary", errors, report.problems().size() - errors,
                    report.coverage()));
        }
        return report.ok() ? 0 : 1;
    }

    static Map<String, Object> toJson(ValidationReport report) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("ok", report.ok());
        List<Object> problems = new ArrayList<>();
        for (Problem p : report.problems()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("cluster", p.clusterId());
            m.put("rule", p.rule().id());
            m.put("severity", p.severity().name());
            m.put("message", p.message());
            m.put("villages", p.villages());
            problems.add(m);
        }
        root.put("problems", problems);
        root.put("coverage", report.coverage());
        return root;
    }
}
