package org.villageplanner.cluster;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.villageplanner.domain.Assumptions;
import org.villageplanner.domain.Cluster;
import org.villageplanner.domain.ClusterType;
import org.villageplanner.domain.Strength;
import org.villageplanner.domain.Village;

/**
 * What each cluster type requires of its members (strength classes from the scenario's thresholds), as
 * DESIGN.md states the type rules:
 * <ul>
 * <li>STRONG_HELPS_WEAK: a strong member and a weak member to help. ERROR when there is no weak member, and
 *     when there is neither a strong nor a medium one; only a WARNING when a medium village has to lead (the
 *     documented fallback: "a strong village where possible");</li>
 * <li>COMPLEMENTARY: at least two distinct resource categories among the members (ERROR);</li>
 * <li>RESOURCE_POOLING: a resource tag shared by two or more members, or a pooled-service saving entered
 *     for the cluster (a WARNING when neither: villages grouped for homogeneity often pool a service, such as
 *     sanitation, that is entered later; and layers from regionalization work carry no resource tags at all,
 *     where an ERROR would leave no cluster valid);</li>
 * <li>ENCLAVE: at least one project (ERROR).</li>
 * </ul>
 * A cluster of one village (possible with a minimum size of 1) has no relations between members, so the
 * three member rules above do not apply to it: it gets a single WARNING saying so instead of type ERRORs.
 * The enclave rule (a project) still applies. A resource category is a resource tag ({@code tea},
 * {@code tidal_flat} ...). Unknown members are ignored here ({@link MembersExistRule} reports them) and do
 * not count towards the size. Stateless and thread-safe.
 */
public final class TypeRule {
    private TypeRule() {
    }

    public static List<Problem> check(Cluster cluster, Map<String, Village> villages, Assumptions assumptions) {
        return check(cluster, cluster.type(), villages, assumptions);
    }

    /** Checks the members as if the cluster were of {@code type}; used to type suggestions. */
    public static List<Problem> check(Cluster cluster, ClusterType type, Map<String, Village> villages,
                                      Assumptions assumptions) {
        List<Village> members = cluster.members().stream().map(villages::get).filter(v -> v != null).toList();
        List<Problem> out = new ArrayList<>();
        if (members.size() == 1 && type != ClusterType.ENCLAVE) {
            out.add(Problem.of(cluster.id(), RuleId.TYPE, Severity.WARNING, cluster.members(),
                    "cluster.rule.type.single", cluster.name()));
            return out;
        }
        switch (type) {
            case STRONG_HELPS_WEAK -> strongHelpsWeak(cluster, members, assumptions, out);
            case COMPLEMENTARY -> {
                Set<String> categories = categories(members);
                if (categories.size() < 2) {
                    out.add(Problem.of(cluster.id(), RuleId.TYPE, Severity.ERROR, cluster.members(),
                            "cluster.rule.type.fewResources", cluster.name(), categories.size(),
                            List.copyOf(categories)));
                }
            }
            case RESOURCE_POOLING -> {
                if (sharedResources(members).isEmpty() && cluster.savings().isEmpty()) {
                    out.add(Problem.of(cluster.id(), RuleId.TYPE, Severity.WARNING, cluster.members(),
                            "cluster.rule.type.nothingShared", cluster.name()));
                }
            }
            case ENCLAVE -> {
                if (cluster.projects().isEmpty()) {
                    out.add(Problem.of(cluster.id(), RuleId.TYPE, Severity.ERROR, List.of(),
                            "cluster.rule.type.noProject", cluster.name()));
                }
            }
        }
        return out;
    }

    private static void strongHelpsWeak(Cluster cluster, List<Village> members, Assumptions a, List<Problem> out) {
        List<String> strong = new ArrayList<>();
        List<String> medium = new ArrayList<>();
        List<String> weak = new ArrayList<>();
        for (Village v : members) {
            switch (a.strengthOf(v)) {
                case STRONG -> strong.add(v.name());
                case MEDIUM -> medium.add(v.name());
                case WEAK -> weak.add(v.name());
            }
        }
        if (strong.isEmpty() && medium.isEmpty()) {
            out.add(Problem.of(cluster.id(), RuleId.TYPE, Severity.ERROR, cluster.members(),
                    "cluster.rule.type.noStrong", cluster.name()));
        } else if (strong.isEmpty()) {
            out.add(Problem.of(cluster.id(), RuleId.TYPE, Severity.WARNING, List.of(),
                    "cluster.rule.type.mediumLeads", cluster.name(), medium));
        }
        if (weak.isEmpty() && !members.isEmpty()) {
            out.add(Problem.of(cluster.id(), RuleId.TYPE, Severity.ERROR, cluster.members(),
                    "cluster.rule.type.noWeak", cluster.name()));
        }
    }

    /** The distinct resource categories of {@code members}, sorted. */
    public static Set<String> categories(List<Village> members) {
        Set<String> out = new TreeSet<>();
        members.forEach(v -> out.addAll(v.resources()));
        return out;
    }

    /** Resource tags held by two or more of {@code members}, sorted. */
    public static Set<String> sharedResources(List<Village> members) {
        Map<String, Integer> count = new HashMap<>();
        members.forEach(v -> v.resources().forEach(r -> count.merge(r, 1, Integer::sum)));
        Set<String> out = new TreeSet<>();
        count.forEach((r, n) -> {
            if (n >= 2) {
                out.add(r);
            }
        });
        return out;
    }

    /** Whether {@code v} counts as weak under {@code a}. */
    static boolean isWeak(Village v, Assumptions a) {
        return a.strengthOf(v) == Strength.WEAK;
    }
}
