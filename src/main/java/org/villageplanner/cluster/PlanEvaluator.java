package org.villageplanner.cluster;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.villageplanner.domain.Assumptions;
import org.villageplanner.domain.Cluster;
import org.villageplanner.domain.ClusterType;
import org.villageplanner.domain.Strength;
import org.villageplanner.domain.Village;
import org.villageplanner.geo.AdjacencyGraph;

/**
 * Judges any plan (a suggestion or the planner's own clusters) by a suggestion objective, over a universe
 * of villages (the suggestion's scope; null for all). Villages of the universe in no cluster count as
 * clusters of one, so that plans with different coverage remain comparable; members outside the universe
 * are ignored. Attributes are standardised over the universe. Stateless and thread-safe.
 */
public final class PlanEvaluator {
    private PlanEvaluator() {
    }

    public static Evaluation evaluate(ClusterType type, List<Village> villages, AdjacencyGraph graph,
                                      Assumptions assumptions, List<String> attributes, List<Cluster> clusters,
                                      Set<String> universe) {
        List<Village> inUniverse = villages.stream()
                .filter(v -> universe == null || universe.contains(v.code())).toList();
        Map<String, Integer> row = new HashMap<>();
        for (int i = 0; i < inUniverse.size(); i++) {
            row.put(inUniverse.get(i).code(), i);
        }
        Map<String, Village> byCode = Village.byCode(villages);
        List<List<Integer>> groups = new ArrayList<>();
        List<ClusterProfile> figures = new ArrayList<>();
        Set<Integer> assigned = new HashSet<>();
        double borderKm = 0;
        for (Cluster c : clusters) {
            List<Integer> g = new ArrayList<>();
            for (String m : c.members()) {
                Integer r = row.get(m);
                if (r != null && assigned.add(r)) {
                    g.add(r);
                }
            }
            if (g.isEmpty()) {
                continue;
            }
            groups.add(g);
            // Over the members kept, like every other figure of the cluster: a border with a village outside the
            // universe (or taken by an earlier cluster) is not this plan's border within the scope.
            double km = internalBorderMeters(g.stream().map(r -> inUniverse.get(r).code()).toList(), graph) / 1000;
            borderKm += km;
            figures.add(figures(c, g, inUniverse, assumptions, km));
        }
        int unassigned = inUniverse.size() - assigned.size();
        for (int r = 0; r < inUniverse.size(); r++) {
            if (!assigned.contains(r)) {
                groups.add(List.of(r));
            }
        }
        ObjectiveValue objective = switch (type) {
            case STRONG_HELPS_WEAK -> incomeSpread(groups, inUniverse);
            case COMPLEMENTARY -> categories(groups.subList(0, figures.size()), inUniverse);
            default -> ssd(groups, new AttributeTable(inUniverse, attributes));
        };
        return new Evaluation(objective, figures, unassigned, borderKm);
    }

    /** Border in metres shared between members of one cluster (each pair counted once). */
    public static double internalBorderMeters(List<String> members, AdjacencyGraph graph) {
        Set<String> in = new HashSet<>(members);
        double sum = 0;
        for (String m : members) {
            int i = graph.indexOf(m);
            if (i < 0) {
                continue;
            }
            for (int k = 0; k < graph.degree(i); k++) {
                String other = graph.code(graph.neighbour(i, k));
                if (in.contains(other) && m.compareTo(other) < 0) {
                    sum += graph.borderMeters(i, k);
                }
            }
        }
        return sum;
    }

    static ObjectiveValue ssd(List<List<Integer>> groups, AttributeTable table) {
        double total = 0;
        for (List<Integer> g : groups) {
            total += Ssd.of(g, table.rows());
        }
        return new ObjectiveValue("ssd", total, true);
    }

    private static ObjectiveValue incomeSpread(List<List<Integer>> groups, List<Village> vs) {
        double mean = vs.stream().mapToDouble(Village::operatingIncome).average().orElse(0);
        double sq = 0;
        for (List<Integer> g : groups) {
            double m = g.stream().mapToDouble(i -> vs.get(i).operatingIncome()).average().orElse(0);
            sq += g.size() * (m - mean) * (m - mean);
        }
        double cv = mean <= 0 || vs.isEmpty() ? 0 : Math.sqrt(sq / vs.size()) / mean;
        return new ObjectiveValue("income_spread", cv, true);
    }

    private static ObjectiveValue categories(List<List<Integer>> clusters, List<Village> vs) {
        double sum = 0;
        for (List<Integer> g : clusters) {
            sum += TypeRule.categories(g.stream().map(vs::get).toList()).size();
        }
        return new ObjectiveValue("resource_categories_per_cluster", clusters.isEmpty() ? 0 : sum / clusters.size(),
                false);
    }

    private static ClusterProfile figures(Cluster c, List<Integer> g, List<Village> vs, Assumptions a, double km) {
        long population = 0;
        double total = 0, operating = 0;
        int weak = 0;
        for (int r : g) {
            Village v = vs.get(r);
            population += v.population();
            total += v.totalIncome();
            operating += v.operatingIncome();
            weak += a.strengthOf(v) == Strength.WEAK ? 1 : 0;
        }
        return new ClusterProfile(c.id(), c.name(), g.size(), population, total, operating, weak, km);
    }
}
