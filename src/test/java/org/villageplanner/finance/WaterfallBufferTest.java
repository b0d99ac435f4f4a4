package org.villageplanner.finance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.villageplanner.finance.Fixtures.*;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.villageplanner.domain.Agreement;
import org.villageplanner.domain.ClusterType;
import org.villageplanner.domain.Contribution;

/**
 * {@link Waterfall#compute} writes into a reused buffer (the engine's per-thread workspace): a full pass overwrites
 * year 0 (zeros, CF_0 = −capex, §5) and every line; a Monte Carlo pass writes only the dividends of years 1..N and
 * leaves the rest alone, with dividends equal bit for bit.
 */
class WaterfallBufferTest {
    private static final int YEARS = 3;

    private static Model.ClusterModel model() {
        var scenario = scenario(years(YEARS), cluster("c", ClusterType.COMPLEMENTARY, Agreement.DEFAULTS, 0.25,
                List.of("a"), List.of(Contribution.cash("a", 1)),
                List.of(operated("厂房", 1_000, 600, 100, 0, 0, 0, 20, 0)), List.of()));
        return new Model(scenario, List.of(village("a", 2e6, 1e6))).clusters[0];
    }

    private static double[] ones() {
        double[] mult = new double[64];
        Arrays.fill(mult, 1.0);
        return mult;
    }

    @Test
    void aFullPassOverwritesYearZeroOfADirtyBuffer() {
        int w = YEARS + 1;
        double[] out = new double[Waterfall.FIELDS * w];
        Arrays.fill(out, Double.NaN);
        Waterfall.compute(model(), YEARS, ones(), out);
        for (int f = 0; f < Waterfall.FIELDS; f++) {
            assertEquals(f == Waterfall.CASH_FLOW ? -1_000 : 0, out[f * w], "field " + f + " year 0");
            for (int t = 1; t < w; t++) {
                assertTrue(Double.isFinite(out[f * w + t]), "field " + f + " year " + t);
            }
        }
        assertEquals(600, out[Waterfall.REVENUE * w + 1], 1e-9);
    }

    @Test
    void aMonteCarloPassWritesOnlyTheDividendsOfYearsOneToN() {
        int w = YEARS + 1;
        double[] full = new double[Waterfall.FIELDS * w];
        Waterfall.compute(model(), YEARS, ones(), full, true);
        double[] out = new double[Waterfall.FIELDS * w];
        Arrays.fill(out, Double.NaN);
        Waterfall.compute(model(), YEARS, ones(), out, false);
        for (int f = 0; f < Waterfall.FIELDS; f++) {
            for (int t = 0; t < w; t++) {
                if (f == Waterfall.DIVIDENDS && t > 0) {
                    assertEquals(full[f * w + t], out[f * w + t], 0.0, "dividends year " + t);
                    assertTrue(out[f * w + t] > 0, "dividends year " + t);
                } else {
                    assertTrue(Double.isNaN(out[f * w + t]), "field " + f + " year " + t + " left alone");
                }
            }
        }
    }
}
