package org.villageplanner.finance;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.villageplanner.finance.Fixtures.agreement;
import static org.villageplanner.finance.Fixtures.cluster;
import static org.villageplanner.finance.Fixtures.fixed;
import static org.villageplanner.finance.Fixtures.operated;
import static org.villageplanner.finance.Fixtures.profit;
import static org.villageplanner.finance.Fixtures.village;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.villageplanner.domain.Agreement;
import org.villageplanner.domain.Assumptions;
import org.villageplanner.domain.Cluster;
import org.villageplanner.domain.ClusterType;
import org.villageplanner.domain.InvestmentMode;
import org.villageplanner.domain.Contribution;
import org.villageplanner.domain.DistributionBasis;
import org.villageplanner.domain.InvestmentProject;
import org.villageplanner.domain.PlannerException;
import org.villageplanner.domain.Scenario;
import org.villageplanner.domain.ShareRule;
import org.villageplanner.domain.Village;

/**
 * Which clusters each lever acts on, why it is refused elsewhere, its default range, the ranges it takes, and what
 * {@link Lever#apply} changes (and leaves alone), on a small county worked out by hand.
 *
 * <p>The county (default assumptions: weak below 500,000 yuan operating income; targets 1,000,000 total and
 * 500,000 operating): A (300,000 operating, weak), B (800,000), C (900,000), D, E, F, G (all 900,000). Clusters:
 * {@code floor} (WEAK_VILLAGE_FLOOR, A and B, cash from outside party X twice), {@code floorStrong}
 * (WEAK_VILLAGE_FLOOR, C, no weak member), {@code gpf} (GUARANTEED_PLUS_FLOATING, D, capex 12,000,000),
 * {@code eq} (EQUAL, E), {@code fix} (FIXED, F), {@code bare} (BY_CONTRIBUTION, G, no projects, capex none).
 */
class LeverWorkedTest {
    private static final double OP = 900_000;
    private static final List<Village> VILLAGES = List.of(village("A", 1_000_000, 300_000),
            village("B", 1_000_000, 800_000), village("C", 1_000_000, OP), village("D", 1_000_000, OP),
            village("E", 1_000_000, OP), village("F", 1_000_000, OP), village("G", 1_000_000, OP));

    private static final Contribution X_FIRST = new Contribution("X", "甲公司", 50_000, 3, 0, 0);
    private static final Contribution X_SECOND = new Contribution("X", "甲公司二", 70_000, 0, 0, 0);
    /** Operated, with a stray rent and turnover (ignored for an operated project) that the factor must not touch. */
    private static final InvestmentProject SHOP = new InvestmentProject("shop", "", InvestmentMode.OPERATED,
            2_000_000, 400_000, 100_000, 0, 0, 0, 20, 0.1, 7_000, 0, 9_000, null);
    /** Leased, with a stray revenue (ignored for a leased project) that the factor must not touch. */
    private static final InvestmentProject HALL = new InvestmentProject("hall", "", InvestmentMode.LEASED,
            1_000_000, 5_000, 0, 0, 0, 0, 20, 0.1, 60_000, 0.05, 800_000, null);
    private static final InvestmentProject OTHER = operated("other", 0, 300_000, 50_000, 0, 0, 0, 20, 0.1);

    private static Scenario county() {
        return county(Assumptions.DEFAULTS);
    }

