package org.villageplanner.finance;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.villageplanner.domain.Agreement;
import org.villageplanner.domain.Cluster;
import org.villageplanner.domain.Contribution;
import org.villageplanner.domain.PlannerException;
import org.villageplanner.domain.InvestmentProject;
import org.villageplanner.domain.InvestmentMode;
import org.villageplanner.domain.Scenario;
import org.villageplanner.domain.ShareRule;
import org.villageplanner.domain.Strength;
import org.villageplanner.domain.Village;

/**
 * A figure of a scenario that goal seeking moves (CLI.md {@code solve}), and where: {@code floor} (a
 * WEAK_VILLAGE_FLOOR agreement's floor, yuan), {@code guaranteedYield} (GUARANTEED_PLUS_FLOATING), {@code payoutRatio},
 * {@code outsideCash} (cash of an outside party in one cluster, created if missing) and {@code revenueFactor}
 * (multiplies a project's annual revenue; for a leased project its rent and the operator's turnover).
 *
 * <p>Without a cluster the lever applies to every cluster where it can move the goal. A lever that cannot move it
 * (a floor in a cluster with another rule or without weak villages, a guaranteed yield outside
 * GUARANTEED_PLUS_FLOATING, outside cash where shares do not depend on contributions) is refused with a
 * {@link PlannerException} saying why. Pure: {@link #apply} returns a new scenario.
 */
public final class Lever {
    /** The levers by their CLI names. */
    public enum Kind {
        FLOOR("floor", 1000), GUARANTEED_YIELD("guaranteedYield", 0.001), PAYOUT_RATIO("payoutRatio", 0.001),
        OUTSIDE_CASH("outsideCash", 1000), REVENUE_FACTOR("revenueFactor", 0.001);

        public final String cliName;
        /** 1,000 yuan for money, 0.001 for ratios and factors. */
        public final double tolerance;

        Kind(String cliName, double tolerance) {
            this.cliName = cliName;
            this.tolerance = tolerance;
        }

        public static Kind parse(String name) {
            for (Kind k : values()) {
                if (k.cliName.equalsIgnoreCase(name)) {
                    return k;
                }
            }
            throw new PlannerException("goalseek.lever.unknown", name);
        }
    }

    private final Kind kind;
    private final List<String> clusters;
    private final String party;
    private final String project;
    private final Scenario base;

    private Lever(Kind kind, List<String> clusters, String party, String project, Scenario base) {
        this.kind = kind;
        this.clusters = clusters;
        this.party = party;
        this.project = project;
        this.base = base;
    }

    /**
     * Checks that the lever can move the goal and fixes the clusters it acts on.
     *
     * @param cluster the cluster id, or null for every cluster where the lever applies
     * @throws PlannerException naming the cluster and why the lever cannot act there
     */
    public static Lever of(Kind kind, Scenario scenario, List<Village> villages, String cluster, String party,
            String project) {
        List<Cluster> candidates;
        if (cluster != null) {
            candidates = List.of(scenario.clusters().stream().filter(c -> c.id().equals(cluster)).findFirst()
                    .orElseThrow(() -> new PlannerException("goalseek.cluster.unknown", scenario.name(), cluster,
                            scenario.clusters().stream().map(Cluster::id).collect(Collectors.joining(", ")))));
        } else if (kind == Kind.OUTSIDE_CASH) {
            throw new PlannerException("goalseek.cash.needsClusterParty");
        } else {
            candidates = scenario.clusters();
        }
        Map<String, Village> byCode = villages.stream().collect(Collectors.toMap(Village::code, Function.identity(),
                (a, b) -> a));
        List<String> ids = new ArrayList<>();
        PlannerException firstRefusal = null;
        for (Cluster c : candidates) {
            PlannerException why = refusal(kind, scenario, c, byCode, party, project);
            if (why == null) {
                ids.add(c.id());
            } else if (firstRefusal == null) {
                firstRefusal = why;
            }
        }
        if (firstRefusal != null && (cluster != null || ids.isEmpty() && candidates.size() == 1)) {
            throw firstRefusal;
        }
        if (ids.isEmpty()) {
            throw kind == Kind.REVENUE_FACTOR && project != null
                    ? new PlannerException("goalseek.project.unknown", project, scenario.name())
                    : new PlannerException("goalseek.lever.nowhere", kind.cliName, scenario.name());
        }
        return new Lever(kind, List.copyOf(ids), party, project, scenario);
    }

