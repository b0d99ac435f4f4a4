package org.villageplanner.finance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.villageplanner.finance.Fixtures.*;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.villageplanner.domain.Agreement;
import org.villageplanner.domain.Assumptions;
import org.villageplanner.domain.ClusterType;
import org.villageplanner.domain.Contribution;
import org.villageplanner.domain.DistributionBasis;
import org.villageplanner.domain.MonteCarloSettings;
import org.villageplanner.domain.InvestmentProject;
import org.villageplanner.domain.Saving;
import org.villageplanner.domain.Scenario;
import org.villageplanner.domain.ShareRule;
import org.villageplanner.domain.Strength;
import org.villageplanner.domain.Village;

/** Every row of DOMAIN_CASES.md, reproduced by the model. Amounts in yuan (万 × 10,000). */
class DomainCasesTest {

    @Test
    void case01XufuThreeVillagesGainOver4MillionWithSharesEqualToContributionRatios() {
        SimulationResult r = Simulator.simulate(CaseScenarios.xufu(), CaseScenarios.xufuVillages());
        ClusterResult c = r.cluster("xufu").orElseThrow();
        double total = c.shares().stream().mapToDouble(PartyShare::value).sum();
        for (PartyShare s : c.shares()) {
            assertEquals(s.value() / total, s.fraction(), 1e-12, s.party());
        }
        assertEquals(10_000, c.shares().stream().mapToLong(PartyShare::basisPoints).sum());
        double bestGain = 0;
        for (int t = 1; t <= r.years(); t++) {
            double gain = 0;
            for (VillageResult v : r.villages()) {
                gain += v.operatingIncome()[t] - v.operatingIncome()[0];
            }
            bestGain = Math.max(bestGain, gain);
        }
        assertTrue(bestGain > 4_000_000, "together the three villages gain " + bestGain);
        assertEquals(16, CaseScenarios.xufu().clusters().get(0).projects().size());
    }

    @Test
    void case02TidalFlatsPooledRentIs4732WanOverFiveYearsAnUpliftOf477Percent() {
        Scenario s = scenario(years(5), cluster("flats", ClusterType.RESOURCE_POOLING,
                agreement(ShareRule.BY_CONTRIBUTION, DistributionBasis.CASH), List.of("a", "b"),
                List.of(new Contribution("a", "", 0, 0, 0, 4_100_000), new Contribution("b", "", 0, 0, 0, 4_100_000)),
                List.of(leased("滩涂发包", 0, 47_320_000 / 5.0, 0, 0, 0, 20, 0))));
        SimulationResult r = Simulator.simulate(s, List.of(village("a", 2e6, 1e6), village("b", 2e6, 1e6)));
        double fiveYearRent = r.clusters().get(0).waterfall().stream().mapToDouble(WaterfallYear::revenue).sum();
        assertEquals(47_320_000, fiveYearRent, 1e-6);
        assertEquals(47_320_000, r.clusters().get(0).payouts().stream().mapToLong(Payout::totalFen).sum() / 100.0, 0);
        assertEquals(477, Math.round((fiveYearRent - 8_200_000) / 8_200_000 * 100));
    }

    @Test
    void case03PooledSanitationSavesTwentyPercentOfEachVillagesCost() {
        double[] cost = {150_000, 90_000, 210_000};
        List<Saving> savings = new ArrayList<>();
        List<Village> villages = new ArrayList<>();
        for (int i = 0; i < cost.length; i++) {
            savings.add(new Saving("v" + i, 0.20 * cost[i]));
            villages.add(village("v" + i, 900_000, 400_000));
        }
        Scenario s = scenario(years(3), cluster("clean", ClusterType.RESOURCE_POOLING,
                Agreement.DEFAULTS, 0, List.of("v0", "v1", "v2"), List.of(), List.of(), savings));
        SimulationResult r = Simulator.simulate(s, villages);
        for (int i = 0; i < cost.length; i++) {
            double[] op = r.villages().get(i).operatingIncome();
            assertEquals(400_000, op[0]);
            assertEquals(400_000 + 0.2 * cost[i], op[3], 1e-9);
        }
    }

    @Test
    void case04Yuhuan4951VillagersGet343WanCollective357WanAndEveryYuanSplit49To51() {
        Map<String, Double> shares = new LinkedHashMap<>();
        shares.put("villagers", 0.49);
        shares.put("sztt", 0.51);
        Scenario s = scenario(years(3), cluster("4951", ClusterType.COMPLEMENTARY, fixed(shares, 1), List.of("sztt"),
                List.of(new Contribution("villagers", "村民", 3_430_000, 0, 0, 0), Contribution.cash("sztt", 3_570_000)),
                List.of(profit("民宿", 1_000_001, 0), profit("餐饮", 234_566.89, 0))));
        ClusterResult c = Simulator.simulate(s, List.of(village("sztt", 2e6, 1e6))).clusters().get(0);
        Map<String, PartyShare> byParty = new LinkedHashMap<>();
        c.shares().forEach(p -> byParty.put(p.party(), p));
        assertEquals(7_000_000, byParty.get("villagers").value() + byParty.get("sztt").value());
        assertEquals(3_430_000, byParty.get("villagers").value());
        assertEquals(3_570_000, byParty.get("sztt").value());
        assertEquals(4900, byParty.get("villagers").basisPoints());
        assertEquals(5100, byParty.get("sztt").basisPoints());
        for (int t = 1; t <= 3; t++) {
            double dividends = c.waterfall().get(t - 1).dividends();
            assertEquals(1_234_567.89, dividends, 1e-6);
            double villagers = c.payout("villagers").yuan(t);
            double collective = c.payout("sztt").yuan(t);
            assertEquals(dividends, villagers + collective, 1e-9);
            assertEquals(0.49 * dividends, villagers, 0.01);
            assertEquals(0.51 * dividends, collective, 0.01);
        }
    }