    private static Scenario county(Assumptions a) {
        Agreement gpf = new Agreement(ShareRule.GUARANTEED_PLUS_FLOATING, DistributionBasis.PROFIT, Map.of(), 0.05,
                "D", null, 0, 0, 1);
        return Fixtures.scenario(a,
                cluster("floor", ClusterType.STRONG_HELPS_WEAK, agreement(ShareRule.WEAK_VILLAGE_FLOOR,
                        DistributionBasis.PROFIT), List.of("A", "B"), List.of(Contribution.cash("A", 100_000),
                        X_FIRST, Contribution.cash("B", 200_000), X_SECOND), List.of(SHOP, HALL, OTHER)),
                cluster("floorStrong", ClusterType.COMPLEMENTARY, agreement(ShareRule.WEAK_VILLAGE_FLOOR,
                        DistributionBasis.PROFIT), List.of("C"), List.of(), List.of(profit("c1", 100, 0))),
                cluster("gpf", ClusterType.COMPLEMENTARY, gpf, List.of("D"), List.of(Contribution.cash("D", 1)),
                        List.of(operated("big", 12_000_000, 1_000_000, 0, 0, 0, 0, 30, 0))),
                cluster("eq", ClusterType.COMPLEMENTARY, agreement(ShareRule.EQUAL, DistributionBasis.PROFIT),
                        List.of("E"), List.of(), List.of(operated("huge", 30_000_000, 100, 0, 0, 0, 0, 30, 0))),
                cluster("fix", ClusterType.COMPLEMENTARY, fixed(Map.of("F", 1.0), 1), List.of("F"), List.of(),
                        List.of(profit("f1", 100, 0))),
                cluster("bare", ClusterType.COMPLEMENTARY, Agreement.DEFAULTS, List.of("G"), List.of(), List.of()));
    }

    private static Scenario only(Cluster c) {
        return Fixtures.scenario(Assumptions.DEFAULTS, c);
    }

    private static Cluster in(Scenario s, String id) {
        return s.clusters().stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow();
    }

