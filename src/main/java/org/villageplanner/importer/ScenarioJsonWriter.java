package org.villageplanner.importer;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import org.villageplanner.domain.Agreement;
import org.villageplanner.domain.Assumptions;
import org.villageplanner.domain.Cluster;
import org.villageplanner.domain.Contribution;
import org.villageplanner.domain.JointEntity;
import org.villageplanner.domain.MonteCarloSettings;
import org.villageplanner.domain.InvestmentProject;
import org.villageplanner.domain.InvestmentMode;
import org.villageplanner.domain.Saving;
import org.villageplanner.domain.Scenario;
import org.villageplanner.service.ScenarioDocument;

/**
 * Builds the JSON tree of a scenario document, keys in the order of CLI.md. Every value is written explicitly
 * (defaults included) so that a file means the same thing even if defaults change; only the fields a project's
 * mode does not use are left out when they are zero. Stateless.
 */
final class ScenarioJsonWriter {
    private ScenarioJsonWriter() {
    }

    static ObjectNode write(ScenarioDocument document) {
        Scenario s = document.scenario();
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.put("format", ScenarioJsonReader.FORMAT);
        root.put("name", s.name());
        if (!s.notes().isEmpty()) {
            root.put("notes", s.notes());
        }
        assumptions(root.putObject("assumptions"), s.assumptions());
        ArrayNode clusters = root.putArray("clusters");
        for (Cluster c : s.clusters()) {
            cluster(clusters.addObject(), c);
        }
        if (!document.villages().isEmpty()) {
            VillageJson.writeAll(document.villages(), root.putArray("villages"));
        }
        return root;
    }

    /** Writes whole numbers without a fraction (3000000, not 3000000.0); reading gives back the same double. */
    static void number(ObjectNode o, String key, double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            o.put(key, (long) value);
        } else {
            o.put(key, value);
        }
    }

    private static void assumptions(ObjectNode o, Assumptions a) {
        o.put("years", a.years());
        number(o, "baselineGrowth", a.baselineGrowth());
        number(o, "discountRate", a.discountRate());
        number(o, "totalIncomeTarget", a.totalIncomeTarget());
        number(o, "operatingIncomeTarget", a.operatingIncomeTarget());
        number(o, "strongThreshold", a.strongThreshold());
        number(o, "weakThreshold", a.weakThreshold());
        number(o, "landYuanPerMu", a.landYuanPerMu());
        MonteCarloSettings mc = a.monteCarlo();
        ObjectNode m = o.putObject("monteCarlo");
        m.put("runs", mc.runs());
        m.put("seed", mc.seed());
        number(m, "correlation", mc.correlation());
    }

    private static void cluster(ObjectNode o, Cluster c) {
        o.put("id", c.id());
        o.put("name", c.name());
        o.put("type", c.type().name());
        if (c.leader() == null) {
            o.putNull("leader");
        } else {
            o.put("leader", c.leader());
        }
        ArrayNode members = o.putArray("members");
        c.members().forEach(members::add);
        if (c.locked()) {
            o.put("locked", true);
        }
        if (!c.bridges().isEmpty()) {
            ArrayNode bridges = o.putArray("bridges");
            c.bridges().forEach(bridges::add);
        }
        JointEntity e = c.entity();
        ObjectNode entity = o.putObject("entity");
        entity.put("name", e.name());
        entity.put("form", e.form().name());
        number(entity, "incomeTaxRate", e.incomeTaxRate());
        agreement(o.putObject("agreement"), c.agreement());
        ArrayNode contributions = o.putArray("contributions");
        for (Contribution k : c.contributions()) {
            ObjectNode x = contributions.addObject();
            x.put("party", k.party());
            if (!k.name().isEmpty()) {
                x.put("name", k.name());
            }
            number(x, "cash", k.cash());
            number(x, "landMu", k.landMu());
            number(x, "assets", k.assets());
            number(x, "resources", k.resources());
        }
        ArrayNode projects = o.putArray("projects");
        c.projects().forEach(p -> project(projects.addObject(), p));
        ArrayNode savings = o.putArray("savings");
        for (Saving s : c.savings()) {
            ObjectNode x = savings.addObject();
            x.put("village", s.village());
            number(x, "annual", s.annual());
        }
    }

    private static void agreement(ObjectNode o, Agreement a) {
        o.put("rule", a.rule().name());
        o.put("basis", a.basis().name());
        if (!a.fixedShares().isEmpty()) {
            ObjectNode shares = o.putObject("fixedShares");
            for (Map.Entry<String, Double> e : a.fixedShares().entrySet()) {
                number(shares, e.getKey(), e.getValue());
            }
        }
        number(o, "guaranteedYield", a.guaranteedYield());
        if (a.guarantor() == null) {
            o.putNull("guarantor");
        } else {
            o.put("guarantor", a.guarantor());
        }
        if (a.floor() == null) {
            o.putNull("floor");
        } else {
            number(o, "floor", a.floor());
        }
        number(o, "reserveRatio", a.reserveRatio());
        number(o, "welfareRatio", a.welfareRatio());
        number(o, "payoutRatio", a.payoutRatio());
    }

    private static void project(ObjectNode o, InvestmentProject p) {
        boolean leased = p.mode() == InvestmentMode.LEASED;
        o.put("name", p.name());
        o.put("kind", p.kind());
        o.put("mode", p.mode().name());
        number(o, "capex", p.capex());
        numberIfUsed(o, "annualRevenue", p.annualRevenue(), !leased);
        numberIfUsed(o, "annualOpex", p.annualOpex(), !leased);
        numberIfUsed(o, "rampYears", p.rampYears(), !leased);
        numberIfUsed(o, "annualRent", p.annualRent(), leased);
        numberIfUsed(o, "revenueShareRate", p.revenueShareRate(), leased);
        numberIfUsed(o, "operatorTurnover", p.operatorTurnover(), leased);
        number(o, "growth", p.growth());
        numberIfUsed(o, "opexGrowth", p.opexGrowth(), !leased);
        o.put("lifeYears", p.lifeYears());
        number(o, "volatility", p.volatility());
        if (p.location() != null) {
            ObjectNode loc = o.putObject("location");
            number(loc, "lon", p.location().lon());
            number(loc, "lat", p.location().lat());
        }
    }

    /** Fields the project's mode ignores are written only when non-zero, so nothing is lost either way. */
    private static void numberIfUsed(ObjectNode o, String key, double value, boolean used) {
        if (used || value != 0) {
            number(o, key, value);
        }
    }
}
