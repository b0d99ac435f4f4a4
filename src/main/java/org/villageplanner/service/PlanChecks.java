package org.villageplanner.service;

import org.villageplanner.domain.Units;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.villageplanner.cluster.Problem;
import org.villageplanner.domain.ProjectInfo;
import org.villageplanner.domain.Village;

/**
 * What the plan PDF says about the plan beyond its figures: the level it speaks for (one township or a county of
 * several towns), every rule finding of the scenario, and the villages below the income targets.
 *
 * @param level    the project's level setting when set (ProjectInfo.level), else derived from the villages' towns
 * @param findings every ERROR and WARNING of the reported scenario, plan-wide ones (cluster null) included
 * @param below    villages below the operating or the total income target in the base year or the last year
 */
public record PlanChecks(Level level, List<Finding> findings, List<BelowTarget> below) {
    public PlanChecks {
        findings = List.copyOf(findings);
        below = List.copyOf(below);
    }

    /** One township (全镇, "the township") or several towns (全县 / 县域, "the county"). */
    public enum Level { TOWNSHIP, COUNTY }

    /** A rule finding with the name of its cluster (null for plan-wide findings such as coverage). */
    public record Finding(String clusterName, Problem problem) {
    }

    /**
     * A village below a target. Incomes in yuan; {@code first…Year} is the first year 0..N in which it meets that
     * target, or null when it does not within the horizon; {@code p10N}/{@code p90N} bound its year-N operating
     * income over the Monte Carlo runs, and {@code pOperatingN}/{@code pTotalN} are the share of those runs in which
     * it meets the operating / total income target in year N ({@link org.villageplanner.finance.GoalProbability}, the
     * same figure as {@code solve}'s); all four are null when no Monte Carlo was run.
     */
    public record BelowTarget(String code, String name,
            @Units.Yuan double operating0, @Units.Yuan double operating3, @Units.Yuan double operatingN,
            Integer firstOperatingYear,
            @Units.Yuan double total0, @Units.Yuan double total3, @Units.Yuan double totalN, Integer firstTotalYear,
            @Units.Yuan Double p10N, @Units.Yuan Double p90N,
            @Units.Fraction Double pOperatingN, @Units.Fraction Double pTotalN) {

        /** Without the probabilities of meeting the targets. */
        public BelowTarget(String code, String name, double operating0, double operating3, double operatingN,
                Integer firstOperatingYear, double total0, double total3, double totalN, Integer firstTotalYear,
                Double p10N, Double p90N) {
            this(code, name, operating0, operating3, operatingN, firstOperatingYear, total0, total3, totalN,
                    firstTotalYear, p10N, p90N, null, null);
        }
    }

    public static final PlanChecks NONE = new PlanChecks(Level.TOWNSHIP, List.of(), List.of());

    public boolean hasErrors() {
        return findings.stream().anyMatch(f -> f.problem().isError());
    }

    /**
     * The project's setting when it has one; otherwise COUNTY when the villages name more than one town; with no towns recorded, from the project's township
     * field (a name ending in 县, 市 or 区 is a county); else TOWNSHIP.
     */
    public static Level levelOf(List<Village> villages, ProjectInfo info) {
        if (info != null && info.level() != null) {
            return info.level() == org.villageplanner.domain.PlanLevel.COUNTY ? Level.COUNTY : Level.TOWNSHIP;
        }
        Set<String> towns = new LinkedHashSet<>();
        for (Village v : villages) {
            if (v.town() != null && !v.town().isBlank()) {
                towns.add(v.town().strip());
            }
        }
        if (towns.size() > 1) {
            return Level.COUNTY;
        }
        if (towns.isEmpty()) {
            String t = info == null ? "" : info.township().strip();
            return t.endsWith("县") || t.endsWith("市") || t.endsWith("区") ? Level.COUNTY : Level.TOWNSHIP;
        }
        return Level.TOWNSHIP;
    }
}
