package org.villageplanner.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.villageplanner.domain.Barrier;
import org.villageplanner.domain.Cluster;
import org.villageplanner.domain.ClusterType;
import org.villageplanner.domain.Scenario;
import org.villageplanner.domain.Village;
import org.villageplanner.geo.AdjacencyGraph;
import org.villageplanner.geo.BarrierCut;
import org.villageplanner.geo.SyntheticVillages;

/** A county split by a river: suggestions and the contiguity rule work on the cut graph. */
class BarrierSuggestTest {
    private static final int COLS = 10;
    private static final double CELL_LON = 1000 / 96_490.0;

    /** A 8 × 10 grid with a river along the border between columns 4 and 5, digitised 15 m off it. */
    static BarrierCut.Result county(List<Village> vs) {
        double x = 121.2 + 5 * CELL_LON - 15 / 96_490.0;
        Barrier river = new Barrier("姚江", new GeometryFactory().createLineString(new Coordinate[] {
            new Coordinate(x, 30.05), new Coordinate(x, 30.2)}));
        return BarrierCut.apply(AdjacencyGraph.of(vs), vs, List.of(river), 5);
    }

    static int column(String code) {
        return Integer.parseInt(code.substring(1)) % COLS;
    }

    @Test
    void everySuggestedClusterStaysOnItsSideOfTheRiver() {
        List<Village> vs = SyntheticVillages.grid(8, COLS, 1000, 7);
        BarrierCut.Result cut = county(vs);
        assertEquals(8, cut.cut().size(), "one link per row crosses the river");
        for (ClusterType type : ClusterType.values()) {
            if (type == ClusterType.ENCLAVE) {
                continue;
            }
            Suggestion s = ClusterSuggester.suggest(vs, cut.graph(), Scenario.empty("base"),
                    SuggestionRequest.of(type).withSeed(3));
            assertTrue(s.clusters().size() > 5, type + " suggested " + s.clusters().size());
            for (Cluster c : s.domainClusters()) {
                Set<Boolean> sides = c.members().stream().map(m -> column(m) < 5).collect(Collectors.toSet());
                assertEquals(1, sides.size(), type + ": " + c.members() + " reaches across the river");
            }
            ValidationReport report = new ClusterValidator(null, cut.cut()).check(
                    Scenario.empty("s").withClusters(s.domainClusters()), vs, cut.graph());
            assertTrue(report.problems().stream().noneMatch(p -> p.rule() == RuleId.CONTIGUITY), report.toString());
        }
    }

    @Test
    void aClusterAcrossTheRiverIsNamedByTheBarrierUntilItHasABridge() {
        List<Village> vs = SyntheticVillages.grid(8, COLS, 1000, 7);
        BarrierCut.Result cut = county(vs);
        Cluster across = Cluster.of("x", "跨江片区", ClusterType.COMPLEMENTARY, "G0004", List.of("G0004", "G0005"));
        Map<String, Village> byCode = vs.stream().collect(Collectors.toMap(Village::code, v -> v));
        List<Problem> problems = ContiguityRule.check(across, cut.graph(), byCode, cut.cut());
        assertEquals(1, problems.size());
        assertTrue(problems.get(0).message().contains("姚江"), problems.get(0).message());
        assertTrue(ContiguityRule.check(across.withBridges(List.of("姚江")), cut.graph(), byCode, cut.cut()).isEmpty());
        assertEquals(1, ContiguityRule.check(across.withBridges(List.of("别的河")), cut.graph(), byCode, cut.cut())
                .size(), "a bridge over another barrier does not help");
    }
}
