package org.villageplanner.finance;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.villageplanner.domain.PlannerException;

class ShareRulesTest {
    private static double[] nums(String s) {
        return java.util.Arrays.stream(s.trim().split("\\s+")).mapToDouble(Double::parseDouble).toArray();
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(textBlock = """
            1 1 1,       3334 3333 3333
            1 2,         3333 6667
            2 1 1 1 1 1, 2857 1429 1429 1429 1428 1428
            0.49 0.51,   4900 5100
            1 0,         10000 0
            """)
    void displayedSharesAddUpToExactlyOneHundredPercent(String fractions, String expected) {
        double[] f = ShareRules.byContribution(nums(fractions));
        long[] bp = ShareRules.displayBasisPoints(f);
        assertArrayEquals(java.util.Arrays.stream(nums(expected)).mapToLong(d -> (long) d).toArray(), bp);
        assertEquals(10_000, java.util.Arrays.stream(bp).sum());
    }

    @Test
    void equalGivesEachMemberVillageOneShareAndOutsidePartiesNothing() {
        assertArrayEquals(new double[] {0.25, 0.25, 0, 0.25, 0.25},
                ShareRules.equal(new boolean[] {true, true, false, true, true}));
    }

    @Test
    void fixedSharesMustAddUpToOne() {
        assertArrayEquals(new double[] {0.4, 0.6, 0}, ShareRules.fixed("c", List.of("a", "b", "x"),
                Map.of("a", 0.4, "b", 0.6)));
        PlannerException e = assertThrows(PlannerException.class,
                () -> ShareRules.fixed("东片", List.of("a", "b"), Map.of("a", 0.4, "b", 0.5)));
        assertEquals("finance.shares.fixedSum", e.key());
    }

    @Test
    void largestRemainderPaysOutExactlyTheTargetWithoutNegativeAmounts() {
        assertArrayEquals(new long[] {4, 3, 3}, Fen.largestRemainder(new double[] {10 / 3.0, 10 / 3.0, 10 / 3.0}, 10));
        assertArrayEquals(new long[] {0, 5}, Fen.largestRemainder(new double[] {0, 5.0000001}, 5));
        assertArrayEquals(new long[] {1, 5}, Fen.largestRemainder(new double[] {0.3, 5.2}, 6));
    }

    @ParameterizedTest(name = "{0} with nothing valued → equal fractions")
    @CsvSource({"BY_CONTRIBUTION", "GUARANTEED_PLUS_FLOATING", "WEAK_VILLAGE_FLOOR", "EQUAL"})
    void rulesThatDivideByTheTotalValueFallBackToEqualFractionsWhenNothingIsValued(
            org.villageplanner.domain.ShareRule rule) {
        boolean[] member = {true, true, true, false};
        double[] f = ShareRules.fractions(rule, "c", List.of("a", "b", "c", "town"), member, new double[4], Map.of());
        assertArrayEquals(new double[] {1.0 / 3, 1.0 / 3, 1.0 / 3, 0}, f, 1e-15);
        assertArrayEquals(new long[] {3334, 3333, 3333, 0}, ShareRules.displayBasisPoints(f));
    }

    @Test
    void aJustAcceptedClusterWithProjectsButNoContributionsIsSimulatedWithEqualShares() {
        var villages = List.of(Fixtures.village("a", 8e5, 3e5), Fixtures.village("b", 8e5, 3e5));
        var cluster = Fixtures.cluster("c", org.villageplanner.domain.ClusterType.COMPLEMENTARY,
                Fixtures.agreement(org.villageplanner.domain.ShareRule.BY_CONTRIBUTION,
                        org.villageplanner.domain.DistributionBasis.PROFIT),
                List.of("a", "b"), List.of(), List.of(Fixtures.profit("p", 100_000.01, 0)));
        SimulationResult r = Simulator.simulate(Fixtures.scenario(Fixtures.years(1), cluster), villages);
        ClusterResult c = r.clusters().get(0);
        assertEquals(5_000_001, c.payout("a").fenByYear()[0]);
        assertEquals(5_000_000, c.payout("b").fenByYear()[0]);
        assertEquals(List.of(5000L, 5000L), c.shares().stream().map(PartyShare::basisPoints).toList());
    }
}
