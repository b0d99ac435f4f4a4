package org.villageplanner.service;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Geometry;
import org.villageplanner.domain.Agreement;
import org.villageplanner.domain.Assumptions;
import org.villageplanner.domain.Cluster;
import org.villageplanner.domain.ClusterType;
import org.villageplanner.domain.Contribution;
import org.villageplanner.domain.DistributionBasis;
import org.villageplanner.domain.EntityForm;
import org.villageplanner.domain.JointEntity;
import org.villageplanner.domain.PlanProject;
import org.villageplanner.domain.InvestmentProject;
import org.villageplanner.domain.InvestmentMode;
import org.villageplanner.domain.Scenario;
import org.villageplanner.domain.ShareRule;
import org.villageplanner.domain.Village;
import org.villageplanner.importer.GeoJsonReader;
import org.villageplanner.sample.LongshanSample;

/** The 龙山镇 sample villages with a three-cluster 方案A, for report tests that run the real simulation. */
public final class LongshanPlan {
    public static final Path REPO = Path.of(System.getProperty("planner.repo", "."));

    private LongshanPlan() {
    }

    public static PlanProject project() {
        List<Village> villages = LongshanSample.villages(REPO.resolve("samples"), countyOutline());
        return LongshanSample.project(REPO.resolve("samples"), countyOutline(), planA(villages));
    }

    /** {@code maps/cixi_outline_wgs84.geojson} read as the app reads it (the importer's GeoJSON reader). */
    public static Geometry countyOutline() {
        return new ContextLayers(AppPaths.standard(), new GeoJsonReader())
                .readPolygons(REPO.resolve(ContextLayers.COUNTY_OUTLINE));
    }

    public static Scenario planA(List<Village> villages) {
        List<Cluster> clusters = new ArrayList<>();
        List<String> xufu = List.of(LongshanSample.XUFU, LongshanSample.TIANYANG, LongshanSample.JINZHU);
        clusters.add(new Cluster("xufu", "徐福片区", ClusterType.STRONG_HELPS_WEAK, LongshanSample.XUFU, xufu,
                new JointEntity("徐福片区强村公司", EntityForm.COMPANY, 0),
                new Agreement(ShareRule.BY_CONTRIBUTION, DistributionBasis.PROFIT, null, 0, null, null, 0.1, 0.05, 1),
                List.of(Contribution.cash(LongshanSample.XUFU, 3_000_000),
                        new Contribution(LongshanSample.TIANYANG, "", 500_000, 20, 0, 0),
                        new Contribution(LongshanSample.JINZHU, "", 500_000, 30, 0, 0),
                        new Contribution("town", "龙山镇", 1_000_000, 0, 0, 0)),
                List.of(new InvestmentProject("康养基地", "TOURISM", InvestmentMode.OPERATED, 8_000_000, 3_000_000, 1_200_000, 2,
                                0.05, 0, 20, 0.25, 0, 0, 0, null),
                        new InvestmentProject("红色研学基地", "EDUCATION", InvestmentMode.OPERATED, 2_000_000, 900_000, 400_000, 1,
                                0.03, 0, 15, 0.2, 0, 0, 0, null),
                        InvestmentProject.leased("标准厂房", 4_700_000, 400_000)),
                List.of(), false));
        List<String> used = new ArrayList<>(xufu);
        List<String> east = nearest(villages, villages.get(0).code(), 4, used);
        clusters.add(new Cluster("east", "东部片区", ClusterType.RESOURCE_POOLING, east.get(0), east, null,
                Agreement.of(ShareRule.EQUAL), east.stream().map(c -> Contribution.cash(c, 800_000)).toList(),
                List.of(InvestmentProject.leased("滩涂发包", 0, 1_600_000)), List.of(), false));
        List<String> north = null;
        for (int i = villages.size() - 1; north == null; i--) {
            String far = villages.get(i).code();
            if (!used.contains(far)) {
                List<String> before = new ArrayList<>(used);
                try {
                    north = nearest(villages, far, 3, used);
                } catch (java.util.NoSuchElementException e) {
                    used.retainAll(before);
                }
            }
        }
        clusters.add(new Cluster("north", "北部片区", ClusterType.ENCLAVE, north.get(0), north, null,
                Agreement.of(ShareRule.EQUAL), north.stream().map(c -> Contribution.cash(c, 1_500_000)).toList(),
                List.of(InvestmentProject.leased("飞地物业", 4_500_000, 380_000)), List.of(), false));
        Assumptions a = Assumptions.DEFAULTS;
        a = new Assumptions(10, 0.03, 0.06, a.totalIncomeTarget(), a.operatingIncomeTarget(), a.strongThreshold(),
                a.weakThreshold(), 20_000, a.monteCarlo());
        return new Scenario("方案A", "", a, clusters);
    }

    /** {@code seed} grown by the nearest unused village that shares a border with the group, {@code size} in all. */
    private static List<String> nearest(List<Village> villages, String seed, int size, List<String> used) {
        Village s = villages.stream().filter(v -> v.code().equals(seed)).findFirst().orElseThrow();
        List<Village> group = new ArrayList<>(List.of(s));
        used.add(seed);
        while (group.size() < size) {
            Village next = villages.stream().filter(v -> !used.contains(v.code()))
                    .filter(v -> group.stream().anyMatch(g -> g.geometry().buffer(1e-6).intersects(v.geometry())))
                    .min(java.util.Comparator.comparingDouble(v -> v.geometry().getCentroid()
                            .distance(s.geometry().getCentroid()))).orElseThrow();
            group.add(next);
            used.add(next.code());
        }
        return group.stream().map(Village::code).toList();
    }
}
