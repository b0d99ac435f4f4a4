package org.villageplanner.cluster;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.villageplanner.domain.ResourceTag;
import org.villageplanner.domain.Assumptions;
import org.villageplanner.domain.Cluster;
import org.villageplanner.domain.ClusterType;
import org.villageplanner.domain.Scenario;
import org.villageplanner.domain.Strength;
import org.villageplanner.domain.Village;

/**
 * Turns a finished partition into domain clusters: a leader (the member with the highest operating
 * income), a type whose rule the members meet without error (the requested one first), an id that does not
 * clash with kept clusters, a name after the leader, and a one-line reason a planner can check.
 */
final class SuggestionOutput {
    private static final List<ClusterType> FALLBACK = List.of(ClusterType.STRONG_HELPS_WEAK,
            ClusterType.COMPLEMENTARY, ClusterType.RESOURCE_POOLING);
    private final Partition p;
    private final List<Village> villages;
    private final Map<String, Village> byCode;
    private final Scenario base;
    private final Assumptions assumptions;
    private final SuggestionRequest request;
    private final List<Cluster> kept;
    private double[][] attributeRows;

    SuggestionOutput(Partition p, List<Village> villages, Scenario base, SuggestionRequest request,
                     List<Cluster> kept) {
        this.p = p;
        this.villages = villages;
        this.byCode = Village.byCode(villages);
        this.base = base;
        this.assumptions = base.assumptions();
        this.request = request;
        this.kept = kept;
    }

    Suggestion build(List<Suggestion.Unassigned> unassigned) {
        List<Suggestion.Item> items = new ArrayList<>();
        Set<String> usedIds = new HashSet<>();
        for (Cluster c : kept) {
            items.add(new Suggestion.Item(c, true, LocalizedText.of("cluster.suggest.reason.kept", c.name())));
            usedIds.add(c.id());
        }
        List<Integer> order = p.clusters();
        order.sort(Comparator.comparingInt(c -> p.members.get(c).stream().mapToInt(Integer::intValue).min().orElse(0)));
        int number = 0;
        for (int c : order) {
            List<Integer> ms = new ArrayList<>(p.members.get(c));
            ms.sort(Comparator.naturalOrder());
            int leader = ms.stream().max(Comparator.comparingDouble((Integer v) -> villages.get(v).operatingIncome())
                    .thenComparing(v -> -v)).orElseThrow();
            List<String> codes = new ArrayList<>(List.of(villages.get(leader).code()));
            ms.stream().filter(v -> v != leader).forEach(v -> codes.add(villages.get(v).code()));
            String id;
            do {
                id = String.format("S%02d", ++number);
            } while (usedIds.contains(id));
            // Cluster names are plan data for a Chinese township: Chinese whatever the UI language.
            String name = clusterName(villages.get(leader).name());
            Cluster draft = Cluster.of(id, name, request.type(), codes.get(0), codes);
            ClusterType type = typeFor(draft);
            if (type == null) {
                List<String> names = ms.stream().map(v -> villages.get(v).name()).toList();
                codes.forEach(code -> unassigned.add(new Suggestion.Unassigned(code,
                        LocalizedText.of("cluster.suggest.reason.noType", names))));
                number--;
                continue;
            }
            Cluster cluster = draft.withType(type);
            LocalizedText reason = reason(cluster, c, leader, ms);
            if (type != request.type()) {
                reason = LocalizedText.of("cluster.suggest.reason.retyped", reason,
                        LocalizedText.of("core.clusterType." + request.type().name()));
            }
            items.add(new Suggestion.Item(cluster, false, reason));
        }
        unassigned.sort(Comparator.comparing(Suggestion.Unassigned::code));
        Evaluation evaluation = PlanEvaluator.evaluate(request.type(), villages, p.graph, assumptions,
                request.attributes(), items.stream().map(Suggestion.Item::cluster).toList(), request.scope());
        return new Suggestion(items, unassigned, evaluation);
    }

    /** Standardised attributes of all villages, made once, for clusters retyped to resource pooling. */
    private double[][] attributeRows() {
        if (attributeRows == null) {
            attributeRows = new AttributeTable(villages, request.attributes()).rows();
        }
        return attributeRows;
    }

    private ClusterType typeFor(Cluster draft) {
        List<ClusterType> candidates = new ArrayList<>(List.of(request.type()));
        FALLBACK.stream().filter(t -> t != request.type()).forEach(candidates::add);
        for (ClusterType t : candidates) {
            if (TypeRule.check(draft, t, byCode, assumptions).stream().noneMatch(Problem::isError)) {
                return t;
            }
        }
        return null;
    }

    private LocalizedText reason(Cluster cluster, int c, int leader, List<Integer> ms) {
        double km = PlanEvaluator.internalBorderMeters(cluster.members(), p.graph) / 1000;
        Village lead = villages.get(leader);
        List<String> all = ms.stream().map(v -> villages.get(v).name()).toList();
        if (ms.size() == 1) {
            return LocalizedText.of("cluster.suggest.reason.single", lead.name());
        }
        List<Village> members = ms.stream().map(villages::get).toList();
        return switch (cluster.type()) {
            case STRONG_HELPS_WEAK -> {
                List<String> weak = members.stream().filter(v -> assumptions.strengthOf(v) == Strength.WEAK)
                        .map(Village::name).toList();
                LocalizedText strength = LocalizedText.of("cluster.strength." + assumptions.strengthOf(lead).name());
                yield LocalizedText.of("cluster.suggest.reason.shw", lead.name(), strength, weak, km);
            }
            case COMPLEMENTARY -> {
                Set<String> cats = TypeRule.categories(members);
                yield LocalizedText.of("cluster.suggest.reason.complementary", all, ResourceTag.of(cats), cats.size(), km);
            }
            default -> {
                Set<String> shared = TypeRule.sharedResources(members);
                Object sharedText = shared.isEmpty() ? LocalizedText.of("cluster.suggest.none") : ResourceTag.of(shared);
                double ssd = request.type() == ClusterType.RESOURCE_POOLING ? p.scorer.primary(p.stats.get(c))
                        : Ssd.of(ms, attributeRows());
                yield LocalizedText.of("cluster.suggest.reason.pooling", all, ssd, sharedText, km);
            }
        };
    }

    /** The name of a suggested cluster led by {@code leaderName}: "百两村片区", in Chinese in every locale. */
    static String clusterName(String leaderName) {
        return leaderName + "片区";
    }
}
