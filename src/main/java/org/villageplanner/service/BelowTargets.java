package org.villageplanner.service;

import java.util.ArrayList;
import java.util.List;
import org.villageplanner.domain.Assumptions;
import org.villageplanner.finance.SimulationResult;
import org.villageplanner.finance.VillageResult;

/** The villages below the operating or total income target in the base year or the last year (plan PDF). */
final class BelowTargets {
    private BelowTargets() {
    }

    static List<PlanChecks.BelowTarget> of(SimulationResult sim, Assumptions a) {
        return of(sim, a, java.util.Map.of(), java.util.Map.of());
    }

    /**
     * @param pOperating per village code, the Monte Carlo probability of meeting the operating-income target in year
     *                   N; empty without Monte Carlo (likewise {@code pTotal} for total income)
     */
    static List<PlanChecks.BelowTarget> of(SimulationResult sim, Assumptions a, java.util.Map<String, Double> pOperating,
                                           java.util.Map<String, Double> pTotal) {
        int n = sim.years();
        int three = Math.min(3, n);
        List<PlanChecks.BelowTarget> out = new ArrayList<>();
        for (VillageResult v : sim.villages()) {
            double[] op = v.operatingIncome();
            double[] tot = v.totalIncome();
            boolean below = op[0] < a.operatingIncomeTarget() || tot[0] < a.totalIncomeTarget()
                    || op[n] < a.operatingIncomeTarget() || tot[n] < a.totalIncomeTarget();
            if (!below) {
                continue;
            }
            double[] p10 = sim.runs() > 0 ? sim.monteCarlo().operatingIncomeP10().get(v.code()) : null;
            double[] p90 = sim.runs() > 0 ? sim.monteCarlo().operatingIncomeP90().get(v.code()) : null;
            out.add(new PlanChecks.BelowTarget(v.code(), v.name(), op[0], op[three], op[n],
                    firstMeeting(op, a.operatingIncomeTarget()), tot[0], tot[three], tot[n],
                    firstMeeting(tot, a.totalIncomeTarget()), p10 == null ? null : p10[n], p90 == null ? null : p90[n],
                    pOperating.get(v.code()), pTotal.get(v.code())));
        }
        return out;
    }

    /**
     * The first year from which the income meets the target and stays there to the horizon, or null. (A village
     * that dips below again later has not met it for good; the plan must not claim otherwise.)
     */
    static Integer firstMeeting(double[] income, double target) {
        Integer first = null;
        for (int t = 0; t < income.length; t++) {
            if (income[t] >= target) {
                if (first == null) {
                    first = t;
                }
            } else {
                first = null;
            }
        }
        return first;
    }
}
