package org.villageplanner.domain;

/**
 * A scenario's assumptions (MODEL.md §8 lists the defaults). Money in yuan, rates as fractions.
 *
 * @param years          projected years N (year 0 is the base year)
 * @param baselineGrowth yearly growth of the villages' own incomes
 * @param landYuanPerMu  value of one mu of contributed land, in yuan
 */
public record Assumptions(
        int years,
        double baselineGrowth,
        double discountRate,
        double totalIncomeTarget,
        double operatingIncomeTarget,
        double strongThreshold,
        double weakThreshold,
        double landYuanPerMu,
        MonteCarloSettings monteCarlo) {

    public static final Assumptions DEFAULTS = new Assumptions(10, 0, 0.06, 1_000_000, 500_000, 2_000_000,
            500_000, 0, MonteCarloSettings.DEFAULTS);

    public static final int MAX_YEARS = 100;

    public Assumptions {
        if (years < 1 || years > MAX_YEARS) {
            throw new PlannerException("core.assumptions.years", years, MAX_YEARS);
        }
        Check.finite(baselineGrowth, "assumptions", "baselineGrowth");
        if (baselineGrowth <= -1) {
            throw new PlannerException("core.value.rateTooLow", "assumptions", "baselineGrowth", baselineGrowth);
        }
        Check.finite(discountRate, "assumptions", "discountRate");
        if (discountRate <= -1) {
            throw new PlannerException("core.value.rateTooLow", "assumptions", "discountRate", discountRate);
        }
        Check.nonNegative(totalIncomeTarget, "assumptions", "totalIncomeTarget");
        Check.nonNegative(operatingIncomeTarget, "assumptions", "operatingIncomeTarget");
        Check.nonNegative(strongThreshold, "assumptions", "strongThreshold");
        Check.nonNegative(weakThreshold, "assumptions", "weakThreshold");
        if (weakThreshold > strongThreshold) {
            throw new PlannerException("core.assumptions.thresholds", weakThreshold, strongThreshold);
        }
        Check.nonNegative(landYuanPerMu, "assumptions", "landYuanPerMu");
        monteCarlo = monteCarlo == null ? MonteCarloSettings.DEFAULTS : monteCarlo;
    }

    public Strength strengthOf(Village v) {
        return Strength.classify(v.operatingIncome(), strongThreshold, weakThreshold);
    }

    public Assumptions withYears(int n) {
        return new Assumptions(n, baselineGrowth, discountRate, totalIncomeTarget, operatingIncomeTarget,
                strongThreshold, weakThreshold, landYuanPerMu, monteCarlo);
    }

    public Assumptions withMonteCarlo(MonteCarloSettings mc) {
        return new Assumptions(years, baselineGrowth, discountRate, totalIncomeTarget, operatingIncomeTarget,
                strongThreshold, weakThreshold, landYuanPerMu, mc);
    }
}
