package org.villageplanner.sample;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.triangulate.VoronoiDiagramBuilder;

/**
 * Synthetic village polygons: the Voronoi cells of seed points (JTS {@link VoronoiDiagramBuilder}), clipped to a
 * region, each returned as a MultiPolygon in the order of the sites. Coordinates are lon/lat degrees; the cells are
 * computed in degrees, which is fine for the small, illustrative extents we use. Sites must be distinct and inside
 * the region (a site outside gets an empty MultiPolygon).
 */
public final class VoronoiCells {
    private VoronoiCells() {
    }

    public static List<MultiPolygon> build(List<Coordinate> sites, Geometry region, GeometryFactory f) {
        VoronoiDiagramBuilder builder = new VoronoiDiagramBuilder();
        builder.setSites(sites);
        Envelope clip = new Envelope(region.getEnvelopeInternal());
        clip.expandBy(Math.max(clip.getWidth(), clip.getHeight()) * 0.1);
        builder.setClipEnvelope(clip);
        Geometry diagram = builder.getDiagram(f);
        Map<Coordinate, Integer> index = new HashMap<>();
        for (int i = 0; i < sites.size(); i++) {
            index.put(sites.get(i), i);
        }
        MultiPolygon[] cells = new MultiPolygon[sites.size()];
        PreparedGeometry prepared = PreparedGeometryFactory.prepare(region);
        boolean rectangle = region.isRectangle();
        for (int i = 0; i < diagram.getNumGeometries(); i++) {
            Geometry cell = diagram.getGeometryN(i);
            Integer site = index.get((Coordinate) cell.getUserData());
            if (site == null) {
                continue;
            }
            Geometry clipped = rectangle || prepared.containsProperly(cell) ? cell : cell.intersection(region);
            cells[site] = multi(clipped, f);
        }
        List<MultiPolygon> out = new ArrayList<>(sites.size());
        for (MultiPolygon m : cells) {
            out.add(m == null ? f.createMultiPolygon() : m);
        }
        return out;
    }

    /** The polygons of {@code g} (dropping any lines or points a clip may leave) as one MultiPolygon. */
    static MultiPolygon multi(Geometry g, GeometryFactory f) {
        List<Polygon> polys = new ArrayList<>();
        for (int i = 0; i < g.getNumGeometries(); i++) {
            if (g.getGeometryN(i) instanceof Polygon p && !p.isEmpty()) {
                Polygon copy = (Polygon) f.createGeometry(p);
                copy.setUserData(null);
                polys.add(copy);
            }
        }
        return f.createMultiPolygon(polys.toArray(new Polygon[0]));
    }
}
