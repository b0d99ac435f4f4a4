package org.villageplanner.finance;

import java.util.List;
import org.villageplanner.domain.Agreement;
import org.villageplanner.domain.Assumptions;
import org.villageplanner.domain.Cluster;
import org.villageplanner.domain.ClusterType;
import org.villageplanner.domain.Contribution;
import org.villageplanner.domain.DistributionBasis;
import org.villageplanner.domain.JointEntity;
import org.villageplanner.domain.MonteCarloSettings;
import org.villageplanner.domain.InvestmentProject;
import org.villageplanner.domain.InvestmentMode;
import org.villageplanner.domain.Scenario;
import org.villageplanner.domain.ShareRule;
import org.villageplanner.domain.Village;

/** The 徐福片区 case (DOMAIN_CASES #1), the same as samples/cases/01-xufu.json; incomes are illustrative. */
final class CaseScenarios {
    static final String XUFU = "330282123215";
    static final String TIANYANG = "330282123211";
    static final String JINZHU = "330282123217";

    private CaseScenarios() {
    }

    static List<Village> xufuVillages() {
        return List.of(Village.of(XUFU, "徐福村", 5_200_000, 3_100_000),
                Village.of(TIANYANG, "田央村", 760_000, 320_000),
                Village.of(JINZHU, "筋竹村", 690_000, 280_000));
    }

    static Scenario xufu() {
        Assumptions a = new Assumptions(10, 0, 0.06, 1_000_000, 500_000, 2_000_000, 500_000, 20_000,
                new MonteCarloSettings(0, 1, 0));
        Agreement ag = new Agreement(ShareRule.BY_CONTRIBUTION, DistributionBasis.PROFIT, null, 0, null, null, 0.10,
                0.05, 1.0);
        List<Contribution> money = List.of(
                new Contribution(XUFU, "", 3_000_000, 0, 2_000_000, 0),
                new Contribution(TIANYANG, "", 0, 30, 0, 1_500_000),
                new Contribution(JINZHU, "", 500_000, 0, 0, 1_000_000));
        List<InvestmentProject> projects = List.of(
                op("康养基地", "TOURISM", 8_000_000, 3_000_000, 1_200_000, 2),
                op("红色研学基地", "EDUCATION", 3_000_000, 1_500_000, 600_000, 2),
                op("净菜超市", "RETAIL", 1_000_000, 2_400_000, 1_900_000, 1),
                op("民宿集群", "HOMESTAY", 4_000_000, 1_800_000, 700_000, 2),
                op("农家乐", "CATERING", 600_000, 900_000, 550_000, 1),
                op("杨梅采摘园", "AGRICULTURE", 800_000, 700_000, 300_000, 1),
                op("茶园", "AGRICULTURE", 500_000, 600_000, 280_000, 1),
                op("文创工坊", "WORKSHOP", 400_000, 500_000, 260_000, 1),
                op("共富工坊", "WORKSHOP", 300_000, 800_000, 520_000, 1),
                op("停车场", "SERVICE", 1_200_000, 450_000, 90_000, 0),
                leased("物业出租", 2_000_000, 600_000),
                leased("标准厂房", 6_000_000, 900_000),
                op("光伏电站", "ENERGY", 1_800_000, 320_000, 40_000, 0),
                op("农产品冷链", "LOGISTICS", 1_000_000, 650_000, 420_000, 1),
                op("电商直播中心", "RETAIL", 500_000, 700_000, 450_000, 2),
                op("乡村食堂", "CATERING", 300_000, 500_000, 380_000, 1));
        Cluster c = new Cluster("xufu", "徐福片区", ClusterType.STRONG_HELPS_WEAK, XUFU, List.of(XUFU, TIANYANG, JINZHU),
                new JointEntity("徐福片区强村公司", null, 0), ag, money, projects, List.of(), false);
        return new Scenario("徐福片区 方案A", "", a, List.of(c));
    }

    private static InvestmentProject op(String name, String kind, double capex, double revenue, double opex, int ramp) {
        return new InvestmentProject(name, kind, InvestmentMode.OPERATED, capex, revenue, opex, ramp, 0.03, 0.02, 20, 0.2, 0, 0, 0,
                null);
    }

    private static InvestmentProject leased(String name, double capex, double rent) {
        return new InvestmentProject(name, "FACTORY", InvestmentMode.LEASED, capex, 0, 0, 0, 0.02, 0, 30, 0.05, rent, 0, 0, null);
    }
}
