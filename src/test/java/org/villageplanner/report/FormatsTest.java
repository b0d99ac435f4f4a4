package org.villageplanner.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FormatsTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            12345678.9 | 1,234.57
            500000     | 50.00
            0          | 0.00
            -1234567   | -123.46
            """)
    void yuanArePrintedIn10000YuanWithSeparators(double yuan, String expected) {
        assertEquals(expected, Formats.wan(yuan));
    }

    @Test
    void percentagesHaveTwoDecimals() {
        assertEquals("33.34%", Formats.percent(0.3334));
        assertEquals("—", Formats.percentOrNone(null));
    }

    @Test
    void deltasCarryTheirSign() {
        assertEquals("+1.20", Formats.delta(1.2, 2));
        assertEquals("\u22120.05", Formats.delta(-0.05, 2));
        assertEquals("0.00", Formats.delta(-0.0001, 2));
    }

    @ParameterizedTest
    @CsvSource({"3.7, 2", "0.73, 0.5", "14, 10", "1, 1", "5.01, 5"})
    void scaleBarLengthsAreRound(double km, double expected) {
        assertEquals(expected, MapRenderer.niceLength(km), 1e-12);
    }

    @Test
    void projectKindsAreShownInThePlannersWordsUnknownOnesAsWritten() {
        java.util.Locale before = org.villageplanner.domain.Messages.locale();
        try {
            org.villageplanner.domain.Messages.setLocale(org.villageplanner.domain.Messages.CHINESE);
            assertEquals("共富工坊", ClusterSectionWriter.kindLabel("WORKSHOP", org.villageplanner.domain.Language.CHINESE));
            assertEquals("SEAWEED", ClusterSectionWriter.kindLabel("SEAWEED", org.villageplanner.domain.Language.CHINESE));
        } finally {
            org.villageplanner.domain.Messages.setLocale(before);
        }
    }
}
