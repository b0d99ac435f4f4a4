package org.villageplanner.domain;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The shareholding agreement of a cluster (一份协议明权责), MODEL.md §1–§3.
 *
 * @param fixedShares     party → fraction, used by FIXED (must sum to 1 ± 1e-9)
 * @param guaranteedYield yearly yield on each party's valued contribution (GUARANTEED_PLUS_FLOATING)
 * @param guarantor       party that bears a guarantee shortfall, or null (reported either way)
 * @param floor           operating income in yuan that WEAK_VILLAGE_FLOOR lifts weak members to; null
 *                        means the scenario's operating-income target
 */
public record Agreement(
        ShareRule rule,
        DistributionBasis basis,
        Map<String, Double> fixedShares,
        double guaranteedYield,
        String guarantor,
        Double floor,
        double reserveRatio,
        double welfareRatio,
        double payoutRatio) {

    public static final Agreement DEFAULTS = new Agreement(ShareRule.BY_CONTRIBUTION, DistributionBasis.PROFIT,
            Map.of(), 0, null, null, 0, 0, 1);

    public Agreement {
        rule = rule == null ? ShareRule.BY_CONTRIBUTION : rule;
        basis = basis == null ? DistributionBasis.PROFIT : basis;
        fixedShares = fixedShares == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(fixedShares));
        Check.nonNegative(guaranteedYield, "agreement", "guaranteedYield");
        if (floor != null) {
            Check.nonNegative(floor, "agreement", "floor");
        }
        Check.fraction(reserveRatio, "agreement", "reserveRatio");
        Check.fraction(welfareRatio, "agreement", "welfareRatio");
        Check.fraction(payoutRatio, "agreement", "payoutRatio");
        if (reserveRatio + welfareRatio > 1 + 1e-12) {
            throw new PlannerException("core.agreement.reservesOverOne", reserveRatio, welfareRatio);
        }
        double sum = 0;
        for (Map.Entry<String, Double> e : fixedShares.entrySet()) {
            Check.fraction(Check.present(e.getValue(), "fixedShares", e.getKey()), "fixedShares", e.getKey());
            sum += e.getValue();
        }
        if (rule == ShareRule.FIXED && Math.abs(sum - 1) > 1e-9) {
            throw new PlannerException("core.agreement.fixedSum", sum);
        }
    }

    public static Agreement of(ShareRule rule) {
        return new Agreement(rule, DistributionBasis.PROFIT, Map.of(), 0, null, null, 0, 0, 1);
    }
}
