package org.villageplanner.finance;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
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
import org.villageplanner.domain.Saving;
import org.villageplanner.domain.Scenario;
import org.villageplanner.domain.ShareRule;
import org.villageplanner.domain.Village;

/**
 * A seeded, county-sized synthetic plan for benchmarks: villages with 慈溪-like incomes (operating ≈ 55% of
 * total), grouped ~3.25 to a cluster, every share rule in turn, two projects per cluster with volatility.
 * Illustrative only; the same arguments give the same plan.
 */
public record SyntheticScenario(Scenario scenario, List<Village> villages) {

    public static SyntheticScenario of(int nVillages, int years, int runs, long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        List<Village> villages = new ArrayList<>();
        for (int i = 0; i < nVillages; i++) {
            double total = Math.exp(rnd.nextDouble(Math.log(400_000), Math.log(20_000_000)));
            double operating = total * rnd.nextDouble(0.45, 0.65);
            villages.add(new Village(String.format("3302829%05d", i), "村" + i, "", null, rnd.nextInt(800, 5000), 0,
                    Math.round(total), Math.round(operating), 0, 0, 0, null, false));
        }
        List<Cluster> clusters = new ArrayList<>();
        ShareRule[] rules = ShareRule.values();
        int c = 0;
        for (int i = 0; i + 1 < nVillages; c++) {
            int size = Math.min(nVillages - i, (c % 4 == 0) ? 4 : 3);
            List<String> members = new ArrayList<>();
            List<Contribution> money = new ArrayList<>();
            java.util.Map<String, Double> fixed = new java.util.LinkedHashMap<>();
            for (int k = 0; k < size; k++) {
                String code = villages.get(i + k).code();
                members.add(code);
                money.add(new Contribution(code, "", Math.round(rnd.nextDouble(200_000, 3_000_000)), rnd.nextInt(0, 40),
                        0, 0));
                fixed.put(code, 1.0 / size);
            }
            i += size;
            ShareRule rule = rules[c % rules.length];
            Agreement ag = new Agreement(rule, c % 3 == 0 ? DistributionBasis.CASH : DistributionBasis.PROFIT,
                    rule == ShareRule.FIXED ? fixed : null, rule == ShareRule.GUARANTEED_PLUS_FLOATING ? 0.05 : 0, null,
                    null, 0.10, 0.05, 0.9);
            List<InvestmentProject> projects = List.of(
                    new InvestmentProject("基地" + c, "TOURISM", InvestmentMode.OPERATED, rnd.nextDouble(2e6, 8e6),
                            rnd.nextDouble(1e6, 4e6), rnd.nextDouble(4e5, 1.5e6), 2, 0.04, 0.02, 20, 0.25, 0, 0, 0, null),
                    new InvestmentProject("厂房" + c, "FACTORY", InvestmentMode.LEASED, rnd.nextDouble(5e6, 3e7), 0, 0, 0, 0.02, 0, 30,
                            0.05, rnd.nextDouble(4e5, 2.5e6), 0.02, rnd.nextDouble(0, 5e6), null));
            clusters.add(new Cluster("k" + c, "片区" + c, ClusterType.values()[c % 4], members.get(0), members,
                    new JointEntity("片区" + c + "公司", null, 0.05), ag, money, projects,
                    List.of(new Saving(members.get(0), 30_000)), false));
        }
        Assumptions a = new Assumptions(years, 0.03, 0.06, 1_000_000, 500_000, 2_000_000, 500_000, 20_000,
                new MonteCarloSettings(runs, seed, 0.3));
        return new SyntheticScenario(new Scenario("bench " + nVillages, "", a, clusters), villages);
    }
}
