package org.villageplanner.domain;

/**
 * An investment project of a cluster's joint entity (康养基地, 标准厂房, 滩涂发包 ...), MODEL.md §2.
 *
 * <p>OPERATED projects earn {@code annualRevenue} (ramped up over {@code rampYears}, growing at {@code growth})
 * and cost {@code annualOpex} (growing at {@code opexGrowth}). LEASED projects earn {@code annualRent} (growing
 * at {@code growth}) plus {@code revenueShareRate × operatorTurnover} and cost nothing to run. Capex (yuan) is
 * paid in year 0 and depreciated straight-line over {@code lifeYears}. {@code volatility} is the yearly
 * log-normal σ of revenue for Monte Carlo. {@code kind} is a free category tag (TOURISM, FACTORY, LEASE ...);
 * {@code location} is where the project lies (outside the cluster for ENCLAVE), or null.
 */
public record InvestmentProject(
        String name,
        String kind,
        InvestmentMode mode,
        double capex,
        double annualRevenue,
        double annualOpex,
        int rampYears,
        double growth,
        double opexGrowth,
        int lifeYears,
        double volatility,
        double annualRent,
        double revenueShareRate,
        double operatorTurnover,
        GeoPoint location) {

    public static final int DEFAULT_LIFE_YEARS = 20;

    public InvestmentProject {
        name = Check.text(name, "project", "name");
        kind = kind == null ? "" : kind.strip();
        mode = mode == null ? InvestmentMode.OPERATED : mode;
        Check.nonNegative(capex, name, "capex");
        Check.nonNegative(annualRevenue, name, "annualRevenue");
        Check.nonNegative(annualOpex, name, "annualOpex");
        Check.nonNegative(rampYears, name, "rampYears");
        Check.finite(growth, name, "growth");
        Check.finite(opexGrowth, name, "opexGrowth");
        if (growth <= -1 || opexGrowth <= -1) {
            throw new PlannerException("core.value.rateTooLow", name, "growth", Math.min(growth, opexGrowth));
        }
        if (lifeYears < 1) {
            throw new PlannerException("core.project.lifeYears", name, lifeYears);
        }
        Check.nonNegative(volatility, name, "volatility");
        Check.nonNegative(annualRent, name, "annualRent");
        Check.fraction(revenueShareRate, name, "revenueShareRate");
        Check.nonNegative(operatorTurnover, name, "operatorTurnover");
    }

    /** An operated project with the MODEL.md defaults for everything not given. */
    public static InvestmentProject operated(String name, double capex, double annualRevenue, double annualOpex) {
        return new InvestmentProject(name, "", InvestmentMode.OPERATED, capex, annualRevenue, annualOpex, 0, 0, 0,
                DEFAULT_LIFE_YEARS, 0, 0, 0, 0, null);
    }

    /** A leased project paying {@code annualRent} yuan a year, with the MODEL.md defaults for the rest. */
    public static InvestmentProject leased(String name, double capex, double annualRent) {
        return new InvestmentProject(name, "", InvestmentMode.LEASED, capex, 0, 0, 0, 0, 0, DEFAULT_LIFE_YEARS, 0, annualRent,
                0, 0, null);
    }
}
