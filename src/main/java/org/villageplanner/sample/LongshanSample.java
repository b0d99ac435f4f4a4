package org.villageplanner.sample;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.geom.Triangle;
import org.villageplanner.domain.PlannerException;
import org.villageplanner.domain.PlanProject;
import org.villageplanner.domain.ProjectInfo;
import org.villageplanner.domain.Scenario;
import org.villageplanner.domain.Village;

/**
 * The bundled sample township 龙山镇 (慈溪市, town code 330282123): its real village committees (codes and short
 * names from the 2023 division list), synthetic Voronoi polygons from seeded points in the eastern end of the
 * 慈溪 outline, and the illustrative figures of {@code samples/longshan_villages.csv}.
 *
 * <p>徐福村, 田央村 and 筋竹村 get fixed sites forming a small triangle whose circumcircle no other site may enter,
 * so the three are a Delaunay triangle and their cells share borders pairwise. Everything else comes from
 * {@link #SEED}: the same inputs always give the same project.
 */
public final class LongshanSample {
    public static final String TOWN_CODE = "330282123";
    public static final String TOWN = "龙山镇";
    public static final String XUFU = "330282123215";
    public static final String TIANYANG = "330282123211";
    public static final String JINZHU = "330282123217";
    public static final long SEED = 20231;
    /** Township envelope in lon/lat: the east end of the 慈溪 outline. */
    static final Envelope TOWNSHIP = new Envelope(121.44, 121.58, 30.06, 30.19);

    private LongshanSample() {
    }

    /**
     * The villages, with polygons, in division-code order.
     *
     * @param countyOutline the 慈溪 outline in lon/lat ({@code maps/cixi_outline_wgs84.geojson}, read by the caller)
     */
    public static List<Village> villages(Path samplesDir, Geometry countyOutline) {
        GeometryFactory f = new GeometryFactory(new PrecisionModel(), 4326);
        Geometry outline = inFactory(countyOutline, f);
        Geometry region = largestPart(outline.intersection(townshipShape(f)));
        List<Divisions.Unit> units = Divisions.villages(samplesDir.resolve("cixi_divisions_2023.csv"), TOWN_CODE);
        Path sheetFile = samplesDir.resolve("longshan_villages.csv");
        Map<String, Village> sheet = VillageSheet.read(sheetFile);

        Map<String, Coordinate> fixed = Map.of(
                XUFU, new Coordinate(121.515, 30.118),
                TIANYANG, new Coordinate(121.533, 30.108),
                JINZHU, new Coordinate(121.512, 30.099));
        List<Coordinate> taken = new ArrayList<>(fixed.values());
        Coordinate[] trio = {fixed.get(XUFU), fixed.get(TIANYANG), fixed.get(JINZHU)};
        Coordinate centre = Triangle.circumcentre(trio[0], trio[1], trio[2]);
        Geometry keepOut = f.createPoint(centre).buffer(centre.distance(trio[0]) * 1.15);
        double spacing = Math.sqrt(region.getArea() / units.size()) * 0.75;
        PointSampler sampler = new PointSampler(SEED, region);
        List<Coordinate> others = sampler.sample(units.size() - fixed.size(), spacing, taken, keepOut);

        List<Coordinate> sites = new ArrayList<>();
        int next = 0;
        for (Divisions.Unit u : units) {
            sites.add(fixed.containsKey(u.code()) ? fixed.get(u.code()) : others.get(next++));
        }
        List<MultiPolygon> cells = VoronoiCells.build(sites, region, f);
        List<Village> out = new ArrayList<>();
        for (int i = 0; i < units.size(); i++) {
            Divisions.Unit u = units.get(i);
            Village row = sheet.get(u.code());
            if (row == null) {
                throw new PlannerException("sample.sheet.missingVillage", sheetFile, u.code(), u.shortName());
            }
            out.add(new Village(u.code(), u.shortName(), u.townName(), cells.get(i), row.population(), row.households(),
                    row.totalIncome(), row.operatingIncome(), row.assets(), row.idleLandMu(), row.idleHouses(),
                    row.resources(), row.mountain()));
        }
        return out;
    }

    /**
     * The sample project: 现状 and {@code planA}. 现状 is the same township without clusters, so it takes
     * {@code planA}'s assumptions (growth, land value, Monte Carlo): comparing the two then shows the effect of
     * the clusters alone.
     */
    public static PlanProject project(Path samplesDir, Geometry countyOutline, Scenario planA) {
        Scenario baseline = new Scenario(Scenario.BASELINE_NAME, BASELINE_NOTES, planA.assumptions(), List.of());
        return new PlanProject(info(), villages(samplesDir, countyOutline), List.of(baseline, planA));
    }

    static final String BASELINE_NOTES = "现状：不组建片区，其余假设与方案A相同，便于对比片区的作用。";

    public static ProjectInfo info() {
        return new ProjectInfo("龙山镇村庄片区组团规划（示例）", "慈溪市龙山镇", true,
                "示例数据：村名与区划代码来自国家统计局 2023 年统计用区划代码；村界为合成的泰森多边形（非测绘边界），"
                        + "人口、收入、资产与资源均为示意数据。Sample data: real village names and codes (NBS 2023); "
                        + "synthetic Voronoi boundaries; illustrative figures.");
    }

    /**
     * A rounded township inside {@link #TOWNSHIP}: an ellipse with a seeded wobble, so that the sample looks like a
     * township rather than a rectangle of cells.
     */
    static Geometry townshipShape(GeometryFactory f) {
        java.util.Random random = new java.util.Random(SEED);
        int n = 48;
        Coordinate[] ring = new Coordinate[n + 1];
        double cx = TOWNSHIP.centre().x;
        double cy = TOWNSHIP.centre().y;
        for (int i = 0; i < n; i++) {
            double a = 2 * Math.PI * i / n;
            double r = 0.9 + 0.1 * random.nextDouble();
            ring[i] = new Coordinate(cx + Math.cos(a) * r * TOWNSHIP.getWidth() / 2,
                    cy + Math.sin(a) * r * TOWNSHIP.getHeight() / 2);
        }
        ring[n] = ring[0];
        return f.createPolygon(ring);
    }

    /** {@code g} built by {@code f} (lon/lat, SRID 4326); a one-part collection becomes its part. */
    static Geometry inFactory(Geometry g, GeometryFactory f) {
        return f.createGeometry(g.getNumGeometries() == 1 ? g.getGeometryN(0) : g);
    }

    static Geometry largestPart(Geometry g) {
        Geometry best = null;
        for (int i = 0; i < g.getNumGeometries(); i++) {
            Geometry part = g.getGeometryN(i);
            if (best == null || part.getArea() > best.getArea()) {
                best = part;
            }
        }
        return best;
    }
}
