package org.villageplanner.sample;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.triangulate.DelaunayTriangulationBuilder;

/**
 * Which sites are neighbours in the Delaunay triangulation (JTS), i.e. whose unclipped Voronoi cells share an
 * edge, kept only where the clipped cells still share one (at least two common vertices: cells of one diagram
 * share exact vertex coordinates). Result: for each site index, its neighbours' indexes in ascending order.
 */
final class Neighbours {
    private Neighbours() {
    }

    static List<int[]> delaunay(List<Coordinate> sites, List<? extends Geometry> cells) {
        Map<Coordinate, Integer> index = new HashMap<>();
        for (int i = 0; i < sites.size(); i++) {
            index.put(sites.get(i), i);
        }
        List<TreeSet<Integer>> sets = new ArrayList<>();
        sites.forEach(s -> sets.add(new TreeSet<>()));
        if (sites.size() >= 3) {
            DelaunayTriangulationBuilder b = new DelaunayTriangulationBuilder();
            b.setSites(sites);
            Geometry edges = b.getEdges(new GeometryFactory());
            for (int i = 0; i < edges.getNumGeometries(); i++) {
                Coordinate[] cs = edges.getGeometryN(i).getCoordinates();
                Integer a = index.get(cs[0]);
                Integer z = index.get(cs[cs.length - 1]);
                if (a != null && z != null && shareEdge(cells.get(a), cells.get(z))) {
                    sets.get(a).add(z);
                    sets.get(z).add(a);
                }
            }
        } else if (sites.size() == 2 && shareEdge(cells.get(0), cells.get(1))) {
            sets.get(0).add(1);
            sets.get(1).add(0);
        }
        List<int[]> out = new ArrayList<>();
        for (TreeSet<Integer> s : sets) {
            out.add(s.stream().mapToInt(Integer::intValue).toArray());
        }
        return out;
    }

    private static boolean shareEdge(Geometry a, Geometry b) {
        java.util.Set<Coordinate> va = new java.util.HashSet<>(java.util.Arrays.asList(a.getCoordinates()));
        int common = 0;
        for (Coordinate c : new java.util.HashSet<>(java.util.Arrays.asList(b.getCoordinates()))) {
            if (va.contains(c) && ++common >= 2) {
                return true;
            }
        }
        return false;
    }
}
