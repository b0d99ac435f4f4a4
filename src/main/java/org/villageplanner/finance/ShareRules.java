package org.villageplanner.finance;

import java.util.List;
import java.util.Map;
import org.villageplanner.domain.PlannerException;
import org.villageplanner.domain.ShareRule;

/**
 * The share rules of MODEL.md §1 as static functions over parallel arrays of parties.
 *
 * <p>Party {@code i} has a valued contribution {@code values[i]} (yuan) and is or is not a member village
 * ({@code member[i]}). Each function returns fractions summing to 1 (or all zero when there is nothing to share,
 * see each method; {@link #fractions} applies the rule). Bad input raises {@link PlannerException} naming the cluster.
 */
public final class ShareRules {
    /** FIXED shares may deviate from 1 by this much (MODEL.md §1). */
    public static final double FIXED_TOLERANCE = 1e-9;

    private ShareRules() {
    }

    /**
     * The fractions of MODEL.md §1 for one cluster's parties. The rules that divide by Σ value
     * (BY_CONTRIBUTION, GUARANTEED_PLUS_FLOATING, WEAK_VILLAGE_FLOOR) use the EQUAL fractions when nothing has
     * been valued yet (Σ value ≤ 0), so that profit never goes without an owner; validation warns about it
     * ({@code AgreementRule}). All zero only when the cluster has no member village at all.
     */
    public static double[] fractions(ShareRule rule, String cluster, List<String> parties, boolean[] member,
            double[] values, Map<String, Double> fixedShares) {
        return switch (rule) {
            case EQUAL -> equal(member);
            case FIXED -> fixed(cluster, parties, fixedShares);
            default -> nothingValued(values) ? equal(member) : byContribution(values);
        };
    }

    /** True when Σ value ≤ 0, i.e. the contribution-based rules fall back to EQUAL fractions (§1). */
    public static boolean nothingValued(double[] values) {
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        return sum <= 0;
    }

    /** value_i / Σ value; all zero when nothing was contributed (see {@link #fractions} for the fallback). */
    public static double[] byContribution(double[] values) {
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        double[] out = new double[values.length];
        if (sum > 0) {
            for (int i = 0; i < values.length; i++) {
                out[i] = values[i] / sum;
            }
        }
        return out;
    }

    /** 1 / (number of member villages) to each member; outside parties get 0. */
    public static double[] equal(boolean[] member) {
        int m = 0;
        for (boolean b : member) {
            m += b ? 1 : 0;
        }
        double[] out = new double[member.length];
        for (int i = 0; i < member.length && m > 0; i++) {
            out[i] = member[i] ? 1.0 / m : 0;
        }
        return out;
    }

    /**
     * The entered fractions, in party order; parties without an entry get 0.
     *
     * @throws PlannerException when the entries do not add up to 1 ± 1e-9, naming the cluster and the sum
     */
    public static double[] fixed(String cluster, List<String> parties, Map<String, Double> fixedShares) {
        double sum = 0;
        for (double f : fixedShares.values()) {
            sum += f;
        }
        if (Math.abs(sum - 1) > FIXED_TOLERANCE) {
            throw new PlannerException("finance.shares.fixedSum", cluster, sum);
        }
        double[] out = new double[parties.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = fixedShares.getOrDefault(parties.get(i), 0.0);
        }
        return out;
    }

    /**
     * Fractions shown in hundredths of a percent (basis points), rounded by largest remainder so that they add
     * up to exactly 10000 (100.00%) whenever the fractions are not all zero.
     */
    public static long[] displayBasisPoints(double[] fractions) {
        double sum = 0;
        double[] scaled = new double[fractions.length];
        for (int i = 0; i < fractions.length; i++) {
            sum += fractions[i];
        }
        if (sum <= 0) {
            return new long[fractions.length];
        }
        for (int i = 0; i < fractions.length; i++) {
            scaled[i] = fractions[i] / sum * 10_000.0;
        }
        return Fen.largestRemainder(scaled, 10_000);
    }
}
