package org.villageplanner.finance;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;

/**
 * The edges of {@link ShareRules}: shares shown in hundredths of a percent, normalised, adding up to 100.00 %; nothing
 * contributed gives all-zero contribution fractions (the EQUAL fallback is {@link ShareRules#fractions}' job).
 */
class ShareRulesEdgeTest {
    @Test
    void fractionsThatDoNotAddUpToOneAreShownAsShares() {
        // 0.1 and 0.3 of a total of 0.4: a quarter and three quarters.
        assertArrayEquals(new long[] {2_500, 7_500}, ShareRules.displayBasisPoints(new double[] {0.1, 0.3}));
    }

    @Test
    void byContributionWithNothingContributedIsAllZero() {
        assertArrayEquals(new double[] {0, 0}, ShareRules.byContribution(new double[] {0, 0}));
    }

    @Test
    void nothingToShareShowsZeroEverywhere() {
        assertArrayEquals(new long[] {0, 0, 0}, ShareRules.displayBasisPoints(new double[] {0, 0, 0}));
    }
}
