package org.villageplanner.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.villageplanner.domain.Agreement;
import org.villageplanner.domain.Assumptions;
import org.villageplanner.domain.Cluster;
import org.villageplanner.domain.ClusterType;
import org.villageplanner.domain.Contribution;
import org.villageplanner.domain.DistributionBasis;
import org.villageplanner.domain.EntityForm;
import org.villageplanner.domain.GeoPoint;
import org.villageplanner.domain.JointEntity;
import org.villageplanner.domain.Messages;
import org.villageplanner.domain.MonteCarloSettings;
import org.villageplanner.domain.PlannerException;
import org.villageplanner.domain.InvestmentProject;
import org.villageplanner.domain.InvestmentMode;
import org.villageplanner.domain.Saving;
import org.villageplanner.domain.Scenario;
import org.villageplanner.domain.ShareRule;
import org.villageplanner.domain.Village;
import org.villageplanner.service.ScenarioDocument;

class ScenarioJsonTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private final ScenarioJson format = new ScenarioJson();

    @BeforeEach
    void english() {
        Messages.setLocale(Messages.ENGLISH);
    }

    static String example() throws IOException {
        return Files.readString(Path.of("src/test/resources/scenario/cli-example.json"), StandardCharsets.UTF_8);
    }

    @Test
    void readsEveryKeyOfTheCliMdExample() throws IOException {
        Scenario s = format.fromString(example(), "plan.json").scenario();
        assertEquals("徐福片区 方案A", s.name());
        assertEquals(new Assumptions(10, 0.03, 0.06, 1_000_000, 500_000, 2_000_000, 500_000, 20_000,
                new MonteCarloSettings(0, 1, 0.0)), s.assumptions());
        Cluster c = s.clusters().get(0);
        assertEquals("xufu", c.id());
        assertEquals("徐福片区", c.name());
        assertEquals(ClusterType.STRONG_HELPS_WEAK, c.type());
        assertEquals("330282123215", c.leader());
        assertEquals(List.of("330282123215", "330282123211", "330282123217"), c.members());
        assertEquals(new JointEntity("徐福片区强村公司", EntityForm.COMPANY, 0.0), c.entity());
        assertEquals(new Agreement(ShareRule.BY_CONTRIBUTION, DistributionBasis.PROFIT,
                Map.of("330282123215", 0.5), 0, null, null, 0.10, 0.05, 1.0), c.agreement());
        assertEquals(List.of(new Contribution("330282123215", "", 3_000_000, 0, 0, 0),
                new Contribution("town", "龙山镇", 1_000_000, 0, 0, 0)), c.contributions());
        assertEquals(new InvestmentProject("康养基地", "TOURISM", InvestmentMode.OPERATED, 8_000_000, 3_000_000, 1_200_000, 2,
                0.05, 0.0, 20, 0.25, 0, 0, 0, null), c.projects().get(0));
        assertEquals(new InvestmentProject("标准厂房", "FACTORY", InvestmentMode.LEASED, 47_000_000, 0, 0, 0, 0.0, 0, 30, 0.05,
                4_000_000, 0, 0, new GeoPoint(121.30, 30.20)), c.projects().get(1));
        assertEquals(List.of(new Saving("330282123211", 80_000)), c.savings());
        assertEquals(false, c.locked());
    }

    @Test
    void omittedValuesTakeTheModelDefaults() {
        String json = """
                {"format": "village-cluster-scenario/1", "name": "A",
                 "clusters": [{"id": "c1", "type": "ENCLAVE", "members": ["a", "b"],
                   "contributions": [{"party": "a"}],
                   "projects": [{"name": "厂房", "mode": "LEASED", "revenueShareRate": 0.03,
                                 "operatorTurnover": 1000000}]}]}
                """;
        Scenario s = format.fromString(json, "min.json").scenario();
        assertEquals(Assumptions.DEFAULTS, s.assumptions());
        Cluster c = s.clusters().get(0);
        assertEquals("c1", c.name());
        assertNull(c.leader());
        assertEquals(Agreement.DEFAULTS, c.agreement());
        assertEquals(JointEntity.named("c1"), c.entity());
        assertEquals(Contribution.cash("a", 0), c.contributions().get(0));
        InvestmentProject p = c.projects().get(0);
        assertEquals(20, p.lifeYears());
        assertEquals(0.03, p.revenueShareRate());
        assertEquals(1_000_000, p.operatorTurnover());
        assertEquals(0, p.annualRent());
        assertEquals(0, p.volatility());
    }

    @Test
    void writingThenReadingGivesAnEqualDocument(@TempDir Path dir) throws IOException {
        Scenario base = format.fromString(example(), "plan.json").scenario();
        Cluster locked = Cluster.of("c2", "第二片区", ClusterType.ENCLAVE, null, List.of("x", "y"))
                .withLocked(true)
                .withAgreement(new Agreement(ShareRule.FIXED, DistributionBasis.CASH, Map.of("x", 0.49, "y", 0.51),
                        0.05, "town", 123_456.78, 0.1, 0.05, 0.7))
                .withProjects(List.of(new InvestmentProject("民宿", "HOMESTAY", InvestmentMode.LEASED, 0, 5, 6, 1, 0.01, 0.02,
                        7, 0.3, 10.5, 0.03, 2_000_000.25, null)));
        Scenario scenario = base.withNotes("第一行\n第二行 \"quoted\"").withCluster(locked)
                .withAssumptions(base.assumptions().withMonteCarlo(new MonteCarloSettings(500, -42, 0.3)));
        Village withPoint = new Village("330282123215", "徐福村", "龙山镇",
                new GeometryFactory().createPoint(new Coordinate(121.3, 30.2)), 2100, 700, 4_500_000.5, 2_500_000, 1e7,
                12.5, 3, Set.of("tea", "scenic"), true);
        Village bare = Village.of("330282123211", "田央村", 900_000, 300_000);
        ScenarioDocument doc = new ScenarioDocument(scenario, List.of(withPoint, bare));
        Path file = dir.resolve("方案.json");
        format.write(doc, file);
        ScenarioDocument back = format.read(file);
        assertEquals(doc.scenario(), back.scenario());
        assertEquals(doc.villages(), back.villages());
        assertEquals(format.toString(doc), format.toString(back));
    }

    @Test
    void villagesAcceptTagListsOrSemicolonText() {
        String json = """
                {"format": "village-cluster-scenario/1", "name": "A", "villages": [
                  {"code": "1", "name": "甲村", "resources": "tea; bayberry;;scenic", "total_income": 1500000},
                  {"code": "2", "name": "乙村", "resources": ["tidal_flat"], "mountain": true, "population": 800}]}
                """;
        List<Village> vs = format.fromString(json, "v.json").villages();
        assertEquals(Set.of("tea", "bayberry", "scenic"), vs.get(0).resources());
        assertEquals(1_500_000, vs.get(0).totalIncome());
        assertEquals(Set.of("tidal_flat"), vs.get(1).resources());
        assertTrue(vs.get(1).mountain());
        assertEquals(800, vs.get(1).population());
    }

    /** Adds an unexpected key to the object at {@code path} of the CLI.md example; the message must name it. */
    @ParameterizedTest
    @CsvSource(textBlock = """
            '',                                  nmae,          plan.json: nmae
            assumptions,                         year,          plan.json: assumptions.year
            assumptions.monteCarlo,              sed,           plan.json: assumptions.monteCarlo.sed
            clusters[0],                         member,        plan.json: clusters[0].member
            clusters[0].entity,                  taxRate,       plan.json: clusters[0].entity.taxRate
            clusters[0].agreement,               reserveRatoi,  plan.json: clusters[0].agreement.reserveRatoi
            clusters[0].contributions[1],        land,          plan.json: clusters[0].contributions[1].land
            clusters[0].projects[1],             rent,          plan.json: clusters[0].projects[1].rent
            clusters[0].projects[1].location,    lng,           plan.json: clusters[0].projects[1].location.lng
            clusters[0].savings[0],              amount,        plan.json: clusters[0].savings[0].amount
            """)
    void unknownKeyIsAnErrorNamingItsPath(String path, String key, String expected) throws IOException {
        JsonNode root = MAPPER.readTree(example());
        ((ObjectNode) at(root, path)).put(key, 1);
        PlannerException e = assertThrows(PlannerException.class,
                () -> format.fromString(root.toString(), "plan.json"));
        assertEquals("importer.json.unknownKey", e.key());
        assertTrue(e.getMessage().startsWith(expected + ": unknown key \"" + key + "\""), e.getMessage());
    }

    /** Replaces a value of the CLI.md example; the message must give the path and the kind of problem. */
    @ParameterizedTest
    @CsvSource(textBlock = """
            assumptions.years,                     '"10"',   importer.json.expectedInteger, plan.json: assumptions.years
            assumptions.years,                     '10.5',   importer.json.expectedInteger, plan.json: assumptions.years
            assumptions.years,                     '0',      importer.json.outOfRange,      plan.json: assumptions.years
            assumptions.baselineGrowth,            '"3%"',   importer.json.expectedNumber,  plan.json: assumptions.baselineGrowth
            assumptions.discountRate,              '-1',     importer.json.rateTooLow,      plan.json: assumptions.discountRate
            assumptions.weakThreshold,             '3000000', importer.json.invalid,        plan.json: assumptions
            assumptions.monteCarlo.runs,           '-5',     importer.json.outOfRange,      plan.json: assumptions.monteCarlo.runs
            assumptions.monteCarlo.correlation,    '1.5',    importer.json.notFraction,     plan.json: assumptions.monteCarlo.correlation
            clusters,                              '{}',     importer.json.expectedArray,   plan.json: clusters
            clusters[0].type,                      '"BIG"',  core.enum.unknown,             plan.json: clusters[0].type
            clusters[0].members,                   '"a,b"',  importer.json.expectedArray,   plan.json: clusters[0].members
            clusters[0].members[0],                '330282', importer.json.expectedText,    plan.json: clusters[0].members[0]
            clusters[0].members[1],                '"330282123215"', importer.json.invalid, plan.json: clusters[0]
            clusters[0].locked,                    '"yes"',  importer.json.expectedBoolean, plan.json: clusters[0].locked
            clusters[0].entity.form,               '"LLC"',  core.enum.unknown,             plan.json: clusters[0].entity.form
            clusters[0].agreement.reserveRatio,    '"0.1"',  importer.json.expectedNumber,  plan.json: clusters[0].agreement.reserveRatio
            clusters[0].agreement.reserveRatio,    '1.2',    importer.json.notFraction,     plan.json: clusters[0].agreement.reserveRatio
            clusters[0].agreement.welfareRatio,    '0.95',   importer.json.invalid,         plan.json: clusters[0].agreement
            clusters[0].agreement.rule,            '"FIXED"', importer.json.invalid,        plan.json: clusters[0].agreement
            clusters[0].agreement.fixedShares,     '[0.5]',  importer.json.expectedObject,  plan.json: clusters[0].agreement.fixedShares
            clusters[0].agreement.floor,           '-1',     importer.json.negative,        plan.json: clusters[0].agreement.floor
            clusters[0].contributions[0].cash,     '-3',     importer.json.negative,        plan.json: clusters[0].contributions[0].cash
            clusters[0].contributions[0].party,    'null',   importer.json.expectedText,    plan.json: clusters[0].contributions[0].party
            clusters[0].projects[0].rampYears,     '1.5',    importer.json.expectedInteger, plan.json: clusters[0].projects[0].rampYears
            clusters[0].projects[0].mode,          '"RENTED"', core.enum.unknown,           plan.json: clusters[0].projects[0].mode
            clusters[0].projects[0].lifeYears,     '0',      importer.json.outOfRange,      plan.json: clusters[0].projects[0].lifeYears
            clusters[0].projects[1].location.lat,  '95',     importer.json.invalid,         plan.json: clusters[0].projects[1].location
            clusters[0].projects[1].location,      '[121.3, 30.2]', importer.json.expectedObject, plan.json: clusters[0].projects[1].location
            clusters[0].savings[0].annual,         'true',   importer.json.expectedNumber,  plan.json: clusters[0].savings[0].annual
            format,                                '"village-cluster-scenario/2"', importer.json.format, plan.json: format
            name,                                  '""',     importer.json.blank,           plan.json: name
            """)
    void badValueIsAnErrorNamingItsPath(String path, String value, String key, String expected) throws IOException {
        JsonNode root = MAPPER.readTree(example());
        set(root, path, MAPPER.readTree(value));
        PlannerException e = assertThrows(PlannerException.class,
                () -> format.fromString(root.toString(), "plan.json"));
        assertEquals(key, e.key(), e.getMessage());
        assertTrue(e.getMessage().startsWith(expected + ": "), e.getMessage());
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            name,                          importer.json.missing, plan.json: name
            format,                        importer.json.missing, plan.json: format
            clusters[0].id,                importer.json.missing, plan.json: clusters[0].id
            clusters[0].members,           importer.json.missing, plan.json: clusters[0].members
            clusters[0].projects[0].name,  importer.json.missing, plan.json: clusters[0].projects[0].name
            clusters[0].savings[0].annual, importer.json.missing, plan.json: clusters[0].savings[0].annual
            """)
    void missingRequiredKeyIsAnErrorNamingItsPath(String path, String key, String expected) throws IOException {
        JsonNode root = MAPPER.readTree(example());
        int dot = path.lastIndexOf('.');
        ((ObjectNode) at(root, dot < 0 ? "" : path.substring(0, dot))).remove(path.substring(dot + 1));
        PlannerException e = assertThrows(PlannerException.class,
                () -> format.fromString(root.toString(), "plan.json"));
        assertEquals(key, e.key());
        assertTrue(e.getMessage().startsWith(expected + ": "), e.getMessage());
    }

    @Test
    void syntaxErrorNamesFileAndLineWithoutAStackTrace() {
        PlannerException e = assertThrows(PlannerException.class,
                () -> format.fromString("{\n  \"format\": \"village-cluster-scenario/1\",\n  \"name\": }", "bad.json"));
        assertEquals("importer.json.syntax", e.key());
        assertTrue(e.getMessage().startsWith("bad.json: not valid JSON at line 3"), e.getMessage());
    }

    @Test
    void duplicateKeyIsASyntaxError() {
        PlannerException e = assertThrows(PlannerException.class, () -> format.fromString(
                "{\"format\": \"village-cluster-scenario/1\", \"name\": \"a\", \"name\": \"b\"}", "dup.json"));
        assertEquals("importer.json.syntax", e.key());
    }

    @Test
    void missingFileIsNamed(@TempDir Path dir) {
        PlannerException e = assertThrows(PlannerException.class, () -> format.read(dir.resolve("nope.json")));
        assertEquals("importer.file.notFound", e.key());
        assertTrue(e.getMessage().contains("nope.json"));
    }

    @Test
    void chineseMessagesNameThePathToo() throws IOException {
        Messages.setLocale(Messages.CHINESE);
        JsonNode root = MAPPER.readTree(example());
        set(root, "clusters[0].agreement.reserveRatio", MAPPER.readTree("\"0.1\""));
        PlannerException e = assertThrows(PlannerException.class,
                () -> format.fromString(root.toString(), "plan.json"));
        assertTrue(e.getMessage().startsWith("plan.json: clusters[0].agreement.reserveRatio：应为数字"),
                e.getMessage());
    }

    private static JsonNode at(JsonNode root, String path) {
        JsonNode n = root;
        if (path.isEmpty()) {
            return n;
        }
        for (String part : path.split("\\.")) {
            int bracket = part.indexOf('[');
            String name = bracket < 0 ? part : part.substring(0, bracket);
            n = n.get(name);
            if (bracket >= 0) {
                n = n.get(Integer.parseInt(part.substring(bracket + 1, part.length() - 1)));
            }
        }
        return n;
    }

    private static void set(JsonNode root, String path, JsonNode value) {
        int dot = path.lastIndexOf('.');
        String parent = dot < 0 ? "" : path.substring(0, dot);
        String last = path.substring(dot + 1);
        int bracket = last.indexOf('[');
        if (bracket >= 0) {
            ArrayNode array = (ArrayNode) at(root, parent.isEmpty() ? last.substring(0, bracket)
                    : parent + "." + last.substring(0, bracket));
            array.set(Integer.parseInt(last.substring(bracket + 1, last.length() - 1)), value);
        } else {
            ((ObjectNode) at(root, parent)).set(last, value);
        }
    }
}
