package org.villageplanner.sample;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.PrecisionModel;
import org.villageplanner.domain.Assumptions;
import org.villageplanner.domain.Cluster;
import org.villageplanner.domain.ClusterType;
import org.villageplanner.domain.PlannerException;
import org.villageplanner.domain.PlanProject;
import org.villageplanner.domain.ProjectInfo;
import org.villageplanner.domain.Scenario;
import org.villageplanner.domain.Strength;
import org.villageplanner.domain.Village;

/**
 * Synthetic projects of any size (1 to {@value #MAX_VILLAGES} villages) for benchmarks and demos: sites on a
 * jittered grid in a rectangle of about {@value #KM2_PER_VILLAGE} km² per village (in Zhejiang, around 120°E 29°N),
 * their Voronoi cells as village polygons, seeded illustrative figures, towns of about 25 villages, scenario
 * 现状 (no clusters) and scenario 方案 with clusters of 2–5 villages grown over Delaunay neighbours.
 * The same size and seed always give an equal project. Codes start with 99, which no real province uses.
 */
public final class SyntheticProject {
    public static final int MAX_VILLAGES = org.villageplanner.domain.ProjectLimits.MAX_VILLAGES;
    static final double KM2_PER_VILLAGE = 4.0;
    private static final String[] RESOURCES = {"tea", "bayberry", "tidal_flat", "forest", "scenic", "red_heritage",
        "fishery", "orchard", "farmland"};

    private SyntheticProject() {
    }

    public static PlanProject generate(int villages, long seed) {
        if (villages < 1 || villages > MAX_VILLAGES) {
            throw new PlannerException("sample.generate.size", villages, 1, MAX_VILLAGES);
        }
        Random random = new Random(seed);
        GeometryFactory f = new GeometryFactory(new PrecisionModel(), 4326);
        int cols = (int) Math.ceil(Math.sqrt(villages));
        int rows = (int) Math.ceil(villages / (double) cols);
        double cellKm = Math.sqrt(KM2_PER_VILLAGE);
        double lat0 = 29.0;
        double dLat = cellKm / 111.32;
        double dLon = cellKm / (111.32 * Math.cos(Math.toRadians(lat0)));
        double lon0 = 120.0;
        Envelope box = new Envelope(lon0, lon0 + cols * dLon, lat0, lat0 + rows * dLat);
        List<Coordinate> sites = new ArrayList<>(villages);
        for (int i = 0; i < villages; i++) {
            int r = i / cols;
            int c = i % cols;
            // Jitter inside the grid cell keeps sites distinct and cells of similar, village-like size.
            sites.add(new Coordinate(lon0 + (c + 0.1 + 0.8 * random.nextDouble()) * dLon,
                    lat0 + (r + 0.1 + 0.8 * random.nextDouble()) * dLat));
        }
        List<MultiPolygon> cells = VoronoiCells.build(sites, f.toGeometry(box), f);
        int townSide = 5; // towns of 5 × 5 grid cells
        List<Village> out = new ArrayList<>(villages);
        for (int i = 0; i < villages; i++) {
            int town = (i / cols / townSide) * ((cols + townSide - 1) / townSide) + (i % cols) / townSide + 1;
            out.add(village(i, town, cells.get(i), random));
        }
        Scenario plan = new Scenario("方案", "合成方案：由相邻村（Delaunay 邻接）组成 2–5 村的片区。",
                Assumptions.DEFAULTS, clusters(out, Neighbours.delaunay(sites, cells), random));
        ProjectInfo info = new ProjectInfo("合成示例项目（" + villages + " 村，种子 " + seed + "）", "示例县", true,
                "合成数据：村界为泰森多边形，人口与收入为随机示意值，仅用于演示与性能测试。Synthetic data for demos and benchmarks.");
        return new PlanProject(info, out, List.of(Scenario.empty("现状"), plan));
    }

    private static Village village(int i, int town, MultiPolygon cell, Random random) {
        String code = String.format("99%04d%06d", town, i + 1);
        return withFigures(code, String.format("样本%d村", i + 1), String.format("示例%d镇", town), cell, random);
    }

    /** A village with seeded illustrative figures (operating ≈ 54–59% of total, as in DOMAIN_CASES.md). */
    static Village withFigures(String code, String name, String town, MultiPolygon cell, Random random) {
        // Log-normal operating income around 80万 gives a realistic mix of weak, medium and strong villages.
        double operating = Math.round(800_000 * Math.exp(0.8 * random.nextGaussian()) / 1000.0) * 1000.0;
        double total = Math.round(operating / (0.54 + 0.05 * random.nextDouble()) / 1000.0) * 1000.0;
        int population = 600 + random.nextInt(4200);
        int households = (int) Math.round(population / (2.6 + 0.5 * random.nextDouble()));
        double assets = Math.round(operating * (5 + 7 * random.nextDouble()) / 10_000.0) * 10_000.0;
        double idle = Math.round(random.nextDouble() * 450) / 10.0;
        Set<String> res = new TreeSet<>();
        int tags = 1 + random.nextInt(3);
        while (res.size() < tags) {
            res.add(RESOURCES[random.nextInt(RESOURCES.length)]);
        }
        return new Village(code, name, town, cell, population,
                households, total, operating, assets, idle, random.nextInt(40), res, false);
    }

    /** Greedy: each unassigned village seeds a cluster grown breadth-first over unassigned neighbours. */
    static List<Cluster> clusters(List<Village> villages, List<int[]> neighbours, Random random) {
        boolean[] used = new boolean[villages.size()];
        List<Cluster> out = new ArrayList<>();
        for (int start = 0; start < villages.size(); start++) {
            if (used[start]) {
                continue;
            }
            int target = 2 + random.nextInt(4);
            List<Integer> members = new ArrayList<>();
            Deque<Integer> queue = new ArrayDeque<>(List.of(start));
            used[start] = true;
            while (!queue.isEmpty() && members.size() < target) {
                int v = queue.poll();
                members.add(v);
                for (int n : neighbours.get(v)) {
                    if (!used[n] && members.size() + queue.size() < target) {
                        used[n] = true;
                        queue.add(n);
                    }
                }
            }
            queue.forEach(v -> used[v] = false);
            if (members.size() < 2) {
                used[start] = false;
                continue;
            }
            out.add(cluster(out.size() + 1, members.stream().map(villages::get).toList()));
        }
        return out;
    }

    private static Cluster cluster(int n, List<Village> members) {
        Assumptions a = Assumptions.DEFAULTS;
        Village strongest = members.stream().max((x, y) -> Double.compare(x.operatingIncome(), y.operatingIncome()))
                .orElseThrow();
        boolean strong = members.stream().anyMatch(v -> a.strengthOf(v) == Strength.STRONG);
        boolean weak = members.stream().anyMatch(v -> a.strengthOf(v) == Strength.WEAK);
        long kinds = members.stream().flatMap(v -> v.resources().stream()).distinct().count();
        ClusterType type = strong && weak ? ClusterType.STRONG_HELPS_WEAK
                : kinds >= 2 ? ClusterType.COMPLEMENTARY : ClusterType.RESOURCE_POOLING;
        String name = strongest.name().replace("村", "") + "片区";
        return Cluster.of("c" + n, name, type, strongest.code(), members.stream().map(Village::code).toList());
    }
}
