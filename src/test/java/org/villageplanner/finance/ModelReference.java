package org.villageplanner.finance;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.villageplanner.domain.Agreement;
import org.villageplanner.domain.Assumptions;
import org.villageplanner.domain.Cluster;
import org.villageplanner.domain.Contribution;
import org.villageplanner.domain.DistributionBasis;
import org.villageplanner.domain.InvestmentProject;
import org.villageplanner.domain.InvestmentMode;
import org.villageplanner.domain.Saving;
import org.villageplanner.domain.Scenario;
import org.villageplanner.domain.ShareRule;
import org.villageplanner.domain.Village;

/**
 * A second, deliberately plain implementation of shared/MODEL.md §1–§4 written from the text (maps and lists,
 * no shared code with {@code finance} apart from the domain records), used to check the engine to the fen.
 * Parties are ordered as the CLI lists them: member villages, then other contributors, then FIXED-share holders.
 */
final class ModelReference {
    /** payouts.get(clusterId).get(party)[t] in fen for t = 1..N (index 0 unused). */
    final Map<String, Map<String, long[]>> payouts = new LinkedHashMap<>();
    /** Operating income per village code, yuan, t = 0..N. */
    final Map<String, double[]> operating = new LinkedHashMap<>();
    /** Floor transfers moved per cluster, year and party in fen: positive received, negative paid. */
    final Map<String, Map<String, long[]>> floorDelta = new LinkedHashMap<>();

    ModelReference(Scenario s, List<Village> villages) {
        Assumptions a = s.assumptions();
        int n = a.years();
        Map<String, Village> byCode = new LinkedHashMap<>();
        villages.forEach(v -> byCode.put(v.code(), v));
        Map<String, double[]> savings = new LinkedHashMap<>();
        for (Cluster c : s.clusters()) {
            payouts.put(c.id(), pay(c, a, n));
            for (Saving sv : c.savings()) {
                savings.computeIfAbsent(sv.village(), k -> new double[n + 1]);
                for (int t = 1; t <= n; t++) {
                    savings.get(sv.village())[t] += sv.annual();
                }
            }
        }
        for (Cluster c : s.clusters()) {
            Map<String, long[]> delta = new LinkedHashMap<>();
            floorDelta.put(c.id(), delta);
            if (c.agreement().rule() != ShareRule.WEAK_VILLAGE_FLOOR) {
                continue;
            }
            double floor = c.agreement().floor() != null ? c.agreement().floor() : a.operatingIncomeTarget();
            Map<String, long[]> mine = payouts.get(c.id());
            for (int t = 1; t <= n; t++) {
                Map<String, Long> need = new LinkedHashMap<>();
                Map<String, Long> payerPay = new LinkedHashMap<>();
                for (String code : mine.keySet()) {
                    if (!c.members().contains(code) || !byCode.containsKey(code)) {
                        continue; // outside parties neither pay nor receive
                    }
                    Village v = byCode.get(code);
                    if (v.operatingIncome() < a.weakThreshold()) {
                        double income = income(v, t, a, savings);
                        if (income < floor) {
                            need.put(code, (long) Math.ceil((floor - income) * 100 - 1e-6));
                        }
                    } else {
                        payerPay.put(code, mine.get(code)[t]);
                    }
                }
                long needSum = need.values().stream().mapToLong(Long::longValue).sum();
                long avail = payerPay.values().stream().mapToLong(Long::longValue).sum();
                long moved = Math.min(needSum, avail);
                if (moved <= 0) {
                    continue;
                }
                long[] got = split(moved, new ArrayList<>(need.values()), needSum);
                long[] gave = split(moved, new ArrayList<>(payerPay.values()), avail);
                int k = 0;
                for (String code : need.keySet()) {
                    mine.get(code)[t] += got[k];
                    delta.computeIfAbsent(code, x -> new long[n + 1])[t] += got[k++];
                }
                k = 0;
                for (String code : payerPay.keySet()) {
                    if (gave[k] > mine.get(code)[t]) {
                        throw new AssertionError("a payer pays more than it received");
                    }
                    mine.get(code)[t] -= gave[k];
                    delta.computeIfAbsent(code, x -> new long[n + 1])[t] -= gave[k++];
                }
            }
        }
        for (Village v : villages) {
            double[] op = new double[n + 1];
            for (int t = 0; t <= n; t++) {
                op[t] = income(v, t, a, savings);
            }
            operating.put(v.code(), op);
        }
    }

    private double income(Village v, int t, Assumptions a, Map<String, double[]> savings) {
        double x = v.operatingIncome() * Math.pow(1 + a.baselineGrowth(), t);
        for (Map<String, long[]> cluster : payouts.values()) {
            long[] p = cluster.get(v.code());
            if (p != null && t > 0) {
                x += p[t] / 100.0;
            }
        }
        double[] sv = savings.get(v.code());
        return x + (sv == null ? 0 : sv[t]);
    }

