package org.villageplanner.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import javafx.util.StringConverter;
import org.junit.jupiter.api.Test;

/** The converters every combo box and number cell is given: shown text, typed text, and null. */
class ControlsTest {
    @Test
    void aConverterShowsAndReadsWithItsTwoFunctions() {
        StringConverter<Integer> c = Controls.converter(i -> i == null ? "none" : "#" + i,
                s -> Integer.valueOf(s.substring(1)));
        assertEquals("#7", c.toString(7));
        assertEquals("none", c.toString(null), "null goes to the show function");
        assertEquals(12, c.fromString("#12"));
    }

    @Test
    void aDisplayOnlyConverterShowsNullThroughItsFunctionAndReadsNothing() {
        StringConverter<String> c = Controls.text(s -> s == null ? "(auto)" : s.toUpperCase());
        assertEquals("GBK", c.toString("gbk"));
        assertEquals("(auto)", c.toString(null));
        assertNull(c.fromString("anything"));
    }

    @Test
    void labelsShowNullAsEmptyAndNeverCallTheLabelWithIt() {
        StringConverter<Thread.State> c = Controls.labels(s -> s.name().toLowerCase());
        assertEquals("new", c.toString(Thread.State.NEW));
        assertEquals("", c.toString(null));
        assertNull(c.fromString("new"));
    }
}