    private static String nul(String s) {
        return s == null || s.equals("null") ? null : s;
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(textBlock = """
            floor,           FLOOR
            FLOOR,           FLOOR
            guaranteedyield, GUARANTEED_YIELD
            payoutRatio,     PAYOUT_RATIO
            OutsideCash,     OUTSIDE_CASH
            revenueFactor,   REVENUE_FACTOR
            """)
    void cliNamesParseWhateverTheirCase(String name, Lever.Kind kind) {
        assertSame(kind, Lever.Kind.parse(name));
    }

    @Test
    void anUnknownLeverNameIsRefusedNamingIt() {
        PlannerException e = assertThrows(PlannerException.class, () -> Lever.Kind.parse("interest"));
        assertEquals("goalseek.lever.unknown", e.key());
        assertArrayEquals(new Object[] {"interest"}, e.args());
    }

    /** A lever asked for in one cluster where it cannot move the goal is refused with the reason. */
    @ParameterizedTest(name = "{0} in {1} (party {2}, project {3}) → {4}")
    @CsvSource(textBlock = """
            FLOOR,            eq,          null, null, goalseek.floor.rule
            FLOOR,            gpf,         null, null, goalseek.floor.rule
            FLOOR,            floorStrong, null, null, goalseek.floor.noWeak
            GUARANTEED_YIELD, floor,       null, null, goalseek.yield.rule
            PAYOUT_RATIO,     bare,        null, null, goalseek.payout.noProjects
            OUTSIDE_CASH,     floor,       null, null, goalseek.cash.needsClusterParty
            OUTSIDE_CASH,     floor,       '  ', null, goalseek.cash.needsClusterParty
            OUTSIDE_CASH,     gpf,         B,    null, goalseek.cash.village
            OUTSIDE_CASH,     eq,          X,    null, goalseek.cash.rule
            OUTSIDE_CASH,     fix,         X,    null, goalseek.cash.rule
            REVENUE_FACTOR,   floor,       null, null, goalseek.project.needed
            REVENUE_FACTOR,   floor,       null, '',   goalseek.project.needed
            REVENUE_FACTOR,   floor,       null, c1,   goalseek.project.unknown
            OUTSIDE_CASH,     null,        X,    null, goalseek.cash.needsClusterParty
            FLOOR,            nowhere,     null, null, goalseek.cluster.unknown
            """)
    void aLeverThatCannotMoveTheGoalInTheAskedClusterIsRefused(Lever.Kind kind, String cluster, String party,
            String project, String key) {
        PlannerException e = assertThrows(PlannerException.class,
                () -> Lever.of(kind, county(), VILLAGES, nul(cluster), nul(party), nul(project)));
        assertEquals(key, e.key());
    }

    /** Each lever in a cluster where it can act: accepted, on that cluster alone. */
    @ParameterizedTest(name = "{0} in {1}")
    @CsvSource(textBlock = """
            FLOOR,            floor, null, null
            GUARANTEED_YIELD, gpf,   null, null
            PAYOUT_RATIO,     floor, null, null
            OUTSIDE_CASH,     floor, X,    null
            OUTSIDE_CASH,     gpf,   Y,    null
            OUTSIDE_CASH,     bare,  X,    null
            REVENUE_FACTOR,   floor, null, hall
            """)
    void aLeverWhereItCanActIsAcceptedOnThatClusterAlone(Lever.Kind kind, String cluster, String party,
            String project) {
        Lever lever = Lever.of(kind, county(), VILLAGES, cluster, nul(party), nul(project));
        assertSame(kind, lever.kind());
        assertEquals(List.of(cluster), lever.clusters());
    }

    @Test
    void anUnknownClusterIsRefusedListingTheScenariosClusters() {
        PlannerException e = assertThrows(PlannerException.class,
                () -> Lever.of(Lever.Kind.FLOOR, county(), VILLAGES, "nowhere", null, null));
        assertArrayEquals(new Object[] {"test", "nowhere", "floor, floorStrong, gpf, eq, fix, bare"}, e.args());
    }

    @Test
    void theRefusalNamesTheClusterAndTheRule() {
        PlannerException e = assertThrows(PlannerException.class,
                () -> Lever.of(Lever.Kind.GUARANTEED_YIELD, county(), VILLAGES, "eq", null, null));
        assertArrayEquals(new Object[] {"eq", "EQUAL"}, e.args());
        PlannerException cash = assertThrows(PlannerException.class,
                () -> Lever.of(Lever.Kind.OUTSIDE_CASH, county(), VILLAGES, "floor", "A", null));
        assertArrayEquals(new Object[] {"A", "村A"}, cash.args());
    }

    /** Without a cluster: every cluster where the lever can act, in scenario order; the others are skipped. */
    @ParameterizedTest(name = "{0} (project {1}) → {2}")
    @CsvSource(textBlock = """
            FLOOR,            null,  floor
            GUARANTEED_YIELD, null,  gpf
            PAYOUT_RATIO,     null,  floor floorStrong gpf eq fix
            REVENUE_FACTOR,   f1,    fix
            REVENUE_FACTOR,   hall,  floor
            """)
    void withoutAClusterTheLeverActsWhereverItCan(Lever.Kind kind, String project, String ids) {
        assertEquals(List.of(ids.split(" ")), Lever.of(kind, county(), VILLAGES, null, null, nul(project)).clusters());
    }

    @ParameterizedTest(name = "{0} (project {1}) → {2}")
    @CsvSource(textBlock = """
            REVENUE_FACTOR, null, goalseek.lever.nowhere
            REVENUE_FACTOR, nope, goalseek.project.unknown
            """)
    void withoutAClusterALeverThatActsNowhereIsRefused(Lever.Kind kind, String project, String key) {
        PlannerException e = assertThrows(PlannerException.class,
                () -> Lever.of(kind, county(), VILLAGES, null, null, nul(project)));
        assertEquals(key, e.key());
        assertEquals("test", e.args()[e.args().length - 1]);
    }

    /** A scenario of one cluster: its own reason, not "nowhere". Of several refused: "nowhere". */
    @Test
    void theOnlyClusterRefusedGivesItsReasonSeveralRefusedGiveNowhere() {
        Scenario s = county();
        PlannerException own = assertThrows(PlannerException.class,
                () -> Lever.of(Lever.Kind.FLOOR, only(in(s, "eq")), VILLAGES, null, null, null));
        assertEquals("goalseek.floor.rule", own.key());
        Scenario two = Fixtures.scenario(Assumptions.DEFAULTS, in(s, "eq"), in(s, "fix"));
        PlannerException nowhere = assertThrows(PlannerException.class,
                () -> Lever.of(Lever.Kind.FLOOR, two, VILLAGES, null, null, null));
        assertEquals("goalseek.lever.nowhere", nowhere.key());
        assertArrayEquals(new Object[] {"floor", "test"}, nowhere.args());
    }

    /** A village listed twice (first wins) still counts: A stays weak, the floor lever acts. */
    @Test
    void aVillageListedTwiceIsStillFound() {
        List<Village> twice = List.of(VILLAGES.get(0), village("A", 1_000_000, 300_000), VILLAGES.get(1));
        assertEquals(List.of("floor"), Lever.of(Lever.Kind.FLOOR, county(), twice, "floor", null, null).clusters());
    }

    /** A member missing from the village list is not weak: a floor cluster of only such members is refused. */
    @Test
    void aMemberMissingFromTheVillagesIsNotWeak() {
        PlannerException e = assertThrows(PlannerException.class,
                () -> Lever.of(Lever.Kind.FLOOR, county(), VILLAGES.subList(1, 7), "floor", null, null));
        assertEquals("goalseek.floor.noWeak", e.key());
    }

    /** FLOOR: 0..max(operating, total target); OUTSIDE_CASH: 0..max(10M, capex of the lever's clusters only). */
    @ParameterizedTest(name = "{0} in {1} → [0, {3}]")
    @CsvSource(textBlock = """
            FLOOR,            floor, null, 1000000
            GUARANTEED_YIELD, gpf,   null, 0.2
            PAYOUT_RATIO,     floor, null, 1
            OUTSIDE_CASH,     gpf,   X,    12000000
            OUTSIDE_CASH,     floor, X,    10000000
            REVENUE_FACTOR,   floor, null, 3
            """)
    void eachLeverHasItsDefaultRange(Lever.Kind kind, String cluster, String party, double max) {
        String project = kind == Lever.Kind.REVENUE_FACTOR ? "shop" : null;
        assertArrayEquals(new double[] {0, max},
                Lever.of(kind, county(), VILLAGES, cluster, nul(party), project).defaultRange());
    }

    @Test
    void theFloorRangeReachesTheLargerTarget() {
        Assumptions a = new Assumptions(10, 0, 0.06, 400_000, 700_000, 2_000_000, 500_000, 0, null);
        assertArrayEquals(new double[] {0, 700_000},
                Lever.of(Lever.Kind.FLOOR, county(a), VILLAGES, "floor", null, null).defaultRange());
    }

    @ParameterizedTest(name = "{0} [{1}, {2}] accepted: {3}")
    @CsvSource(textBlock = """
            FLOOR,        0,      0,         true
            FLOOR,        0,      5000,      true
            FLOOR,        -1,     5000,      false
            FLOOR,        -0.001, 0,         false
            FLOOR,        NaN,    5000,      false
            FLOOR,        5000,   4999,      false
            FLOOR,        0,      NaN,       false
            FLOOR,        0,      Infinity,  false
            REVENUE_FACTOR, 0,    3.5,       true
            PAYOUT_RATIO, 0.2,    1,         true
            PAYOUT_RATIO, 0,      1.001,     false
            PAYOUT_RATIO, 0.5,    0.5,       true
            """)
    void aRangeIsAcceptedOnlyWithinWhatTheLeverTakes(Lever.Kind kind, double min, double max, boolean accepted) {
        String project = kind == Lever.Kind.REVENUE_FACTOR ? "shop" : null;
        Lever lever = Lever.of(kind, county(), VILLAGES, "floor", null, project);
        if (accepted) {
            assertDoesNotThrow(() -> lever.checkRange(min, max));
        } else {
            PlannerException e = assertThrows(PlannerException.class, () -> lever.checkRange(min, max));
            assertEquals("goalseek.range", e.key());
        }
    }

    @Test
    void aRefusedRangeNamesTheLeverTheRangeAndWhatItTakes() {
        Lever floor = Lever.of(Lever.Kind.FLOOR, county(), VILLAGES, "floor", null, null);
        PlannerException e = assertThrows(PlannerException.class, () -> floor.checkRange(-1, 2.5));
        assertArrayEquals(new Object[] {"floor", "-1.0", "2.5", "0 ≤ min ≤ max"}, e.args());
        Lever payout = Lever.of(Lever.Kind.PAYOUT_RATIO, county(), VILLAGES, "floor", null, null);
        PlannerException p = assertThrows(PlannerException.class, () -> payout.checkRange(0, 2));
        assertArrayEquals(new Object[] {"payoutRatio", "0.0", "2.0", "0 ≤ min ≤ max ≤ 1"}, p.args());
    }

    /** Each agreement lever sets its own figure in its cluster and nothing else; other clusters are untouched. */
    @ParameterizedTest(name = "{0} = 0.125")
    @CsvSource(textBlock = """
            FLOOR,            floor
            GUARANTEED_YIELD, gpf
            PAYOUT_RATIO,     floor
            """)
    void agreementLeversSetTheirFigureOnly(Lever.Kind kind, String cluster) {
        Scenario base = county();
        Scenario moved = Lever.of(kind, base, VILLAGES, cluster, null, null).apply(0.125);
        Agreement before = in(base, cluster).agreement();
        Agreement expected = new Agreement(before.rule(), before.basis(), before.fixedShares(),
                kind == Lever.Kind.GUARANTEED_YIELD ? 0.125 : before.guaranteedYield(), before.guarantor(),
                kind == Lever.Kind.FLOOR ? Double.valueOf(0.125) : before.floor(), before.reserveRatio(),
                before.welfareRatio(), kind == Lever.Kind.PAYOUT_RATIO ? 0.125 : before.payoutRatio());
        assertEquals(expected, in(moved, cluster).agreement());
        assertEquals(in(base, cluster).withAgreement(expected), in(moved, cluster));
        for (Cluster c : base.clusters()) {
            if (!c.id().equals(cluster)) {
                assertEquals(c, in(moved, c.id()), c.id());
            }
        }
        assertEquals(base.assumptions(), moved.assumptions());
    }

    /** Without a cluster the payout lever moves every cluster with projects and leaves bare (none) alone. */
    @Test
    void aLeverOnSeveralClustersMovesOnlyThose() {
        Scenario base = county();
        Scenario moved = Lever.of(Lever.Kind.PAYOUT_RATIO, base, VILLAGES, null, null, null).apply(0.5);
        for (String id : List.of("floor", "floorStrong", "gpf", "eq", "fix")) {
            assertEquals(0.5, in(moved, id).agreement().payoutRatio(), id);
        }
        assertEquals(in(base, "bare"), in(moved, "bare"));
    }

    /** Outside cash replaces the cash of the party's first contribution (land kept); a second one is kept. */
    @Test
    void outsideCashSetsTheFirstContributionOfTheParty() {
        Scenario moved = Lever.of(Lever.Kind.OUTSIDE_CASH, county(), VILLAGES, "floor", "X", null).apply(250_000);
        assertEquals(List.of(Contribution.cash("A", 100_000), new Contribution("X", "甲公司", 250_000, 3, 0, 0),
                Contribution.cash("B", 200_000), X_SECOND), in(moved, "floor").contributions());
    }

    @Test
    void outsideCashOfANewPartyIsAdded() {
        Scenario moved = Lever.of(Lever.Kind.OUTSIDE_CASH, county(), VILLAGES, "gpf", "Y", null).apply(40_000);
        assertEquals(List.of(Contribution.cash("D", 1), Contribution.cash("Y", 40_000)),
                in(moved, "gpf").contributions());
    }

    /** Operated: revenue × 2.5; leased: rent and operator turnover × 2.5, revenue as it was; other projects kept. */
    @Test
    void revenueFactorScalesTheNamedProjectOnly() {
        Scenario base = county();
        List<InvestmentProject> shop = in(Lever.of(Lever.Kind.REVENUE_FACTOR, base, VILLAGES, "floor", null, "shop")
                .apply(2.5), "floor").projects();
        assertEquals(List.of(new InvestmentProject("shop", "", InvestmentMode.OPERATED, 2_000_000, 1_000_000, 100_000,
                0, 0, 0, 20, 0.1, 7_000, 0, 9_000, null), HALL, OTHER), shop);
        List<InvestmentProject> hall = in(Lever.of(Lever.Kind.REVENUE_FACTOR, base, VILLAGES, "floor", null, "hall")
                .apply(2.5), "floor").projects();
        assertEquals(List.of(SHOP, new InvestmentProject("hall", "", InvestmentMode.LEASED, 1_000_000, 5_000, 0, 0, 0,
                0, 20, 0.1, 150_000, 0.05, 2_000_000, null), OTHER), hall);
    }
}
