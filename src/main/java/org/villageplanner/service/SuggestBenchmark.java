package org.villageplanner.service;

import org.villageplanner.domain.Units;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import org.villageplanner.cluster.AttributeTable;
import org.villageplanner.cluster.ClusterSuggester;
import org.villageplanner.cluster.SizeBounds;
import org.villageplanner.cluster.Skater;
import org.villageplanner.cluster.Suggestion;
import org.villageplanner.cluster.SuggestionRequest;
import org.villageplanner.domain.ClusterType;
import org.villageplanner.domain.Scenario;
import org.villageplanner.domain.Village;
import org.villageplanner.geo.AdjacencyGraph;
import org.villageplanner.geo.AdjacencyGraphBuilder;
import org.villageplanner.geo.SyntheticVillages;

/**
 * Timings of the adjacency graph and of suggestions, and the homogeneity comparison with SKATER, for
 * {@code planner bench suggest}. Figures are wall-clock milliseconds, best of {@code repeat} runs after one
 * warm-up run. Measures only; asserts nothing.
 */
public final class SuggestBenchmark {
    /** One timing: what was measured, on how many villages, how long, and what came out. */
    public record Timing(String what, int villages, double millis, int clusters, int unassigned) {
    }

    /** One SSD comparison at the same K. */
    public record Comparison(String layer, int villages, int k, int minSize, @Units.Given("within-cluster sum of squares of the standardised attributes") double oursSsd, @Units.Given("within-cluster sum of squares of the standardised attributes") double skaterSsd) {
    }

    private final int repeat;

    public SuggestBenchmark(int repeat) {
        this.repeat = Math.max(1, repeat);
    }

    /** Graph build and one suggestion per type on {@code villages} (named {@code layer}). */
    public List<Timing> time(String layer, List<Village> villages) {
        List<Timing> out = new ArrayList<>();
        AdjacencyGraph graph = AdjacencyGraph.of(villages);
        out.add(new Timing(layer + ": adjacency graph (" + graph.edgeCount() + " edges)", villages.size(),
                best(() -> new AdjacencyGraphBuilder().build(villages)), 0, 0));
        for (ClusterType type : List.of(ClusterType.STRONG_HELPS_WEAK, ClusterType.COMPLEMENTARY,
                ClusterType.RESOURCE_POOLING)) {
            Suggestion[] last = new Suggestion[1];
            double ms = best(() -> last[0] = ClusterSuggester.suggest(villages, graph, Scenario.empty("bench"),
                    SuggestionRequest.of(type)));
            out.add(new Timing(layer + ": suggest " + type, villages.size(), ms, last[0].clusters().size(),
                    last[0].unassigned().size()));
        }
        return out;
    }

    /** A generated Voronoi layer of {@code n} villages of about 4 km² each. */
    public static List<Village> generated(int n, long seed) {
        return SyntheticVillages.voronoi(n, 4, seed);
    }

    /** Our homogeneity suggestion against SKATER at the same K, on seeded grids and Voronoi layers. */
    public List<Comparison> compareWithSkater() {
        List<Comparison> out = new ArrayList<>();
        int[][] cases = {{10, 1, 8, 1}, {10, 2, 15, 1}, {12, 3, 12, 1}, {10, 4, 20, 2}};
        for (int[] c : cases) {
            out.add(compare("grid " + c[0] + "x" + c[0] + " seed " + c[1],
                    SyntheticVillages.grid(c[0], c[0], 1000, c[1]), c[2], c[3], c[1]));
        }
        out.add(compare("voronoi seed 5", generated(200, 5), 10, 1, 5));
        out.add(compare("voronoi seed 6", generated(300, 6), 40, 1, 6));
        out.add(compare("voronoi seed 7", generated(263, 7), 81, 2, 7));
        return out;
    }

    private static Comparison compare(String name, List<Village> vs, int k, int min, long seed) {
        AdjacencyGraph g = AdjacencyGraph.of(vs);
        double[][] x = new AttributeTable(vs, AttributeTable.DEFAULT).rows();
        boolean[] all = new boolean[vs.size()];
        Arrays.fill(all, true);
        double skater = Skater.ssd(Skater.partition(g, x, all, k, min), x);
        Suggestion ours = ClusterSuggester.suggest(vs, g, Scenario.empty("bench"),
                SuggestionRequest.of(ClusterType.RESOURCE_POOLING).withBounds(new SizeBounds(min, vs.size()))
                        .withClusters(k).withSeed(seed));
        return new Comparison(name, vs.size(), k, min, ours.objective().value(), skater);
    }

    private double best(Supplier<?> work) {
        work.get();
        double best = Double.POSITIVE_INFINITY;
        for (int i = 0; i < repeat; i++) {
            long t = System.nanoTime();
            work.get();
            best = Math.min(best, (System.nanoTime() - t) / 1e6);
        }
        return best;
    }
}
