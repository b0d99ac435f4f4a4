package org.villageplanner.ui.stress;

import java.util.Comparator;
import java.util.stream.Collectors;
import org.villageplanner.domain.Cluster;
import org.villageplanner.domain.PlanProject;
import org.villageplanner.domain.Scenario;

/**
 * The planner-visible content of a project as text: villages (code, name, population), and per scenario its
 * clusters (id, name, type, leader, members, projects). Two projects with the same fingerprint show the same plan.
 */
public final class PlanFingerprint {
    private PlanFingerprint() {
    }

    public static String of(PlanProject p) {
        String villages = p.villages().stream().map(v -> v.code() + ":" + v.name() + ":" + v.population())
                .collect(Collectors.joining(","));
        String scenarios = p.scenarios().stream().sorted(Comparator.comparing(Scenario::name))
                .map(s -> s.name() + "{" + s.clusters().stream().sorted(Comparator.comparing(Cluster::id))
                        .map(PlanFingerprint::cluster).collect(Collectors.joining(";")) + "}")
                .collect(Collectors.joining(" "));
        return "villages[" + villages + "] scenarios[" + scenarios + "]";
    }

    private static String cluster(Cluster c) {
        return c.id() + "=" + c.name() + "/" + c.type() + "/" + c.leader() + "/" + c.members() + "/"
                + c.projects().stream().map(pr -> pr.name() + "@" + pr.capex()).toList();
    }
}
