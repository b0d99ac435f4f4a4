package org.villageplanner.finance;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.villageplanner.domain.Assumptions;
import org.villageplanner.domain.Cluster;
import org.villageplanner.domain.Contribution;
import org.villageplanner.domain.DistributionBasis;
import org.villageplanner.domain.PlannerException;
import org.villageplanner.domain.InvestmentProject;
import org.villageplanner.domain.InvestmentMode;
import org.villageplanner.domain.Saving;
import org.villageplanner.domain.Scenario;
import org.villageplanner.domain.ShareRule;
import org.villageplanner.domain.Strength;
import org.villageplanner.domain.Village;

/**
 * A scenario compiled to primitive arrays, so that one deterministic pass and every Monte Carlo run share the
 * same arithmetic (and a run with zero volatility equals the deterministic result bit for bit). Immutable
 * after construction; safe to share between threads.
 */
final class Model {
    final Scenario scenario;
    final Assumptions a;
    final int years;
    final List<Village> villages;
    final int nV;
    final double[] baseOperating;
    final double[] baseOther;
    final int[] population;
    final Strength[] strength;
    /** (1 + baselineGrowth)^t for t = 0..N. */
    final double[] growthFactor;
    /** baseOperating × growthFactor per village and year, flat [v * (N+1) + t] (the same product §4 takes). */
    final double[] grownOperating;
    /** (baseTotal − baseOperating) × growthFactor per village and year, flat [v * (N+1) + t]. */
    final double[] grownOther;
    /** Savings in yuan per village and year, flat [v * (N+1) + t], zero in year 0. */
    final double[] savings;
    final ClusterModel[] clusters;
    /** All projects of all clusters, in cluster order; their yearly volatility σ. */
    final double[] volatility;
    final int nProjects;