    @Test
    void case05Yuhuan4060TownGets40PercentAndEachOfFifteenVillages4Percent() {
        Map<String, Double> shares = new LinkedHashMap<>();
        shares.put("town", 0.40);
        List<String> members = new ArrayList<>();
        List<Village> villages = new ArrayList<>();
        for (int i = 0; i < 15; i++) {
            members.add("g" + i);
            shares.put("g" + i, 0.04);
            villages.add(village("g" + i, 800_000, 300_000));
        }
        Scenario s = scenario(years(2), cluster("ganjiang", ClusterType.RESOURCE_POOLING, fixed(shares, 1), members,
                List.of(), List.of(profit("海钓", 1_000_000, 0))));
        ClusterResult c = Simulator.simulate(s, villages).clusters().get(0);
        for (PartyShare p : c.shares()) {
            assertEquals(p.party().equals("town") ? 4000 : 400, p.basisPoints(), p.party());
        }
        assertEquals(400_000, c.payout("town").yuan(1));
        assertEquals(40_000, c.payout("g7").yuan(2));
    }

    @ParameterizedTest(name = "turnover {0} → {1} a year")
    @CsvSource(textBlock = """
            10000000, 300000
            12345678, 370370.34
            0,        0
            """)
    void case06LeasedHomestaysPayTheCollectiveThreePercentOfTurnover(double turnover, double expected) {
        Scenario s = scenario(years(4), cluster("homestay", ClusterType.COMPLEMENTARY, Agreement.DEFAULTS,
                List.of("yh"), List.of(Contribution.cash("yh", 1)),
                List.of(leased("民宿", 0, 0, 0.03, turnover, 0, 20, 0))));
        SimulationResult r = Simulator.simulate(s, List.of(village("yh", 2e6, 1e6)));
        for (int t = 1; t <= 4; t++) {
            assertEquals(0.03 * turnover, r.clusters().get(0).waterfall().get(t - 1).revenue(), 1e-6);
            assertEquals(expected, r.clusters().get(0).payout("yh").yuan(t), 0.005);
            assertEquals(1e6 + r.clusters().get(0).payout("yh").yuan(t), r.villages().get(0).operatingIncome()[t], 1e-6);
        }
    }