    /** moved × weight_i / Σ weight, rounded to the fen by largest remainder (earlier party wins a tie). */
    private static long[] split(long moved, List<Long> weights, long sum) {
        double[] exact = new double[weights.size()];
        for (int i = 0; i < exact.length; i++) {
            exact[i] = (double) moved * weights.get(i) / sum;
        }
        return largestRemainder(exact, moved);
    }

    static long[] largestRemainder(double[] exact, long target) {
        long[] out = new long[exact.length];
        long sum = 0;
        for (int i = 0; i < exact.length; i++) {
            out[i] = (long) Math.floor(Math.max(0, exact[i]));
            sum += out[i];
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < exact.length; i++) {
            order.add(i);
        }
        order.sort((x, y) -> Double.compare(rem(exact[y]), rem(exact[x])));
        for (int k = 0; sum < target && !order.isEmpty(); k = (k + 1) % order.size()) {
            out[order.get(k)]++;
            sum++;
        }
        return out;
    }

    private static double rem(double e) {
        double x = Math.max(0, e);
        return x - Math.floor(x);
    }

    /** §1 and §2 for one cluster: each party's yearly payout in fen. */
    private static Map<String, long[]> pay(Cluster c, Assumptions a, int n) {
        Map<String, Double> value = new LinkedHashMap<>();
        c.members().forEach(m -> value.put(m, 0.0));
        for (Contribution k : c.contributions()) {
            value.merge(k.party(), k.cash() + k.landMu() * a.landYuanPerMu() + k.assets() + k.resources(), Double::sum);
        }
        Agreement ag = c.agreement();
        if (ag.rule() == ShareRule.FIXED) {
            ag.fixedShares().keySet().forEach(p -> value.putIfAbsent(p, 0.0));
        }
        List<String> parties = new ArrayList<>(value.keySet());
        double total = value.values().stream().mapToDouble(Double::doubleValue).sum();
        long members = parties.stream().filter(c.members()::contains).count();
        Map<String, Double> fraction = new LinkedHashMap<>();
        for (String p : parties) {
            double equal = c.members().contains(p) ? 1.0 / members : 0;
            fraction.put(p, switch (ag.rule()) {
                case EQUAL -> equal;
                case FIXED -> ag.fixedShares().getOrDefault(p, 0.0);
                default -> total > 0 ? value.get(p) / total : equal;
            });
        }
        boolean guaranteed = ag.rule() == ShareRule.GUARANTEED_PLUS_FLOATING;
        double guaranteeTotal = guaranteed ? ag.guaranteedYield() * total : 0;
        Map<String, long[]> out = new LinkedHashMap<>();
        parties.forEach(p -> out.put(p, new long[n + 1]));
        double loss = 0;
        double deficit = 0;
        for (int t = 1; t <= n; t++) {
            double revenue = 0;
            double opex = 0;
            double dep = 0;
            for (InvestmentProject p : c.projects()) {
                double g = Math.pow(1 + p.growth(), t - 1);
                if (p.mode() == InvestmentMode.LEASED) {
                    revenue += p.annualRent() * g + p.revenueShareRate() * p.operatorTurnover() * g;
                } else {
                    double ramp = p.rampYears() >= 1 ? Math.min(1, (double) t / p.rampYears()) : 1;
                    revenue += p.annualRevenue() * ramp * g;
                    opex += p.annualOpex() * Math.pow(1 + p.opexGrowth(), t - 1);
                }
                dep += t <= p.lifeYears() ? p.capex() / p.lifeYears() : 0;
            }
            double pbt = revenue - opex - dep;
            double taxable = Math.max(0, pbt - loss);
            loss = Math.max(0, loss - pbt);
            double tax = taxable * c.entity().incomeTaxRate();
            double net = ag.basis() == DistributionBasis.CASH ? revenue - opex - tax : pbt - tax;
            double available = Math.max(0, net - deficit);
            deficit = Math.max(0, deficit - net);
            double distributable = available - available * ag.reserveRatio() - available * ag.welfareRatio();
            double dividends = Math.max(0, distributable - guaranteeTotal) * ag.payoutRatio();
            double[] exact = new double[parties.size()];
            for (int i = 0; i < exact.length; i++) {
                String p = parties.get(i);
                exact[i] = (dividends * fraction.get(p) + (guaranteed ? ag.guaranteedYield() * value.get(p) : 0)) * 100;
            }
            long[] fen = largestRemainder(exact, Math.round(dividends * 100) + Math.round(guaranteeTotal * 100));
            for (int i = 0; i < exact.length; i++) {
                out.get(parties.get(i))[t] = fen[i];
            }
        }
        return out;
    }
}
