package org.villageplanner.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.villageplanner.domain.ClusterType;
import org.villageplanner.domain.Scenario;
import org.villageplanner.domain.Village;
import org.villageplanner.geo.AdjacencyGraph;
import org.villageplanner.geo.SyntheticVillages;

/**
 * The quality bar of DESIGN.md: on the homogeneity objective, at the same number of clusters K, our
 * suggestion's within-cluster SSD is no worse than SKATER's, on seeded grids and generated Voronoi layers,
 * and every suggested cluster passes every rule.
 */
class SkaterComparisonTest {
    @ParameterizedTest(name = "{0} layer, {1} villages, seed {2}, K={3}, min {4}")
    @CsvSource(textBlock = """
            grid,     100, 1, 8,  1
            grid,     100, 2, 15, 1
            grid,     144, 3, 12, 1
            grid,     100, 4, 20, 2
            grid,     100, 4, 20, 1
            voronoi,  200, 5, 10, 1
            voronoi,  300, 6, 40, 1
            voronoi,  263, 7, 81, 2
            """)
    void ourSsdIsNoWorseThanSkaterAtTheSameK(String layer, int n, long seed, int k, int min) {
        List<Village> vs = layer.equals("grid") ? SyntheticVillages.grid((int) Math.sqrt(n), (int) Math.sqrt(n), 1000, seed)
                : SyntheticVillages.voronoi(n, 4, seed);
        AdjacencyGraph g = AdjacencyGraph.of(vs);
        double[][] x = new AttributeTable(vs, AttributeTable.DEFAULT).rows();
        boolean[] all = new boolean[vs.size()];
        Arrays.fill(all, true);
        int[] skater = Skater.partition(g, x, all, k, min);
        assertEquals(k, Arrays.stream(skater).max().orElse(-1) + 1, "SKATER reached K");
        double skaterSsd = Skater.ssd(skater, x);

        Suggestion ours = ClusterSuggester.suggest(vs, g, Scenario.empty("s"),
                SuggestionRequest.of(ClusterType.RESOURCE_POOLING).withBounds(new SizeBounds(min, vs.size()))
                        .withClusters(k).withSeed(seed));
        assertEquals(k, ours.clusters().size());
        double ourSsd = ours.objective().value();
        ClusterSuggesterTest.assertPassesAllRules(vs, ours, new SizeBounds(min, vs.size()));
        assertTrue(ourSsd <= skaterSsd + 1e-9, "ours " + ourSsd + " vs SKATER " + skaterSsd);
    }
}
