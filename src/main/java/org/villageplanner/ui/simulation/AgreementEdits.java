package org.villageplanner.ui.simulation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.villageplanner.domain.Agreement;
import org.villageplanner.domain.Cluster;
import org.villageplanner.domain.Contribution;
import org.villageplanner.domain.DistributionBasis;
import org.villageplanner.domain.InvestmentProject;
import org.villageplanner.domain.InvestmentMode;
import org.villageplanner.domain.Saving;
import org.villageplanner.domain.ShareRule;

/**
 * Field-by-field changes of a cluster's agreement, contributions, projects and savings, as new immutable
 * values. The domain constructors validate; a bad value throws their PlannerException, which the editor shows.
 * Money arguments are yuan, ratios fractions.
 */
final class AgreementEdits {
    /** Agreement fields that hold a number. */
    enum Ratio { RESERVE, WELFARE, PAYOUT, GUARANTEED_YIELD, FLOOR }

    /** Contribution fields; SAVING is the village's pooled-service saving per year. */
    enum Amount { CASH, LAND_MU, ASSETS, RESOURCES, SAVING }

    /** InvestmentProject fields that hold a number. */
    enum ProjectField { CAPEX, REVENUE, OPEX, RENT, SHARE_RATE, TURNOVER, RAMP, GROWTH, LIFE, VOLATILITY }

    private AgreementEdits() {
    }

    static Agreement rule(Agreement a, ShareRule r) {
        return new Agreement(r, a.basis(), a.fixedShares(), a.guaranteedYield(), a.guarantor(), a.floor(),
                a.reserveRatio(), a.welfareRatio(), a.payoutRatio());
    }

    static Agreement basis(Agreement a, DistributionBasis b) {
        return new Agreement(a.rule(), b, a.fixedShares(), a.guaranteedYield(), a.guarantor(), a.floor(),
                a.reserveRatio(), a.welfareRatio(), a.payoutRatio());
    }

    /** Empty or null: nobody is named to bear a guarantee shortfall (it is still reported). */
    static Agreement guarantor(Agreement a, String party) {
        return new Agreement(a.rule(), a.basis(), a.fixedShares(), a.guaranteedYield(),
                party == null || party.isEmpty() ? null : party, a.floor(), a.reserveRatio(), a.welfareRatio(),
                a.payoutRatio());
    }

    static Agreement fixedShares(Agreement a, Map<String, Double> shares) {
        return new Agreement(a.rule(), a.basis(), shares, a.guaranteedYield(), a.guarantor(), a.floor(),
                a.reserveRatio(), a.welfareRatio(), a.payoutRatio());
    }

    /** {@code value} null clears the floor (the scenario's operating target applies). */
    static Agreement ratio(Agreement a, Ratio field, Double value) {
        double v = value == null ? 0 : value;
        return new Agreement(a.rule(), a.basis(), a.fixedShares(),
                field == Ratio.GUARANTEED_YIELD ? v : a.guaranteedYield(), a.guarantor(),
                field == Ratio.FLOOR ? value : a.floor(),
                field == Ratio.RESERVE ? v : a.reserveRatio(), field == Ratio.WELFARE ? v : a.welfareRatio(),
                field == Ratio.PAYOUT ? v : a.payoutRatio());
    }

    /** Sets one amount of {@code party}'s contribution (created when the party had none) or saving. */
    static Cluster amount(Cluster c, String party, Amount field, double value) {
        if (field == Amount.SAVING) {
            List<Saving> out = new ArrayList<>(c.savings().stream().filter(s -> !s.village().equals(party)).toList());
            if (value != 0) {
                out.add(new Saving(party, value));
            }
            return new Cluster(c.id(), c.name(), c.type(), c.leader(), c.members(), c.entity(), c.agreement(),
                    c.contributions(), c.projects(), out, c.locked());
        }
        List<Contribution> out = new ArrayList<>();
        boolean found = false;
        for (Contribution k : c.contributions()) {
            if (k.party().equals(party)) {
                out.add(with(k, field, value));
                found = true;
            } else {
                out.add(k);
            }
        }
        if (!found) {
            out.add(with(new Contribution(party, "", 0, 0, 0, 0), field, value));
        }
        return c.withContributions(out);
    }