    private static PlannerException refusal(Kind kind, Scenario s, Cluster c, Map<String, Village> byCode,
            String party, String project) {
        ShareRule rule = c.agreement().rule();
        switch (kind) {
            case FLOOR -> {
                if (rule != ShareRule.WEAK_VILLAGE_FLOOR) {
                    return new PlannerException("goalseek.floor.rule", c.name(), rule.name());
                }
                boolean weak = c.members().stream().map(byCode::get)
                        .anyMatch(v -> v != null && s.assumptions().strengthOf(v) == Strength.WEAK);
                if (!weak) {
                    return new PlannerException("goalseek.floor.noWeak", c.name(), s.assumptions().weakThreshold());
                }
            }
            case GUARANTEED_YIELD -> {
                if (rule != ShareRule.GUARANTEED_PLUS_FLOATING) {
                    return new PlannerException("goalseek.yield.rule", c.name(), rule.name());
                }
            }
            case PAYOUT_RATIO -> {
                if (c.projects().isEmpty()) {
                    return new PlannerException("goalseek.payout.noProjects", c.name());
                }
            }
            case OUTSIDE_CASH -> {
                if (party == null || party.isBlank()) {
                    return new PlannerException("goalseek.cash.needsClusterParty");
                }
                if (byCode.containsKey(party)) {
                    return new PlannerException("goalseek.cash.village", party, byCode.get(party).name());
                }
                if (rule == ShareRule.EQUAL || rule == ShareRule.FIXED) {
                    return new PlannerException("goalseek.cash.rule", c.name(), rule.name());
                }
            }
            case REVENUE_FACTOR -> {
                if (project == null || project.isBlank()) {
                    return new PlannerException("goalseek.project.needed");
                }
                if (c.projects().stream().noneMatch(p -> p.name().equals(project))) {
                    return new PlannerException("goalseek.project.unknown", project, c.name());
                }
            }
            default -> throw new IllegalStateException(kind.name());
        }
        return null;
    }

    public Kind kind() {
        return kind;
    }

    /** The ids of the clusters the lever acts on, in scenario order. */
    public List<String> clusters() {
        return clusters;
    }

    /** The default search range [min, max] when none is given. */
    public double[] defaultRange() {
        var a = base.assumptions();
        return switch (kind) {
            case FLOOR -> new double[] {0, Math.max(a.operatingIncomeTarget(), a.totalIncomeTarget())};
            case GUARANTEED_YIELD -> new double[] {0, 0.2};
            case PAYOUT_RATIO -> new double[] {0, 1};
            case OUTSIDE_CASH -> new double[] {0, Math.max(10_000_000, base.clusters().stream()
                    .filter(c -> clusters.contains(c.id()))
                    .flatMap(c -> c.projects().stream()).mapToDouble(InvestmentProject::capex).sum())};
            case REVENUE_FACTOR -> new double[] {0, 3};
        };
    }

    /** Checks a search range against what the lever can take (≥ 0; a payout ratio at most 1). */
    public void checkRange(double min, double max) {
        if (!(min >= 0) || !(max >= min) || Double.isInfinite(max) || kind == Kind.PAYOUT_RATIO && max > 1) {
            throw new PlannerException("goalseek.range", kind.cliName, fmt(min), fmt(max),
                    kind == Kind.PAYOUT_RATIO ? "0 ≤ min ≤ max ≤ 1" : "0 ≤ min ≤ max");
        }
    }

    private static String fmt(double d) {
        return String.format(Locale.ROOT, "%s", d);
    }

    /** The scenario with the lever set to {@code value} in each of its clusters (other figures unchanged). */
    public Scenario apply(double value) {
        List<Cluster> out = new ArrayList<>();
        for (Cluster c : base.clusters()) {
            out.add(clusters.contains(c.id()) ? apply(c, value) : c);
        }
        return base.withClusters(out);
    }

    private Cluster apply(Cluster c, double value) {
        Agreement a = c.agreement();
        return switch (kind) {
            case FLOOR -> c.withAgreement(new Agreement(a.rule(), a.basis(), a.fixedShares(), a.guaranteedYield(),
                    a.guarantor(), value, a.reserveRatio(), a.welfareRatio(), a.payoutRatio()));
            case GUARANTEED_YIELD -> c.withAgreement(new Agreement(a.rule(), a.basis(), a.fixedShares(), value,
                    a.guarantor(), a.floor(), a.reserveRatio(), a.welfareRatio(), a.payoutRatio()));
            case PAYOUT_RATIO -> c.withAgreement(new Agreement(a.rule(), a.basis(), a.fixedShares(),
                    a.guaranteedYield(), a.guarantor(), a.floor(), a.reserveRatio(), a.welfareRatio(), value));
            case OUTSIDE_CASH -> c.withContributions(withCash(c.contributions(), value));
            case REVENUE_FACTOR -> c.withProjects(c.projects().stream()
                    .map(p -> p.name().equals(project) ? scaled(p, value) : p).toList());
        };
    }

    private List<Contribution> withCash(List<Contribution> contributions, double cash) {
        List<Contribution> out = new ArrayList<>();
        boolean found = false;
        for (Contribution c : contributions) {
            if (c.party().equals(party) && !found) {
                out.add(new Contribution(c.party(), c.name(), cash, c.landMu(), c.assets(), c.resources()));
                found = true;
            } else {
                out.add(c);
            }
        }
        if (!found) {
            out.add(Contribution.cash(party, cash));
        }
        return out;
    }

    private static InvestmentProject scaled(InvestmentProject p, double f) {
        boolean leased = p.mode() == InvestmentMode.LEASED;
        return new InvestmentProject(p.name(), p.kind(), p.mode(), p.capex(), leased ? p.annualRevenue() : p.annualRevenue() * f,
                p.annualOpex(), p.rampYears(), p.growth(), p.opexGrowth(), p.lifeYears(), p.volatility(),
                leased ? p.annualRent() * f : p.annualRent(), p.revenueShareRate(),
                leased ? p.operatorTurnover() * f : p.operatorTurnover(), p.location());
    }
}
