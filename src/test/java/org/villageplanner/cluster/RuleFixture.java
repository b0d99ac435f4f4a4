package org.villageplanner.cluster;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.villageplanner.domain.Village;
import org.villageplanner.geo.AdjacencyGraph;
import org.villageplanner.geo.SyntheticVillages;

/**
 * A 3 × 3 grid of square villages (row 0 at the bottom), with chosen strengths and resources:
 * <pre>
 *   G0006 M        G0007 W        G0008 W
 *   G0003 W        G0004 S tidal  G0005 W tea
 *   G0000 S tea    G0001 W tea    G0002 M scenic
 * </pre>
 */
final class RuleFixture {
    static final List<Village> VILLAGES = build();
    static final AdjacencyGraph GRAPH = AdjacencyGraph.of(VILLAGES);

    private RuleFixture() {
    }

    private static List<Village> build() {
        double[] operating = {3_000_000, 300_000, 1_000_000, 200_000, 2_500_000, 100_000, 900_000, 400_000, 250_000};
        List<Set<String>> resources = List.of(Set.of("tea"), Set.of("tea"), Set.of("scenic"), Set.of(),
                Set.of("tidal_flat"), Set.of("tea"), Set.of(), Set.of(), Set.of());
        List<Village> out = new ArrayList<>();
        List<Village> grid = SyntheticVillages.grid(3, 3, 1000, 1);
        for (int i = 0; i < 9; i++) {
            Village g = grid.get(i);
            out.add(new Village(g.code(), "村" + i, "", g.geometry(), 1000 + i, 300, operating[i] * 1.8,
                    operating[i], 0, 0, 0, resources.get(i), false));
        }
        return out;
    }
}