    Model(Scenario scenario, List<Village> villages) {
        this.scenario = scenario;
        this.a = scenario.assumptions();
        this.years = a.years();
        this.villages = List.copyOf(villages);
        this.nV = villages.size();
        int w = years + 1;
        baseOperating = new double[nV];
        baseOther = new double[nV];
        population = new int[nV];
        strength = new Strength[nV];
        Map<String, Integer> index = new HashMap<>();
        for (int v = 0; v < nV; v++) {
            Village vil = villages.get(v);
            baseOperating[v] = vil.operatingIncome();
            // Total below operating would make "other income" negative; the record allows it, the model keeps it.
            baseOther[v] = vil.totalIncome() - vil.operatingIncome();
            population[v] = vil.population();
            strength[v] = a.strengthOf(vil);
            if (index.put(vil.code(), v) != null) {
                throw new PlannerException("core.project.duplicateCode", vil.code(), vil.name());
            }
        }
        growthFactor = new double[w];
        for (int t = 0; t < w; t++) {
            growthFactor[t] = Math.pow(1 + a.baselineGrowth(), t);
        }
        grownOperating = new double[nV * w];
        grownOther = new double[nV * w];
        for (int v = 0; v < nV; v++) {
            for (int t = 0; t < w; t++) {
                grownOperating[v * w + t] = baseOperating[v] * growthFactor[t];
                grownOther[v * w + t] = baseOther[v] * growthFactor[t];
            }
        }
        savings = new double[nV * w];
        clusters = new ClusterModel[scenario.clusters().size()];
        List<Double> vols = new ArrayList<>();
        int firstProject = 0;
        for (int c = 0; c < clusters.length; c++) {
            Cluster cl = scenario.clusters().get(c);
            clusters[c] = new ClusterModel(cl, this, index, firstProject);
            firstProject += cl.projects().size();
            cl.projects().forEach(p -> vols.add(p.volatility()));
            for (Saving s : cl.savings()) {
                Integer v = index.get(s.village());
                if (v == null) {
                    throw new PlannerException("finance.cluster.unknownSavingsVillage", cl.name(), s.village());
                }
                for (int t = 1; t < w; t++) {
                    savings[v * w + t] += s.annual();
                }
            }
        }
        nProjects = firstProject;
        volatility = vols.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /** One cluster: its parties, shares and deterministic project paths. */
    static final class ClusterModel {
        final Cluster cluster;
        final String[] parties;
        final String[] partyNames;
        /** Village index of each party, or −1 for an outside party (town, company, villagers' pool). */
        final int[] partyVillage;
        final boolean[] member;
        final double[] value;
        final double[] fraction;
        /** Guaranteed yearly payment per party in yuan (GUARANTEED_PLUS_FLOATING), else zeros. */
        final double[] guarantee;
        final double guaranteeTotal;
        final boolean floorRule;
        final double floor;
        final int firstProject;
        final int nProjects;
        /** Deterministic revenue per project and year, flat [p * (N+1) + t], before any random multiplier. */
        final double[] revenue;
        final double[] opex;
        final double[] depreciation;
        final double capex;
        /** The agreement's and entity's rates, read once (the waterfall reads them every year). */
        final double taxRate;
        final boolean cashBasis;
        final double reserveRatio;
        final double welfareRatio;
        final double payoutRatio;
        /** Fen.of(guaranteeTotal): the guaranteed part of every year's payout target. */
        final long guaranteeFen;

        ClusterModel(Cluster cl, Model m, Map<String, Integer> index, int firstProject) {
            this.cluster = cl;
            this.firstProject = firstProject;
            Map<String, double[]> values = new LinkedHashMap<>();
            Map<String, String> names = new HashMap<>();
            for (String code : cl.members()) {
                if (!index.containsKey(code)) {
                    throw new PlannerException("finance.cluster.unknownMember", cl.name(), code);
                }
                values.put(code, new double[1]);
            }
            for (Contribution c : cl.contributions()) {
                values.computeIfAbsent(c.party(), k -> new double[1])[0] += c.value(m.a.landYuanPerMu());
                if (!c.name().isEmpty()) {
                    names.put(c.party(), c.name());
                }
            }
            if (cl.agreement().rule() == ShareRule.FIXED) {
                cl.agreement().fixedShares().keySet().forEach(p -> values.computeIfAbsent(p, k -> new double[1]));
            }
            int n = values.size();
            parties = values.keySet().toArray(new String[0]);
            partyNames = new String[n];
            partyVillage = new int[n];
            member = new boolean[n];
            value = new double[n];
            for (int i = 0; i < n; i++) {
                Integer v = index.get(parties[i]);
                partyVillage[i] = v == null ? -1 : v;
                member[i] = cl.members().contains(parties[i]);
                value[i] = values.get(parties[i])[0];
                partyNames[i] = v != null ? m.villages.get(v).name() : names.getOrDefault(parties[i], parties[i]);
            }
            fraction = ShareRules.fractions(cl.agreement().rule(), cl.name(), List.of(parties), member, value,
                    cl.agreement().fixedShares());
            double fsum = 0;
            for (double f : fraction) {
                fsum += f;
            }
            if (fsum <= 0 && !cl.projects().isEmpty()) {
                // Only a cluster without member villages gets here: §1 falls back to EQUAL fractions otherwise.
                throw new PlannerException("finance.shares.noMembers", cl.name(), cl.agreement().rule().name());
            }
            guarantee = new double[n];
            double g = 0;
            if (cl.agreement().rule() == ShareRule.GUARANTEED_PLUS_FLOATING) {
                for (int i = 0; i < n; i++) {
                    guarantee[i] = cl.agreement().guaranteedYield() * value[i];
                    g += guarantee[i];
                }
            }
            guaranteeTotal = g;
            floorRule = cl.agreement().rule() == ShareRule.WEAK_VILLAGE_FLOOR;
            floor = cl.agreement().floor() != null ? cl.agreement().floor() : m.a.operatingIncomeTarget();

            int w = m.years + 1;
            nProjects = cl.projects().size();
            revenue = new double[nProjects * w];
            opex = new double[w];
            depreciation = new double[w];
            double cap = 0;
            for (int p = 0; p < nProjects; p++) {
                InvestmentProject pr = cl.projects().get(p);
                cap += pr.capex();
                for (int t = 1; t < w; t++) {
                    double grow = Math.pow(1 + pr.growth(), t - 1);
                    if (pr.mode() == InvestmentMode.LEASED) {
                        // Growth applies to the operator's turnover as well as to the rent (docs/model.md).
                        revenue[p * w + t] = pr.annualRent() * grow + pr.revenueShareRate() * pr.operatorTurnover() * grow;
                    } else {
                        double ramp = pr.rampYears() >= 1 ? Math.min(1.0, (double) t / pr.rampYears()) : 1.0;
                        revenue[p * w + t] = pr.annualRevenue() * ramp * grow;
                        opex[t] += pr.annualOpex() * Math.pow(1 + pr.opexGrowth(), t - 1);
                    }
                    if (t <= pr.lifeYears()) {
                        depreciation[t] += pr.capex() / pr.lifeYears();
                    }
                }
            }
            capex = cap;
            taxRate = cl.entity().incomeTaxRate();
            cashBasis = cl.agreement().basis() == DistributionBasis.CASH;
            reserveRatio = cl.agreement().reserveRatio();
            welfareRatio = cl.agreement().welfareRatio();
            payoutRatio = cl.agreement().payoutRatio();
            guaranteeFen = Fen.of(guaranteeTotal);
        }

        int size() {
            return parties.length;
        }
    }
}
