package org.villageplanner.importer;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.villageplanner.domain.Agreement;
import org.villageplanner.domain.Assumptions;
import org.villageplanner.domain.Cluster;
import org.villageplanner.domain.ClusterType;
import org.villageplanner.domain.Contribution;
import org.villageplanner.domain.DistributionBasis;
import org.villageplanner.domain.EntityForm;
import org.villageplanner.domain.Enums;
import org.villageplanner.domain.GeoPoint;
import org.villageplanner.domain.JointEntity;
import org.villageplanner.domain.MonteCarloSettings;
import org.villageplanner.domain.PlannerException;
import org.villageplanner.domain.InvestmentProject;
import org.villageplanner.domain.InvestmentMode;
import org.villageplanner.domain.Saving;
import org.villageplanner.domain.Scenario;
import org.villageplanner.domain.ShareRule;
import org.villageplanner.service.ScenarioDocument;

/**
 * Maps a parsed scenario JSON tree (CLI.md "Scenario JSON") to the domain. Omitted numbers take the defaults
 * of MODEL.md §8, which are the domain records' {@code DEFAULTS}. Every rejected value is reported with the file
 * and its JSON path. Stateless.
 */
final class ScenarioJsonReader {
    static final String FORMAT = "village-cluster-scenario/1";

    private ScenarioJsonReader() {
    }

    static ScenarioDocument read(String file, JsonNode root) {
        JsonObjectReader doc = JsonObjectReader.open(file, "", root,
                "format", "name", "notes", "assumptions", "clusters", "villages");
        String format = doc.requiredText("format");
        if (!FORMAT.equals(format)) {
            throw new PlannerException("importer.json.format", doc.where("format"), format, FORMAT);
        }
        String name = doc.requiredText("name");
        if (name.isBlank()) {
            throw new PlannerException("importer.json.blank", doc.where("name"));
        }
        String notes = doc.text("notes", "");
        Assumptions assumptions = assumptions(doc.object("assumptions", "years", "baselineGrowth",
                "discountRate", "totalIncomeTarget", "operatingIncomeTarget", "strongThreshold", "weakThreshold",
                "landYuanPerMu", "monteCarlo"));
        List<Cluster> clusters = new ArrayList<>();
        for (JsonObjectReader c : doc.objects("clusters", "id", "name", "type", "leader", "members", "entity",
                "agreement", "contributions", "projects", "savings", "locked", "bridges")) {
            clusters.add(cluster(c));
        }
        Scenario scenario = doc.build(() -> new Scenario(name, notes, assumptions, clusters));
        return new ScenarioDocument(scenario, VillageJson.readAll(doc));
    }

    private static Assumptions assumptions(JsonObjectReader a) {
        if (a == null) {
            return Assumptions.DEFAULTS;
        }
        Assumptions d = Assumptions.DEFAULTS;
        int years = (int) a.integer("years", d.years(), 1, Assumptions.MAX_YEARS);
        double growth = a.rate("baselineGrowth", d.baselineGrowth());
        double discount = a.rate("discountRate", d.discountRate());
        double totalTarget = a.nonNegative("totalIncomeTarget", d.totalIncomeTarget());
        double operatingTarget = a.nonNegative("operatingIncomeTarget", d.operatingIncomeTarget());
        double strong = a.nonNegative("strongThreshold", d.strongThreshold());
        double weak = a.nonNegative("weakThreshold", d.weakThreshold());
        double land = a.nonNegative("landYuanPerMu", d.landYuanPerMu());
        MonteCarloSettings mc = monteCarlo(a.object("monteCarlo", "runs", "seed", "correlation"));
        return a.build(() -> new Assumptions(years, growth, discount, totalTarget, operatingTarget, strong, weak,
                land, mc));
    }

    private static MonteCarloSettings monteCarlo(JsonObjectReader m) {
        if (m == null) {
            return MonteCarloSettings.DEFAULTS;
        }
        MonteCarloSettings d = MonteCarloSettings.DEFAULTS;
        int runs = (int) m.integer("runs", d.runs(), 0, Integer.MAX_VALUE);
        long seed = m.integer("seed", d.seed(), Long.MIN_VALUE, Long.MAX_VALUE);
        double correlation = m.fraction("correlation", d.correlation());
        return m.build(() -> new MonteCarloSettings(runs, seed, correlation));
    }

    private static Cluster cluster(JsonObjectReader c) {
        String id = c.requiredText("id");
        if (id.isBlank()) {
            throw new PlannerException("importer.json.blank", c.where("id"));
        }
        String name = c.text("name", id);
        ClusterType type = Enums.parse(ClusterType.class, c.requiredText("type"), c.where("type"), "type");
        String leader = c.nullableText("leader");
        if (!c.has("members")) {
            throw new PlannerException("importer.json.missing", c.where("members"));
        }
        List<String> members = c.texts("members");
        JointEntity entity = entity(c.object("entity", "name", "form", "incomeTaxRate"), name);
        Agreement agreement = agreement(c.object("agreement", "rule", "basis", "fixedShares", "guaranteedYield",
                "guarantor", "floor", "reserveRatio", "welfareRatio", "payoutRatio"));
        List<Contribution> contributions = new ArrayList<>();
        for (JsonObjectReader k : c.objects("contributions", "party", "name", "cash", "landMu", "assets",
                "resources")) {
            contributions.add(contribution(k));
        }
        List<InvestmentProject> projects = new ArrayList<>();
        for (JsonObjectReader p : c.objects("projects", "name", "kind", "mode", "capex", "annualRevenue",
                "annualOpex", "rampYears", "growth", "opexGrowth", "lifeYears", "volatility", "annualRent",
                "revenueShareRate", "operatorTurnover", "location")) {
            projects.add(project(p));
        }
        List<Saving> savings = new ArrayList<>();
        for (JsonObjectReader s : c.objects("savings", "village", "annual")) {
            String village = s.requiredText("village");
            double annual = s.requiredNumber("annual");
            savings.add(s.build(() -> new Saving(village, annual)));
        }
        boolean locked = c.bool("locked", false);
        List<String> bridges = c.has("bridges") ? c.texts("bridges") : List.of();
        return c.build(() -> new Cluster(id, name, type, leader, members, entity, agreement, contributions,
                projects, savings, locked, bridges));
    }

