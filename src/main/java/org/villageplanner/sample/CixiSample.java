package org.villageplanner.sample;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.PrecisionModel;
import org.villageplanner.domain.PlanProject;
import org.villageplanner.domain.ProjectInfo;
import org.villageplanner.domain.Scenario;
import org.villageplanner.domain.Village;

/**
 * The county-scale sample 慈溪市: every village committee of the 2023 division list (the virtual communities and
 * 龙山农垦场生活区 are not village committees and stay out), synthetic Voronoi polygons over the whole county outline
 * from sites grouped by town (a seeded centre per town, villages scattered around it; 龙山镇 at the east end), and
 * illustrative figures (龙山镇's from {@code longshan_villages.csv}, the others seeded). One scenario, 现状.
 */
public final class CixiSample {
    public static final long SEED = 330282;

    private CixiSample() {
    }

    /** @param countyOutline the 慈溪 outline in lon/lat ({@code maps/cixi_outline_wgs84.geojson}, read by the caller) */
    public static PlanProject project(Path samplesDir, Geometry countyOutline) {
        GeometryFactory f = new GeometryFactory(new PrecisionModel(), 4326);
        Geometry outline = LongshanSample.largestPart(LongshanSample.inFactory(countyOutline, f));
        List<Divisions.Unit> units = Divisions.villages(samplesDir.resolve("cixi_divisions_2023.csv"), null);
        Map<String, Village> sheet = VillageSheet.read(samplesDir.resolve("longshan_villages.csv"));
        Map<String, List<Divisions.Unit>> towns = new LinkedHashMap<>();
        units.forEach(u -> towns.computeIfAbsent(u.townCode(), k -> new ArrayList<>()).add(u));

        PointSampler sampler = new PointSampler(SEED, outline);
        List<Coordinate> centres = new ArrayList<>();
        centres.add(new Coordinate(121.50, 30.13)); // 龙山镇 lies at the east end of the county
        double townSpacing = Math.sqrt(outline.getArea() / towns.size()) * 0.7;
        List<Coordinate> others = sampler.sample(towns.size() - 1, townSpacing, new ArrayList<>(centres), null);
        List<Coordinate> sites = new ArrayList<>();
        List<Divisions.Unit> order = new ArrayList<>();
        List<Coordinate> taken = new ArrayList<>();
        double villageSpacing = Math.sqrt(outline.getArea() / units.size()) * 0.45;
        int next = 0;
        for (Map.Entry<String, List<Divisions.Unit>> town : towns.entrySet()) {
            Coordinate centre = town.getKey().equals(LongshanSample.TOWN_CODE) ? centres.get(0) : others.get(next++);
            double sigma = Math.sqrt(town.getValue().size()) * villageSpacing * 0.6;
            for (Divisions.Unit u : town.getValue()) {
                sites.add(sampler.near(centre, sigma, villageSpacing, taken));
                order.add(u);
            }
        }
        List<MultiPolygon> cells = VoronoiCells.build(sites, outline, f);
        Random random = new Random(SEED);
        List<Village> villages = new ArrayList<>();
        for (int i = 0; i < order.size(); i++) {
            Divisions.Unit u = order.get(i);
            Village known = sheet.get(u.code());
            Village seeded = SyntheticProject.withFigures(u.code(), u.shortName(), u.townName(), cells.get(i), random);
            villages.add(known == null ? seeded : new Village(u.code(), u.shortName(), u.townName(), cells.get(i),
                    known.population(), known.households(), known.totalIncome(), known.operatingIncome(),
                    known.assets(), known.idleLandMu(), known.idleHouses(), known.resources(), known.mountain()));
        }
        ProjectInfo info = new ProjectInfo("慈溪市村庄片区组团规划（示例）", "慈溪市", true,
                "示例数据：村名与区划代码来自国家统计局 2023 年统计用区划代码；村界为按乡镇分组的合成泰森多边形（非测绘边界），"
                        + "龙山镇以外各村的人口、收入与资源为随机示意值。Sample data: real names and codes (NBS 2023); "
                        + "synthetic Voronoi boundaries grouped by town; illustrative figures.");
        return new PlanProject(info, villages, List.of(Scenario.empty("现状")));
    }
}
