package org.villageplanner.store;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;
import org.villageplanner.domain.Agreement;
import org.villageplanner.domain.Assumptions;
import org.villageplanner.domain.Cluster;
import org.villageplanner.domain.ClusterType;
import org.villageplanner.domain.Contribution;
import org.villageplanner.domain.DistributionBasis;
import org.villageplanner.domain.EntityForm;
import org.villageplanner.domain.GeoPoint;
import org.villageplanner.domain.JointEntity;
import org.villageplanner.domain.MonteCarloSettings;
import org.villageplanner.domain.PlanProject;
import org.villageplanner.domain.InvestmentProject;
import org.villageplanner.domain.ProjectInfo;
import org.villageplanner.domain.InvestmentMode;
import org.villageplanner.domain.Saving;
import org.villageplanner.domain.Scenario;
import org.villageplanner.domain.ShareRule;
import org.villageplanner.domain.Village;

/** A small project that uses every field the project file stores, with awkward values on purpose. */
final class TestProjects {
    private TestProjects() {
    }

    static Geometry wkt(String text) {
        try {
            return new WKTReader().read(text);
        } catch (ParseException e) {
            throw new IllegalArgumentException(e);
        }
    }

    static PlanProject everyField() {
        Village a = new Village("330282123215", "徐福村", "龙山镇",
                wkt("MULTIPOLYGON (((121.5 30.1, 121.52 30.1, 121.52 30.12, 121.5 30.12, 121.5 30.1)))"),
                2345, 812, 4_123_456.78, 2_300_000.01, 12_000_000, 35.5, 12, Set.of("tea", "scenic"), false);
        Village b = new Village("330282123211", "田央村", "龙山镇",
                wkt("MULTIPOLYGON (((121.52 30.1, 121.54 30.1, 121.54 30.12, 121.52 30.12, 121.52 30.1)),"
                        + " ((121.55 30.1, 121.56 30.1, 121.56 30.11, 121.55 30.1)))"),
                1200, 400, 700_000, 380_000.5, 3_000_000, 0.1 + 0.2, 3, Set.of("red_heritage"), true);
        Village c = new Village("330282123217", "筋竹村", "龙山镇", wkt("POINT (121.53 30.13)"),
                0, 0, 0, 0, 0, 0, 0, Set.of(), false);
        Village d = new Village("330282123201", "山下村", "龙山镇", null, 10, 5, 1, 1, 1, 1, 1, Set.of(), true);
        Cluster full = new Cluster("xufu", "徐福片区", ClusterType.STRONG_HELPS_WEAK, "330282123215",
                List.of("330282123215", "330282123217", "330282123211"),
                new JointEntity("徐福片区强村公司", EntityForm.COOPERATIVE, 0.025),
                new Agreement(ShareRule.FIXED, DistributionBasis.CASH, Map.of("330282123215", 0.5, "town", 0.5), 0.05,
                        "town", 600_000.0, 0.1, 0.05, 0.9),
                List.of(Contribution.cash("330282123215", 3_000_000),
                        new Contribution("town", "龙山镇", 1_000_000, 2.5, 3, 4)),
                List.of(new InvestmentProject("康养基地", "TOURISM", InvestmentMode.OPERATED, 8e6, 3e6, 1.2e6, 2, 0.05, 0.01, 20, 0.25,
                                0, 0, 0, null),
                        new InvestmentProject("标准厂房", "FACTORY", InvestmentMode.LEASED, 4.7e7, 0, 0, 0, 0, 0, 30, 0.05, 4e6, 0.03,
                                1e7, new GeoPoint(121.3, 30.2))),
                List.of(new Saving("330282123211", 80_000)), true);
        Cluster bare = Cluster.of("b", "b", ClusterType.ENCLAVE, null, List.of("330282123201"));
        Scenario now = Scenario.empty("现状");
        Scenario plan = new Scenario("方案A", "备注 with 'quotes' and \"double\"",
                new Assumptions(12, 0.03, 0.06, 1e6, 5e5, 2e6, 5e5, 20_000, new MonteCarloSettings(500, 42L << 33, 0.3)),
                List.of(full, bare));
        return new PlanProject(new ProjectInfo("龙山镇村庄片区组团规划（示例）", "龙山镇", true, "synthetic"),
                List.of(a, b, c, d), List.of(now, plan));
    }
}
