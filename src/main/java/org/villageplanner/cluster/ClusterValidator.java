package org.villageplanner.cluster;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.villageplanner.domain.Cluster;
import org.villageplanner.domain.Scenario;
import org.villageplanner.domain.Village;
import org.villageplanner.geo.AdjacencyGraph;
import org.villageplanner.geo.BarrierCut;

/**
 * Runs every cluster rule on a scenario: members exist, size bounds, contiguity, leader, type, no village in
 * two clusters, coverage. Problems are ordered errors first, then in cluster order. Stateless and
 * thread-safe; the graph must have been built from the same villages.
 */
public final class ClusterValidator {
    private final SizeBounds bounds;
    private final List<BarrierCut.Link> cut;

    public ClusterValidator(SizeBounds bounds) {
        this(bounds, List.of());
    }

    /** With the graph given to {@link #check} cut by barriers, {@code cut} being the links they removed. */
    public ClusterValidator(SizeBounds bounds, List<BarrierCut.Link> cut) {
        this.bounds = bounds == null ? SizeBounds.DEFAULT : bounds;
        this.cut = List.copyOf(cut);
    }

    /** Shortcut with the default bounds (2–5). */
    public static ValidationReport validate(Scenario scenario, List<Village> villages, AdjacencyGraph graph) {
        return new ClusterValidator(SizeBounds.DEFAULT).check(scenario, villages, graph);
    }

    public ValidationReport check(Scenario scenario, List<Village> villages, AdjacencyGraph graph) {
        Map<String, Village> byCode = Village.byCode(villages);
        return check(scenario, villages, byCode, c -> checkCluster(c, byCode, graph, scenario));
    }

    /**
     * As above, each cluster's own problems taken from {@code ownProblems} ({@link #checkCluster} or what it gave
     * before for the same cluster: {@link ValidationMemo}); {@code byCode} indexes {@code villages}.
     */
    ValidationReport check(Scenario scenario, List<Village> villages, Map<String, Village> byCode,
                           java.util.function.Function<Cluster, List<Problem>> ownProblems) {
        List<Problem> problems = new ArrayList<>();
        for (Cluster c : scenario.clusters()) {
            problems.addAll(ownProblems.apply(c));
        }
        problems.addAll(UniqueMembershipRule.check(scenario.clusters(), byCode));
        problems.addAll(CoverageRule.check(scenario.clusters(), villages));
        Map<String, Integer> order = new java.util.HashMap<>();
        scenario.clusters().forEach(c -> order.put(c.id(), order.size()));
        problems.sort(Comparator.comparing((Problem p) -> p.severity().ordinal())
                .thenComparing(p -> order.getOrDefault(p.clusterId(), Integer.MAX_VALUE)));
        return new ValidationReport(problems, CoverageRule.coverage(scenario.clusters(), villages));
    }

    /** The problems of one cluster on its own (everything except duplicates and coverage). */
    public List<Problem> checkCluster(Cluster c, Map<String, Village> byCode, AdjacencyGraph graph,
                                      Scenario scenario) {
        List<Problem> out = new ArrayList<>();
        out.addAll(MembersExistRule.check(c, byCode));
        out.addAll(SizeRule.check(c, bounds));
        out.addAll(ContiguityRule.check(c, graph, byCode, cut));
        out.addAll(LeaderRule.check(c, byCode));
        out.addAll(TypeRule.check(c, byCode, scenario.assumptions()));
        out.addAll(AgreementRule.check(c, scenario.assumptions()));
        return out;
    }

    /**
     * {@link Village#byCode}. Kept only because a test written on another branch this session
     * ({@code ValidationDetailsTest}) calls it; the lead can inline it after the merge.
     */
    static Map<String, Village> byCode(List<Village> villages) {
        return Village.byCode(villages);
    }
}
