package org.villageplanner.finance;

import java.util.List;
import java.util.Map;
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

/** Short builders for finance tests. */
final class Fixtures {
    private Fixtures() {
    }

    static Village village(String code, double total, double operating) {
        return Village.of(code, "村" + code, total, operating);
    }

    static Assumptions years(int n) {
        return Assumptions.DEFAULTS.withYears(n);
    }

    static Assumptions assumptions(int years, double baselineGrowth, double discountRate) {
        return new Assumptions(years, baselineGrowth, discountRate, 1_000_000, 500_000, 2_000_000, 500_000, 0,
                MonteCarloSettings.DEFAULTS);
    }

    static Agreement agreement(ShareRule rule, DistributionBasis basis) {
        return new Agreement(rule, basis, Map.of(), 0, null, null, 0, 0, 1);
    }

    static Agreement fixed(Map<String, Double> shares, double payoutRatio) {
        return new Agreement(ShareRule.FIXED, DistributionBasis.PROFIT, shares, 0, null, null, 0, 0, payoutRatio);
    }

    static Cluster cluster(String id, ClusterType type, Agreement agreement, List<String> members,
            List<Contribution> contributions, List<InvestmentProject> projects) {
        return cluster(id, type, agreement, 0, members, contributions, projects, List.of());
    }

    static Cluster cluster(String id, ClusterType type, Agreement agreement, double taxRate, List<String> members,
            List<Contribution> contributions, List<InvestmentProject> projects, List<Saving> savings) {
        return new Cluster(id, id, type, members.isEmpty() ? null : members.get(0), members,
                new JointEntity(id + "公司", null, taxRate), agreement, contributions, projects, savings, false);
    }

    static Scenario scenario(Assumptions a, Cluster... clusters) {
        return new Scenario("test", "", a, List.of(clusters));
    }

    /** An operated project with only revenue and opex (no capex), so profit = revenue − opex every year. */
    static InvestmentProject profit(String name, double revenue, double opex) {
        return InvestmentProject.operated(name, 0, revenue, opex);
    }

    static InvestmentProject operated(String name, double capex, double revenue, double opex, int ramp, double growth,
            double opexGrowth, int life, double volatility) {
        return new InvestmentProject(name, "", InvestmentMode.OPERATED, capex, revenue, opex, ramp, growth, opexGrowth, life,
                volatility, 0, 0, 0, null);
    }

    static InvestmentProject leased(String name, double capex, double rent, double shareRate, double turnover, double growth,
            int life, double volatility) {
        return new InvestmentProject(name, "", InvestmentMode.LEASED, capex, 0, 0, 0, growth, 0, life, volatility, rent, shareRate,
                turnover, null);
    }
}
