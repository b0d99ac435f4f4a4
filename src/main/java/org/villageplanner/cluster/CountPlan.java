package org.villageplanner.cluster;

import java.util.ArrayList;
import java.util.List;
import org.villageplanner.domain.PlannerException;
import org.villageplanner.domain.Village;
import org.villageplanner.geo.AdjacencyGraph;

/**
 * How many clusters each connected part of the selection gets, and which villages cannot take part.
 *
 * <p>A part of n villages can hold between ⌈n / max⌉ and ⌊n / min⌋ clusters. With K requested, the parts
 * start at their minimum and the rest goes one by one to the part with the most villages per cluster;
 * a K outside the possible range is refused with a message giving the range. Without K, each part gets
 * n / ((min + max) / 2) clusters, rounded and kept in range. Parts too small for one cluster (islands,
 * villages without location, groups cut off by locked clusters) are listed with the reason.
 *
 * @param placeable   villages (graph indices) that will be clustered
 * @param component   component number per village, −1 for the others
 * @param mergeBudget per component: villages − planned clusters (the merges to make)
 * @param target      total planned clusters
 */
record CountPlan(boolean[] placeable, int[] component, int[] mergeBudget, int target,
                 List<Suggestion.Unassigned> unassigned, int placeableCount) {

    static CountPlan of(AdjacencyGraph graph, boolean[] active, SizeBounds bounds, Integer k, List<Village> villages) {
        int n = graph.size();
        int[] comp = new int[n];
        java.util.Arrays.fill(comp, -1);
        List<List<Integer>> parts = new ArrayList<>();
        for (int s = 0; s < n; s++) {
            if (!active[s] || comp[s] >= 0) {
                continue;
            }
            List<Integer> part = new ArrayList<>(List.of(s));
            comp[s] = parts.size();
            for (int head = 0; head < part.size(); head++) {
                int v = part.get(head);
                for (int e = 0; e < graph.degree(v); e++) {
                    int u = graph.neighbour(v, e);
                    if (active[u] && comp[u] < 0) {
                        comp[u] = parts.size();
                        part.add(u);
                    }
                }
            }
            parts.add(part);
        }
        boolean[] placeable = new boolean[n];
        List<Suggestion.Unassigned> unassigned = new ArrayList<>();
        int[] lower = new int[parts.size()];
        int[] upper = new int[parts.size()];
        int sumLower = 0, sumUpper = 0, feasibleParts = 0, placeableCount = 0;
        for (int c = 0; c < parts.size(); c++) {
            List<Integer> part = parts.get(c);
            int size = part.size();
            lower[c] = (size + bounds.max() - 1) / bounds.max();
            upper[c] = size / bounds.min();
            if (upper[c] < 1 || lower[c] > upper[c]) {
                unassigned.addAll(reasons(part, graph, bounds, villages));
                lower[c] = upper[c] = 0;
                continue;
            }
            part.forEach(v -> placeable[v] = true);
            sumLower += lower[c];
            sumUpper += upper[c];
            feasibleParts++;
            placeableCount += size;
        }
        int[] planned = lower.clone();
        if (k != null) {
            if (k > sumUpper) {
                throw new PlannerException("cluster.suggest.tooManyClusters", k, sumUpper, placeableCount,
                        bounds.min());
            }
            if (k < sumLower) {
                throw new PlannerException("cluster.suggest.tooFewClusters", k, sumLower, feasibleParts,
                        bounds.max());
            }
            for (int extra = k - sumLower; extra > 0; extra--) {
                int best = -1;
                for (int c = 0; c < parts.size(); c++) {
                    if (planned[c] < upper[c] && (best < 0
                            || parts.get(c).size() * (long) planned[best]
                            > parts.get(best).size() * (long) planned[c])) {
                        best = c;
                    }
                }
                planned[best]++;
            }
        } else {
            double mean = (bounds.min() + bounds.max()) / 2.0;
            for (int c = 0; c < parts.size(); c++) {
                if (upper[c] > 0) {
                    planned[c] = (int) Math.max(lower[c], Math.min(upper[c], Math.round(parts.get(c).size() / mean)));
                }
            }
        }
        int[] budget = new int[parts.size()];
        int target = 0;
        for (int c = 0; c < parts.size(); c++) {
            if (upper[c] > 0) {
                budget[c] = parts.get(c).size() - planned[c];
                target += planned[c];
            }
        }
        for (int v = 0; v < n; v++) {
            if (!placeable[v]) {
                comp[v] = -1;
            }
        }
        return new CountPlan(placeable, comp, budget, target, unassigned, placeableCount);
    }

    private static List<Suggestion.Unassigned> reasons(List<Integer> part, AdjacencyGraph graph, SizeBounds bounds,
                                                       List<Village> villages) {
        List<Suggestion.Unassigned> out = new ArrayList<>();
        List<String> names = part.stream().map(v -> villages.get(v).name()).toList();
        for (int v : part) {
            Village village = villages.get(v);
            LocalizedText why;
            if (part.size() == 1 && village.geometry() == null) {
                why = LocalizedText.of("cluster.suggest.reason.noLocation", village.name());
            } else if (part.size() == 1 && graph.degree(v) == 0) {
                why = LocalizedText.of("cluster.suggest.reason.island", village.name());
            } else if (part.size() == 1) {
                why = LocalizedText.of("cluster.suggest.reason.cutOff", village.name());
            } else if (part.size() < bounds.min()) {
                why = LocalizedText.of("cluster.suggest.reason.smallGroup", names, part.size(), bounds.min());
            } else {
                why = LocalizedText.of("cluster.suggest.reason.cannotSplit", names, part.size(), bounds.min(),
                        bounds.max());
            }
            out.add(new Suggestion.Unassigned(village.code(), why));
        }
        return out;
    }
}
