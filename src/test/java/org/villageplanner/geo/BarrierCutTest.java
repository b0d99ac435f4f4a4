package org.villageplanner.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.villageplanner.domain.Barrier;
import org.villageplanner.domain.Village;

class BarrierCutTest {
    private static final GeometryFactory GF = new GeometryFactory();
    /** Grid of SyntheticVillages: 1 km cells from 121.2E, 30.1N. */
    private static final double CELL_LON = 1000 / 96_490.0;
    private static final double CELL_LAT = 1000 / 110_850.0;

    static Geometry line(double... xy) {
        Coordinate[] cs = new Coordinate[xy.length / 2];
        for (int i = 0; i < cs.length; i++) {
            cs[i] = new Coordinate(xy[2 * i], xy[2 * i + 1]);
        }
        return GF.createLineString(cs);
    }

    /** A river 10 m east of the west border of column {@code col}, from south to north of the grid. */
    static Barrier river(String name, int col, int rows) {
        double x = 121.2 + col * CELL_LON + 10 / 96_490.0;
        return new Barrier(name, line(x, 30.09, x, 30.1 + rows * CELL_LAT + 0.01));
    }

    @Test
    void aRiverAlongAColumnBorderCutsExactlyTheLinksAcrossIt() {
        List<Village> vs = SyntheticVillages.grid(3, 4, 1000, 1);
        AdjacencyGraph g = AdjacencyGraph.of(vs);
        BarrierCut.Result r = BarrierCut.apply(g, vs, List.of(river("龙山江", 2, 3)), 5);
        assertEquals(3, r.cut().size(), "one link per row crosses the river");
        for (BarrierCut.Link l : r.cut()) {
            int ca = Integer.parseInt(l.a().substring(1)) % 4;
            int cb = Integer.parseInt(l.b().substring(1)) % 4;
            assertEquals(List.of(1, 2), List.of(Math.min(ca, cb), Math.max(ca, cb)), l.toString());
            assertEquals(List.of("龙山江"), l.barriers());
        }
        assertEquals(g.edgeCount() - 3, r.graph().edgeCount());
        assertFalse(r.graph().areNeighbours("G0001", "G0002"));
        assertTrue(r.graph().areNeighbours("G0000", "G0001"));
        assertTrue(r.graph().areNeighbours("G0002", "G0006"), "links along the river stay");
        assertEquals(2, r.graph().components().size(), "the river splits the grid in two");
        assertEquals(g.sharedBorderMeters("G0000", "G0001"), r.graph().sharedBorderMeters("G0000", "G0001"));
        assertEquals(g.centroidX(5), r.graph().centroidX(5));
    }

    @Test
    void aRoadCrossingOneBorderCutsOnlyThatLinkAndARoadInsideAVillageCutsNothing() {
        List<Village> vs = SyntheticVillages.grid(2, 2, 1000, 1);
        AdjacencyGraph g = AdjacencyGraph.of(vs);
        double midY = 30.1 + 0.5 * CELL_LAT;
        Barrier crossing = new Barrier("S9", line(121.2 + 0.5 * CELL_LON, midY, 121.2 + 1.5 * CELL_LON, midY));
        BarrierCut.Result r = BarrierCut.apply(g, vs, List.of(crossing), 5);
        assertEquals(1, r.cut().size());
        assertEquals("G0000", r.cut().get(0).a());
        assertEquals("G0001", r.cut().get(0).b());

        Barrier inside = new Barrier("村道", line(121.2 + 0.3 * CELL_LON, midY, 121.2 + 0.7 * CELL_LON, midY));
        BarrierCut.Result none = BarrierCut.apply(g, vs, List.of(inside), 5);
        assertTrue(none.cut().isEmpty());
        assertSame(g, none.graph(), "nothing cut: the graph as built");
    }

    @Test
    void aLakePolygonOverTheBorderCutsAndPointVillagesAreCutByTheSegmentBetweenThem() {
        List<Village> vs = SyntheticVillages.grid(1, 2, 1000, 1);
        double x = 121.2 + CELL_LON;
        Geometry lake = line(x - 0.001, 30.1 + 0.2 * CELL_LAT, x + 0.001, 30.1 + 0.2 * CELL_LAT).buffer(0.0005);
        BarrierCut.Result r = BarrierCut.apply(AdjacencyGraph.of(vs), vs, List.of(new Barrier("湖", lake)), 5);
        assertEquals(1, r.cut().size());

        List<Village> points = SyntheticVillages.asPoints(SyntheticVillages.grid(1, 2, 1000, 1));
        AdjacencyGraph pg = AdjacencyGraph.of(points);
        assertTrue(pg.areNeighbours("G0000", "G0001"));
        BarrierCut.Result pr = BarrierCut.apply(pg, points, List.of(river("河", 1, 1)), 5);
        assertFalse(pr.graph().areNeighbours("G0000", "G0001"));
    }
}