    private static JointEntity entity(JsonObjectReader e, String clusterName) {
        if (e == null) {
            return null;
        }
        String name = e.text("name", clusterName);
        EntityForm form = e.has("form")
                ? Enums.parse(EntityForm.class, e.requiredText("form"), e.where("form"), "form")
                : EntityForm.COMPANY;
        double tax = e.fraction("incomeTaxRate", 0);
        return e.build(() -> new JointEntity(name, form, tax));
    }

    private static Agreement agreement(JsonObjectReader a) {
        if (a == null) {
            return Agreement.DEFAULTS;
        }
        Agreement d = Agreement.DEFAULTS;
        ShareRule rule = a.has("rule")
                ? Enums.parse(ShareRule.class, a.requiredText("rule"), a.where("rule"), "rule") : d.rule();
        DistributionBasis basis = a.has("basis")
                ? Enums.parse(DistributionBasis.class, a.requiredText("basis"), a.where("basis"), "basis")
                : d.basis();
        Map<String, Double> fixed = fixedShares(a);
        double guaranteedYield = a.nonNegative("guaranteedYield", d.guaranteedYield());
        String guarantor = a.nullableText("guarantor");
        Double floor = a.nullableNumber("floor");
        if (floor != null && floor < 0) {
            throw new PlannerException("importer.json.negative", a.where("floor"), floor);
        }
        double reserve = a.fraction("reserveRatio", d.reserveRatio());
        double welfare = a.fraction("welfareRatio", d.welfareRatio());
        double payout = a.fraction("payoutRatio", d.payoutRatio());
        return a.build(() -> new Agreement(rule, basis, fixed, guaranteedYield, guarantor, floor, reserve, welfare,
                payout));
    }

    private static Map<String, Double> fixedShares(JsonObjectReader a) {
        Map<String, Double> out = new LinkedHashMap<>();
        JsonNode node = a.get("fixedShares");
        if (node == null || node.isNull()) {
            return out;
        }
        if (!node.isObject()) {
            throw new PlannerException("importer.json.expectedObject", a.where("fixedShares"),
                    JsonObjectReader.describe(node));
        }
        // Keys here are party ids, not format keys, so every key is allowed; each value must be a fraction.
        String[] parties = new String[node.size()];
        Iterator<String> it = node.fieldNames();
        for (int i = 0; it.hasNext(); i++) {
            parties[i] = it.next();
        }
        JsonObjectReader shares = JsonObjectReader.open(a.file(), a.pathOf("fixedShares"), node, parties);
        for (String party : parties) {
            out.put(party, shares.fraction(party, 0));
        }
        return out;
    }

    private static Contribution contribution(JsonObjectReader k) {
        String party = k.requiredText("party");
        String name = k.text("name", "");
        double cash = k.nonNegative("cash", 0);
        double landMu = k.nonNegative("landMu", 0);
        double assets = k.nonNegative("assets", 0);
        double resources = k.nonNegative("resources", 0);
        return k.build(() -> new Contribution(party, name, cash, landMu, assets, resources));
    }

    private static InvestmentProject project(JsonObjectReader p) {
        String name = p.requiredText("name");
        String kind = p.text("kind", "");
        InvestmentMode mode = p.has("mode")
                ? Enums.parse(InvestmentMode.class, p.requiredText("mode"), p.where("mode"), "mode")
                : InvestmentMode.OPERATED;
        double capex = p.nonNegative("capex", 0);
        double revenue = p.nonNegative("annualRevenue", 0);
        double opex = p.nonNegative("annualOpex", 0);
        int ramp = (int) p.integer("rampYears", 0, 0, Assumptions.MAX_YEARS);
        double growth = p.rate("growth", 0);
        double opexGrowth = p.rate("opexGrowth", 0);
        int life = (int) p.integer("lifeYears", InvestmentProject.DEFAULT_LIFE_YEARS, 1, 1000);
        double volatility = p.nonNegative("volatility", 0);
        double rent = p.nonNegative("annualRent", 0);
        double shareRate = p.fraction("revenueShareRate", 0);
        double turnover = p.nonNegative("operatorTurnover", 0);
        GeoPoint location = location(p.object("location", "lon", "lat"));
        return p.build(() -> new InvestmentProject(name, kind, mode, capex, revenue, opex, ramp, growth, opexGrowth, life,
                volatility, rent, shareRate, turnover, location));
    }

    static GeoPoint location(JsonObjectReader l) {
        if (l == null) {
            return null;
        }
        double lon = l.requiredNumber("lon");
        double lat = l.requiredNumber("lat");
        return l.build(() -> new GeoPoint(lon, lat));
    }
}
