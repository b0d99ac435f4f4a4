package org.villageplanner.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.villageplanner.domain.Village;

/** Cut links are marked on the middle of the shared border; labels are anchored on their feature. */
class CutMarksTest {
    private static final double CELL_LON = 1000 / 96_490.0;
    private static final double CELL_LAT = 1000 / 110_850.0;

    @Test
    void eachCutLinkIsMarkedOnTheMiddleOfItsSharedBorderBetweenItsVillages() {
        List<Village> vs = SyntheticVillages.grid(3, 4, 1000, 1);
        BarrierCut.Result r = BarrierCut.apply(AdjacencyGraph.of(vs), vs,
                List.of(BarrierCutTest.river("龙山江", 2, 3)), 5);
        Map<String, Village> byCode = vs.stream().collect(Collectors.toMap(Village::code, v -> v));
        List<CutMarks.Mark> marks = CutMarks.place(r.cut(), byCode, 5);
        assertEquals(3, marks.size());
        double border = 121.2 + 2 * CELL_LON;
        for (CutMarks.Mark m : marks) {
            assertEquals(border, m.x(), 1e-7, "on the border between columns 1 and 2: " + m);
            Village a = byCode.get(m.link().a());
            double rowMiddle = a.geometry().getEnvelopeInternal().centre().y;
            assertEquals(rowMiddle, m.y(), CELL_LAT * 0.01, "half way along the border");
            assertTrue(a.geometry().contains(a.geometry().getFactory().createPoint(new Coordinate(m.ax(), m.ay()))));
            assertTrue(m.ax() < m.x() && m.x() < m.bx(), "between the two villages");
        }
        assertEquals(List.of(), CutMarks.place(r.cut(), Map.of(), 5), "unknown villages are left out");
    }

    @Test
    void labelsSitOnTheMiddleOfALineInsideAPolygonAndOnAPoint() {
        Geometry line = BarrierCutTest.line(121.0, 30.0, 121.0, 30.1, 121.2, 30.1);
        Coordinate mid = LabelAnchor.of(line);
        assertEquals(121.05, mid.x, 1e-9, "half of 0.3 degrees along: 0.1 up then 0.05 east");
        assertEquals(30.1, mid.y, 1e-9);
        Geometry lake = line.getFactory().createPolygon(new Coordinate[] {new Coordinate(0, 0), new Coordinate(4, 0),
            new Coordinate(4, 1), new Coordinate(1, 1), new Coordinate(1, 4), new Coordinate(0, 4),
            new Coordinate(0, 0)});
        Coordinate in = LabelAnchor.of(lake);
        assertTrue(lake.contains(lake.getFactory().createPoint(in)), "an L-shaped lake's label lies inside it");
        Geometry two = line.getFactory().createMultiLineString(new org.locationtech.jts.geom.LineString[] {
            (org.locationtech.jts.geom.LineString) BarrierCutTest.line(0, 0, 0, 1),
            (org.locationtech.jts.geom.LineString) BarrierCutTest.line(5, 0, 5, 10)});
        assertEquals(5, LabelAnchor.of(two).x, 1e-9, "on the longest part");
        assertEquals(3.5, LabelAnchor.of(line.getFactory().createPoint(new Coordinate(3.5, 2))).x, 1e-9);
        assertEquals(null, LabelAnchor.of(null));
    }
}
