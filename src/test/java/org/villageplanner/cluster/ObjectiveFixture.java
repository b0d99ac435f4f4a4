package org.villageplanner.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.IntToDoubleFunction;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;
import org.villageplanner.domain.Assumptions;
import org.villageplanner.domain.ClusterType;
import org.villageplanner.domain.Village;
import org.villageplanner.geo.AdjacencyGraph;
import org.villageplanner.geo.SyntheticVillages;

/**
 * {@link RuleFixture}'s grid for worked figures of the suggester's objective, villages written by their number
 * (0 = G0000 … 8 = G0008, row 0 at the bottom):
 * <pre>
 *   6 M          7 W          8 W
 *   3 M 1.5M     4 W 0.3M     5 W tea
 *   0 S 2.7M tea 1 M 1.5M tea 2 M scenic
 * </pre>
 * {@link #VILLAGES} is RuleFixture's layer with the operating incomes of 0, 1, 3 and 4 set to 2.7, 1.5, 1.5 and
 * 0.3 million yuan (strong, medium, medium, weak under the default thresholds of 2 and 0.5 million): over those
 * four their mean is 1.5 million and their standard deviation 1.2 / √2 million, so their standardised incomes
 * are exactly √2, 0, 0 and −√2. Tags: tea 0 1 5, scenic 2, tidal_flat 4 (tag indices of a {@link Scorer}: tea 0,
 * scenic 1, tidal_flat 2, in order of first appearance). Populations 1,000 + number.
 */
final class ObjectiveFixture {
    static final List<Village> VILLAGES = build();

    private ObjectiveFixture() {
    }

    private static List<Village> build() {
        List<Village> out = new ArrayList<>(RuleFixture.VILLAGES);
        double[] operating = {2_700_000, 1_500_000, 0, 1_500_000, 300_000};
        for (int i : new int[] {0, 1, 3, 4}) {
            out.set(i, out.get(i).withIncomes(operating[i] * 1.8, operating[i]));
        }
        return List.copyOf(out);
    }

    /** A scorer over {@link #VILLAGES} on RuleFixture's graph with the default thresholds. */
    static Scorer scorer(ClusterType type, List<String> attributes, String activeNumbers) {
        return new Scorer(type, VILLAGES, RuleFixture.GRAPH, Assumptions.DEFAULTS, attributes, active(activeNumbers));
    }

    /** "0 1 3 4" → those villages take part; "all" → all nine. */
    static boolean[] active(String numbers) {
        boolean[] out = new boolean[VILLAGES.size()];
        if ("all".equals(numbers)) {
            Arrays.fill(out, true);
        } else {
            numbers(numbers).forEach(i -> out[i] = true);
        }
        return out;
    }

    /** The figures of the villages "0 1 …" added one by one ("-": none). */
    static ClusterStats stats(Scorer scorer, String numbers) {
        ClusterStats s = scorer.empty();
        numbers(numbers).forEach(v -> s.add(scorer, v));
        return s;
    }

    /** "0 1 / 3 4": labels 0 for villages 0 and 1, 1 for 3 and 4, −1 (taking no part) for the others. */
    static int[] labels(String clusters) {
        return labels(clusters, VILLAGES.size());
    }

    /** As {@link #labels(String)} for a layer of {@code n} villages. */
    static int[] labels(String clusters, int n) {
        int[] out = new int[n];
        Arrays.fill(out, -1);
        String[] groups = clusters.split("/");
        for (int c = 0; c < groups.length; c++) {
            for (int v : numbers(groups[c])) {
                out[v] = c;
            }
        }
        return out;
    }

    static Partition partition(Scorer scorer, String clusters) {
        return Partition.fromLabels(RuleFixture.GRAPH, scorer, labels(clusters));
    }

    /** The live clusters of {@code p} as "0 1 / 2 5 / 3 4": members ascending, clusters by their first member. */
    static String clusters(Partition p) {
        return p.clusters().stream().map(c -> p.members.get(c).stream().sorted().toList())
                .sorted(java.util.Comparator.comparing(m -> m.get(0)))
                .map(m -> m.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(" ")))
                .collect(java.util.stream.Collectors.joining(" / "));
    }

    /** "0 1 3" → [0, 1, 3]; "-" or blank → []. */
    static List<Integer> numbers(String numbers) {
        if (numbers == null || numbers.isBlank() || numbers.trim().equals("-")) {
            return List.of();
        }
        return Arrays.stream(numbers.trim().split("\\s+")).map(Integer::valueOf).toList();
    }

    /**
     * A row of villages from west to east: rectangles 1 km wide of the given heights (m), bottoms on one line, so
     * that neighbours share the shorter one's height as border; only the population is set.
     */
    static List<Village> row(int[] population, double[] heightMeters) {
        double degLonPerMeter = 1 / 96_490.0, degLatPerMeter = 1 / 110_850.0;
        GeometryFactory gf = new GeometryFactory();
        List<Village> out = new ArrayList<>();
        for (int i = 0; i < population.length; i++) {
            double x0 = 121.2 + i * 1000 * degLonPerMeter, x1 = 121.2 + (i + 1) * 1000 * degLonPerMeter;
            double y0 = 30.1, y1 = 30.1 + heightMeters[i] * degLatPerMeter;
            Polygon box = gf.createPolygon(new Coordinate[] {new Coordinate(x0, y0), new Coordinate(x1, y0),
                new Coordinate(x1, y1), new Coordinate(x0, y1), new Coordinate(x0, y0)});
            out.add(new Village(String.format("G%04d", i), "村" + i, "", box, population[i], 100, 180_000, 100_000, 0,
                    0, 0, Set.of(), false));
        }
        return out;
    }

    /**
     * A grid of 1-km squares ({@code rows} × {@code cols}, numbered row by row from the south-west), population 1,000
     * each; village {@code i} has the operating income {@code operatingYuan(i)} and 1.8 times that as total income.
     */
    static List<Village> grid(int rows, int cols, IntToDoubleFunction operatingYuan) {
        List<Village> grid = SyntheticVillages.grid(rows, cols, 1000, 1);
        List<Village> out = new ArrayList<>();
        for (int i = 0; i < grid.size(); i++) {
            Village g = grid.get(i);
            double operating = operatingYuan.applyAsDouble(i);
            out.add(new Village(g.code(), "村" + i, "", g.geometry(), 1000, 300, operating * 1.8, operating, 0, 0, 0,
                    Set.of(), false));
        }
        return out;
    }

    /** The partition's running total cost equals that of the same labels built at once. */
    static void assertRunningCostAsIfBuiltAtOnce(Partition p) {
        Partition fresh = Partition.fromLabels(p.graph, p.scorer, p.label);
        assertEquals(fresh.totalCost(), p.totalCost(), 1e-9, "running figures as if built at once");
    }

    /**
     * A RESOURCE_POOLING partition of {@code villages} (all taking part) on population: empty when {@code clusters}
     * is null, else clusters as in {@link #labels} ("0 1 / 2").
     */
    static Partition pooling(List<Village> villages, String clusters) {
        AdjacencyGraph graph = AdjacencyGraph.of(villages);
        boolean[] all = new boolean[villages.size()];
        Arrays.fill(all, true);
        Scorer s = new Scorer(ClusterType.RESOURCE_POOLING, villages, graph, Assumptions.DEFAULTS,
                List.of("population"), all);
        if (clusters == null) {
            return new Partition(graph, s);
        }
        return Partition.fromLabels(graph, s, labels(clusters, villages.size()));
    }
}