    @Test
    void case07DaxiSixVillagesGet400WanAYearAn851PercentYieldAnd6667WanEach() {
        List<String> members = new ArrayList<>();
        List<Village> villages = new ArrayList<>();
        List<Contribution> money = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            members.add("dx" + i);
            villages.add(village("dx" + i, 600_000, 200_000));
            money.add(Contribution.cash("dx" + i, 47_000_000 / 6.0));
        }
        Scenario s = scenario(years(10), cluster("daxi", ClusterType.ENCLAVE,
                agreement(ShareRule.EQUAL, DistributionBasis.CASH), members, money,
                List.of(InvestmentProject.leased("标准厂房", 47_000_000, 4_000_000))));
        SimulationResult r = Simulator.simulate(s, villages);
        ClusterResult c = r.clusters().get(0);
        for (int t = 1; t <= 10; t++) {
            WaterfallYear y = c.waterfall().get(t - 1);
            assertEquals(4_000_000, y.dividends());
            assertEquals("8.51", String.format("%.2f", y.dividends() / 47_000_000 * 100));
            long sum = 0;
            for (Payout p : c.payouts()) {
                long fen = p.fenByYear()[t - 1];
                assertTrue(fen == 66_666_667 || fen == 66_666_666, p.party() + " " + fen);
                assertEquals("66.67", String.format("%.2f", fen / 100.0 / 10_000));
                sum += fen;
            }
            assertEquals(400_000_000L, sum);
        }
        assertEquals(666_666.67, c.payout("dx0").yuan(1));
    }

    @Test
    void case08EightWeakVillagesEachGain30WanOperatingIncome() {
        List<String> members = new ArrayList<>();
        List<Village> villages = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            members.add("hj" + i);
            villages.add(village("hj" + i, 500_000, 150_000 + i * 10_000));
        }
        Scenario s = scenario(years(5), cluster("hengjie", ClusterType.ENCLAVE,
                agreement(ShareRule.EQUAL, DistributionBasis.CASH), members, List.of(),
                List.of(InvestmentProject.leased("产业园", 30_000_000, 2_400_000))));
        SimulationResult r = Simulator.simulate(s, villages);
        for (VillageResult v : r.villages()) {
            assertEquals(Strength.WEAK, v.strength());
            for (int t = 1; t <= 5; t++) {
                assertEquals(300_000, v.operatingIncome()[t] - v.operatingIncome()[0], 1e-9, v.code());
            }
        }
    }

    @ParameterizedTest(name = "yield {0}: revenue {1}, opex {2}")
    @CsvSource(textBlock = """
            0.05, 100000, 400000
            0.05, 0,      0
            0.10, 150000, 0
            0.10, 0,      90000
            """)
    void cases09And10GuaranteeIsPaidInFullEvenInLossYearsWithTheShortfallReported(double yield, double revenue,
            double opex) {
        Agreement ag = new Agreement(ShareRule.GUARANTEED_PLUS_FLOATING, DistributionBasis.PROFIT, Map.of(), yield,
                "town", null, 0, 0, 1);
        Scenario s = scenario(years(3), cluster("bamboo", ClusterType.COMPLEMENTARY, ag, List.of("ax", "ay"),
                List.of(Contribution.cash("ax", 1_000_000), Contribution.cash("ay", 500_000)),
                List.of(profit("竹林", revenue, opex))));
        ClusterResult c = Simulator.simulate(s, List.of(village("ax", 2e6, 1e6), village("ay", 2e6, 1e6)))
                .clusters().get(0);
        double guaranteed = yield * 1_500_000;
        for (WaterfallYear y : c.waterfall()) {
            double distributable = Math.max(0, revenue - opex);
            assertEquals(guaranteed, y.guaranteed(), 1e-9);
            assertEquals(Math.max(0, guaranteed - distributable), y.shortfall(), 1e-6);
            assertEquals(yield * 1_000_000 + y.dividends() * 2 / 3, c.payout("ax").yuan(y.year()), 0.01);
            assertTrue(c.payout("ax").yuan(y.year()) >= yield * 1_000_000);
            assertTrue(c.payout("ay").yuan(y.year()) >= yield * 500_000);
        }
    }

    @Test
    void case11SeventyPercentOfProfitIsPaidOutFarmers42PercentCollective28Percent() {
        Map<String, Double> shares = new LinkedHashMap<>();
        shares.put("farmers", 0.6);
        shares.put("anji", 0.4);
        double p = 2_000_000;
        Scenario s = scenario(years(2), cluster("platform", ClusterType.COMPLEMENTARY, fixed(shares, 0.7),
                List.of("anji"), List.of(), List.of(profit("平台", p, 0))));
        ClusterResult c = Simulator.simulate(s, List.of(village("anji", 2e6, 1e6))).clusters().get(0);
        WaterfallYear y = c.waterfall().get(0);
        assertEquals(0.7 * p, y.dividends(), 1e-6);
        assertEquals(0.3 * p, y.retained(), 1e-6);
        assertEquals(0.42 * p, c.payout("farmers").yuan(1), 0.01);
        assertEquals(0.28 * p, c.payout("anji").yuan(1), 0.01);
    }

    @Test
    void case12NoVillageBelowEitherTargetWhenAll263VillagesMeetThem() {
        List<Village> villages = new ArrayList<>();
        for (int i = 0; i < 263; i++) {
            villages.add(village(String.format("c%03d", i), 1_000_000 + i * 1000, 500_000 + i * 500));
        }
        SimulationResult r = Simulator.simulate(scenario(years(2)), villages);
        assertEquals(0, r.indicators().get(2).belowTotalTarget());
        assertEquals(0, r.indicators().get(2).belowOperatingTarget());
        villages.set(5, village("c005", 999_999.99, 499_999.99));
        villages.set(6, village("c006", 999_999.99, 600_000));
        r = Simulator.simulate(scenario(years(2)), villages);
        assertEquals(2, r.indicators().get(0).belowTotalTarget());
        assertEquals(1, r.indicators().get(0).belowOperatingTarget());
    }

    @ParameterizedTest(name = "operating {0} with weak < {1}, strong ≥ {2} → {3}")
    @CsvSource(textBlock = """
            450000,  500000,  2000000, WEAK
            600000,  500000,  2000000, MEDIUM
            600000,  1000000, 2000000, WEAK
            280000,  300000,  1000000, WEAK
            350000,  300000,  1000000, MEDIUM
            2000000, 500000,  2000000, STRONG
            """)
    void case13StrengthThresholdsAreScenarioSettings(double operating, double weak, double strong, Strength expected) {
        Assumptions a = new Assumptions(1, 0, 0.06, 1e6, 5e5, strong, weak, 0, MonteCarloSettings.DEFAULTS);
        SimulationResult r = Simulator.simulate(scenario(a), List.of(village("k", 3e6, operating)));
        assertEquals(expected, r.villages().get(0).strength());
    }
}
