package org.villageplanner.finance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CashFlowsTest {
    private static double[] flows(String s) {
        return Arrays.stream(s.trim().split("\\s+")).mapToDouble(Double::parseDouble).toArray();
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(textBlock = """
            -100 110,             0.10
            -100 0 121,           0.10
            -1000 500 500 500,    0.2337519285
            0 -100 0 121,         0.10
            -100 50,              -0.5
            100 -110,             0.10
            """)
    void irrIsTheRateWhereNpvIsZero(String cf, double expected) {
        CashFlows.Irr irr = CashFlows.irr(flows(cf));
        assertEquals(expected, irr.rate(), 1e-9);
        assertEquals(0, CashFlows.npv(flows(cf), irr.rate()), 1e-6);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(textBlock = """
            -100 230 -132, SEVERAL_SIGN_CHANGES
            100 50,        NO_SIGN_CHANGE
            0 0 0,         NO_SIGN_CHANGE
            -5 -5,         NO_SIGN_CHANGE
            """)
    void irrIsNullWithAReasonUnlessFlowsChangeSignExactlyOnce(String cf, CashFlows.IrrNote note) {
        CashFlows.Irr irr = CashFlows.irr(flows(cf));
        assertNull(irr.rate());
        assertEquals(note, irr.note());
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(textBlock = """
            -100 40 40 40, 3
            -100 40 60,    2
            0 10,          0
            -100 10,       -1
            """)
    void paybackIsTheFirstYearTheCumulativeFlowIsNotNegative(String cf, int year) {
        Integer p = CashFlows.paybackYear(flows(cf));
        assertEquals(year < 0 ? null : year, p);
    }
}
