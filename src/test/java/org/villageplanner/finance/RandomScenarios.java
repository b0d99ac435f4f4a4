package org.villageplanner.finance;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

/** Seeded random villages and scenarios for property tests and benchmarks-in-tests. */
final class RandomScenarios {
    final List<Village> villages = new ArrayList<>();
    final Scenario scenario;

    RandomScenarios(long seed, int nVillages, int years, int runs, double volatility) {
        SplittableRandom rnd = new SplittableRandom(seed);
        for (int i = 0; i < nVillages; i++) {
            double op = Math.round(rnd.nextDouble(50_000, 4_000_000) * 100) / 100.0;
            double total = op + Math.round(rnd.nextDouble(0, 3_000_000));
            villages.add(new Village(String.format("v%04d", i), "村" + i, "", null, rnd.nextInt(0, 3000), 0, total, op,
                    0, 0, 0, null, false));
        }
        List<Cluster> clusters = new ArrayList<>();
        int i = 0;
        int c = 0;
        while (i < nVillages - 1) {
            int size = Math.min(nVillages - i, rnd.nextInt(2, 6));
            List<String> members = new ArrayList<>();
            for (int k = 0; k < size; k++) {
                members.add(villages.get(i + k).code());
            }
            i += size;
            if (rnd.nextInt(10) == 0) {
                continue; // some villages stay outside any cluster
            }
            clusters.add(cluster("c" + c++, members, rnd, volatility));
        }
        Assumptions a = new Assumptions(years, rnd.nextDouble(0, 0.05), 0.06, 1_000_000, 500_000, 2_000_000, 500_000,
                20_000, new MonteCarloSettings(runs, seed, rnd.nextDouble(0, 0.5)));
        scenario = new Scenario("random " + seed, "", a, clusters);
    }

    private static Cluster cluster(String id, List<String> members, SplittableRandom rnd, double volatility) {
        ShareRule rule = ShareRule.values()[rnd.nextInt(ShareRule.values().length)];
        List<Contribution> money = new ArrayList<>();
        for (String m : members) {
            money.add(new Contribution(m, "", Math.round(rnd.nextDouble(1, 3_000_000)), rnd.nextInt(0, 50), 0,
                    rnd.nextInt(3) == 0 ? 500_000 : 0));
        }
        if (rnd.nextBoolean()) {
            money.add(new Contribution("town", "镇", 1_000_000, 0, 0, 0));
        }
        Map<String, Double> fixed = new LinkedHashMap<>();
        if (rule == ShareRule.FIXED) {
            int left = 10_000;
            for (int k = 0; k < members.size(); k++) {
                int bp = k == members.size() - 1 ? left : rnd.nextInt(0, left + 1);
                fixed.put(members.get(k), bp / 10_000.0);
                left -= bp;
            }
        }
        double reserve = rnd.nextInt(3) * 0.05;
        Agreement ag = new Agreement(rule, rnd.nextBoolean() ? DistributionBasis.PROFIT : DistributionBasis.CASH, fixed,
                rule == ShareRule.GUARANTEED_PLUS_FLOATING ? rnd.nextDouble(0, 0.1) : 0, null,
                rnd.nextBoolean() ? null : rnd.nextDouble(0, 800_000), reserve, 0.05, rnd.nextDouble(0.5, 1));
        List<InvestmentProject> projects = new ArrayList<>();
        int np = rnd.nextInt(1, 4);
        for (int k = 0; k < np; k++) {
            boolean leased = rnd.nextInt(3) == 0;
            double capex = Math.round(rnd.nextDouble(0, 10_000_000));
            projects.add(new InvestmentProject("p" + k, "", leased ? InvestmentMode.LEASED : InvestmentMode.OPERATED, capex,
                    Math.round(rnd.nextDouble(0, 3_000_000)), Math.round(rnd.nextDouble(0, 2_500_000)),
                    rnd.nextInt(0, 4), rnd.nextDouble(-0.05, 0.08), rnd.nextDouble(0, 0.05), rnd.nextInt(5, 30),
                    volatility * rnd.nextDouble(0.2, 1.5), Math.round(rnd.nextDouble(0, 800_000)),
                    rnd.nextDouble(0, 0.05), Math.round(rnd.nextDouble(0, 5_000_000)), null));
        }
        List<Saving> savings = List.of(new Saving(members.get(0), Math.round(rnd.nextDouble(0, 50_000))));
        return new Cluster(id, id, ClusterType.values()[rnd.nextInt(4)], members.get(0), members,
                new JointEntity(id, null, rnd.nextInt(3) * 0.1), ag, money, projects, savings, false);
    }
}