    private static Contribution with(Contribution k, Amount f, double v) {
        return new Contribution(k.party(), k.name(), f == Amount.CASH ? v : k.cash(), f == Amount.LAND_MU ? v
                : k.landMu(), f == Amount.ASSETS ? v : k.assets(), f == Amount.RESOURCES ? v : k.resources());
    }

    /** Adds an outside party (town, state company, villagers' pool) with no contribution yet. */
    static Cluster addParty(Cluster c, String party, String name) {
        List<Contribution> out = new ArrayList<>(c.contributions());
        out.add(new Contribution(party, name, 0, 0, 0, 0));
        return c.withContributions(out);
    }

    /** Removes an outside party's contribution and its fixed share. */
    static Cluster removeParty(Cluster c, String party) {
        Map<String, Double> shares = new LinkedHashMap<>(c.agreement().fixedShares());
        shares.remove(party);
        Agreement a = c.agreement();
        Agreement kept = new Agreement(a.rule() == ShareRule.FIXED ? ShareRule.BY_CONTRIBUTION : a.rule(), a.basis(),
                shares, a.guaranteedYield(), a.guarantor(), a.floor(), a.reserveRatio(), a.welfareRatio(),
                a.payoutRatio());
        return c.withContributions(c.contributions().stream().filter(k -> !k.party().equals(party)).toList())
                .withAgreement(a.rule() == ShareRule.FIXED ? kept : fixedShares(a, shares));
    }

    static InvestmentProject number(InvestmentProject p, ProjectField f, double v) {
        return new InvestmentProject(p.name(), p.kind(), p.mode(), f == ProjectField.CAPEX ? v : p.capex(),
                f == ProjectField.REVENUE ? v : p.annualRevenue(), f == ProjectField.OPEX ? v : p.annualOpex(),
                f == ProjectField.RAMP ? (int) Math.round(v) : p.rampYears(), f == ProjectField.GROWTH ? v : p.growth(),
                p.opexGrowth(), f == ProjectField.LIFE ? (int) Math.round(v) : p.lifeYears(),
                f == ProjectField.VOLATILITY ? v : p.volatility(), f == ProjectField.RENT ? v : p.annualRent(),
                f == ProjectField.SHARE_RATE ? v : p.revenueShareRate(),
                f == ProjectField.TURNOVER ? v : p.operatorTurnover(), p.location());
    }

    static InvestmentProject text(InvestmentProject p, boolean name, String value) {
        return new InvestmentProject(name ? value : p.name(), name ? p.kind() : value, p.mode(), p.capex(), p.annualRevenue(),
                p.annualOpex(), p.rampYears(), p.growth(), p.opexGrowth(), p.lifeYears(), p.volatility(),
                p.annualRent(), p.revenueShareRate(), p.operatorTurnover(), p.location());
    }

    static InvestmentProject mode(InvestmentProject p, InvestmentMode m) {
        return new InvestmentProject(p.name(), p.kind(), m, p.capex(), p.annualRevenue(), p.annualOpex(), p.rampYears(),
                p.growth(), p.opexGrowth(), p.lifeYears(), p.volatility(), p.annualRent(), p.revenueShareRate(),
                p.operatorTurnover(), p.location());
    }

    static Cluster project(Cluster c, int index, InvestmentProject p) {
        List<InvestmentProject> out = new ArrayList<>(c.projects());
        if (index < 0 || index >= out.size()) {
            out.add(p);
        } else {
            out.set(index, p);
        }
        return c.withProjects(out);
    }

    static Cluster removeProject(Cluster c, int index) {
        List<InvestmentProject> out = new ArrayList<>(c.projects());
        if (index >= 0 && index < out.size()) {
            out.remove(index);
        }
        return c.withProjects(out);
    }
}
