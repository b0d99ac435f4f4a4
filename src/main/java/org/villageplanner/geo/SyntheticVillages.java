package org.villageplanner.geo;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.triangulate.VoronoiDiagramBuilder;
import org.villageplanner.domain.Village;

/**
 * Generated village layers for tests and benchmarks: square grids and Voronoi "townships" in EPSG:4326
 * near 慈溪 (121.2°E, 30.1°N), with plausible, spatially smooth attributes (incomes in yuan, a mix of
 * strong, medium and weak villages, resource tags). The same seed gives the same layer. Not real data.
 */
public final class SyntheticVillages {
    private static final double LON0 = 121.2;
    private static final double LAT0 = 30.1;
    /** Degrees per metre, roughly, at 30°N: good enough for generating shapes. */
    private static final double DEG_LAT_PER_M = 1 / 110_850.0;
    private static final double DEG_LON_PER_M = 1 / 96_490.0;
    private static final String[] TAGS = {"tea", "bayberry", "tidal_flat", "forest", "scenic", "red_heritage",
        "fishery", "bamboo"};

    private SyntheticVillages() {
    }

    /** A rows × cols grid of square villages of {@code cellMeters} sides; codes G0000, G0001, ... row-major. */
    public static List<Village> grid(int rows, int cols, double cellMeters, long seed) {
        GeometryFactory gf = new GeometryFactory();
        Random random = new Random(seed);
        List<Village> out = new ArrayList<>();
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                double x0 = LON0 + c * cellMeters * DEG_LON_PER_M;
                double y0 = LAT0 + r * cellMeters * DEG_LAT_PER_M;
                double x1 = LON0 + (c + 1) * cellMeters * DEG_LON_PER_M;
                double y1 = LAT0 + (r + 1) * cellMeters * DEG_LAT_PER_M;
                Polygon p = gf.createPolygon(new Coordinate[] {new Coordinate(x0, y0), new Coordinate(x1, y0),
                    new Coordinate(x1, y1), new Coordinate(x0, y1), new Coordinate(x0, y0)});
                String code = String.format("G%04d", r * cols + c);
                out.add(village(code, p, (double) c / cols, (double) r / rows, random));
            }
        }
        return out;
    }

    /** {@code count} Voronoi villages of about {@code meanAreaKm2} each, clipped to a square. */
    public static List<Village> voronoi(int count, double meanAreaKm2, long seed) {
        Random random = new Random(seed);
        double side = Math.sqrt(count * meanAreaKm2 * 1e6);
        Envelope box = new Envelope(LON0, LON0 + side * DEG_LON_PER_M, LAT0, LAT0 + side * DEG_LAT_PER_M);
        List<Coordinate> sites = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            sites.add(new Coordinate(box.getMinX() + random.nextDouble() * box.getWidth(),
                    box.getMinY() + random.nextDouble() * box.getHeight()));
        }
        GeometryFactory gf = new GeometryFactory();
        VoronoiDiagramBuilder vb = new VoronoiDiagramBuilder();
        vb.setSites(sites);
        vb.setClipEnvelope(box);
        Geometry cells = vb.getDiagram(gf);
        Geometry clip = gf.toGeometry(box);
        List<Village> out = new ArrayList<>();
        for (int i = 0; i < cells.getNumGeometries(); i++) {
            Geometry cell = cells.getGeometryN(i).intersection(clip);
            Coordinate site = (Coordinate) cells.getGeometryN(i).getUserData();
            double fx = (site.x - box.getMinX()) / box.getWidth();
            double fy = (site.y - box.getMinY()) / box.getHeight();
            out.add(village(String.format("V%05d", i), cell, fx, fy, random));
        }
        return out;
    }

    /** Points at the villages' interior points: the same layer as a point layer. */
    public static List<Village> asPoints(List<Village> villages) {
        return villages.stream().map(v -> v.withGeometry(v.geometry().getInteriorPoint())).toList();
    }

    private static Village village(String code, Geometry g, double fx, double fy, Random random) {
        // A smooth trend plus noise, so that neighbouring villages tend to be alike (as in real counties).
        double trend = 0.5 + 0.35 * Math.sin(3.1 * fx) * Math.cos(2.3 * fy) + 0.25 * fx;
        double operating = Math.max(50_000, 2_400_000 * trend * Math.exp(0.6 * random.nextGaussian()) - 400_000);
        double total = operating / (0.5 + 0.1 * random.nextDouble());
        int population = 800 + (int) (3_200 * (0.6 * fy + 0.4 * random.nextDouble()));
        Set<String> tags = new TreeSet<>();
        int k = random.nextInt(3);
        for (int i = 0; i < k; i++) {
            tags.add(TAGS[random.nextInt(TAGS.length)]);
        }
        return new Village(code, "村" + code, "synthetic", g, population, population / 3,
                Math.round(total), Math.round(operating), 0, random.nextInt(40), random.nextInt(30), tags, false);
    }
}
