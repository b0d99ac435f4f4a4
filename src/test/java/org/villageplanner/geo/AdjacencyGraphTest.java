package org.villageplanner.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.villageplanner.domain.Village;

class AdjacencyGraphTest {
    private static final GeometryFactory GF = new GeometryFactory();

    @Test
    void gridCellsAreNeighboursAcrossEdgesButNotAtCorners() {
        AdjacencyGraph g = AdjacencyGraph.of(SyntheticVillages.grid(3, 3, 1000, 1));
        assertEquals(Set.of("G0001", "G0003", "G0005", "G0007"), g.neighbours("G0004"));
        assertFalse(g.areNeighbours("G0000", "G0004"), "corner-only touch");
        assertEquals(12, g.edgeCount());
        assertEquals(1000, g.sharedBorderMeters("G0000", "G0001"), 5);
        assertEquals(1_000_000, g.areaSquareMeters(g.indexOf("G0004")), 5_000);
    }

    /** Cells shrunk by a gap of {@code gapMeters} on each side: neighbours only when the gap is within tolerance. */
    @ParameterizedTest
    @CsvSource(textBlock = """
            # gap each side (m), tolerance (m), neighbours?
            0.0, 5, true
            1.0, 5, true
            2.0, 5, true
            3.0, 5, false
            1.0, 1, false
            -1.0, 5, true
            """)
    void smallGapsAndSliversAreToleratedUpToTheSnapTolerance(double gap, double tol, boolean neighbours) {
        List<Village> grid = SyntheticVillages.grid(1, 2, 1000, 1);
        List<Village> shrunk = grid.stream().map(v -> v.withGeometry(shrink(v.geometry(), gap))).toList();
        AdjacencyGraph g = new AdjacencyGraphBuilder().snapToleranceMeters(tol).build(shrunk);
        assertEquals(neighbours, g.areNeighbours("G0000", "G0001"));
        if (neighbours) {
            assertEquals(1000, g.sharedBorderMeters("G0000", "G0001"), 2 * Math.abs(gap) + 5);
        }
    }

    @Test
    void voronoiLayerIsSymmetricAndConnectedWithAboutSixNeighboursEach() {
        AdjacencyGraph g = AdjacencyGraph.of(SyntheticVillages.voronoi(300, 4, 7));
        assertEquals(1, g.components().size());
        double mean = 2.0 * g.edgeCount() / g.size();
        assertTrue(mean > 5 && mean < 6.1, "mean degree " + mean);
        for (int i = 0; i < g.size(); i++) {
            for (int k = 0; k < g.degree(i); k++) {
                String a = g.code(i), b = g.code(g.neighbour(i, k));
                assertTrue(g.areNeighbours(b, a));
                assertEquals(g.sharedBorderMeters(a, b), g.sharedBorderMeters(b, a));
                assertTrue(g.borderMeters(i, k) > 20);
            }
        }
    }

    @Test
    void villagesWithoutGeometryAreIsolatedAndFormTheirOwnComponents() {
        List<Village> vs = new ArrayList<>(SyntheticVillages.grid(2, 2, 1000, 1));
        vs.add(Village.of("X1", "无图村", 0, 0));
        AdjacencyGraph g = AdjacencyGraph.of(vs);
        assertTrue(g.isIsolated("X1"));
        assertEquals(List.of(List.of("G0000", "G0001", "G0002", "G0003"), List.of("X1")), g.components());
    }

    @Test
    void separateIslandsMakeSeparateComponents() {
        List<Village> vs = new ArrayList<>(SyntheticVillages.grid(1, 3, 1000, 1));
        vs.add(vs.get(0).withGeometry(translate(vs.get(0).geometry(), 0.2)));
        vs.set(3, new Village("ISL", "岛村", "", vs.get(3).geometry(), 0, 0, 0, 0, 0, 0, 0, Set.of(), false));
        AdjacencyGraph g = AdjacencyGraph.of(vs);
        assertEquals(2, g.components().size());
        assertTrue(g.isIsolated("ISL"));
    }

    /** Point villages: Delaunay edges, cut at the maximum distance. */
    @ParameterizedTest
    @CsvSource(textBlock = """
            # max distance (m), edges expected in a 3 x 3 lattice of points 1 km apart
            1500, 16
            1100, 12
            900, 0
            """)
    void pointLayersUseADelaunayGraphCutAtAMaximumDistance(double maxMeters, int edges) {
        List<Village> points = SyntheticVillages.asPoints(SyntheticVillages.grid(3, 3, 1000, 1));
        AdjacencyGraph g = new AdjacencyGraphBuilder().maxPointDistanceMeters(maxMeters).build(points);
        assertEquals(edges, g.edgeCount());
        assertEquals(0, g.sharedBorderMeters("G0000", "G0001"));
    }

    private static Geometry shrink(Geometry g, double meters) {
        // Scale about the centroid so that each side moves in by about `meters`.
        Coordinate c = g.getCentroid().getCoordinate();
        double f = (500 - meters) / 500;
        Geometry copy = g.copy();
        for (Coordinate p : copy.getCoordinates()) {
            p.x = c.x + (p.x - c.x) * f;
            p.y = c.y + (p.y - c.y) * f;
        }
        copy.geometryChanged();
        return copy;
    }

    private static Geometry translate(Geometry g, double dLon) {
        Geometry copy = g.copy();
        for (Coordinate p : copy.getCoordinates()) {
            p.x += dLon;
        }
        copy.geometryChanged();
        return copy;
    }
}
