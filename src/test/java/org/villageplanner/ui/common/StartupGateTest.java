package org.villageplanner.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class StartupGateTest {
    @AfterEach
    void reopen() {
        StartupGate.open();
    }

    @Test
    void openGateRunsWorkAtOnce() {
        List<String> done = new ArrayList<>();
        StartupGate.whenOpen(() -> done.add("now"));
        assertEquals(List.of("now"), done);
    }

    @Test
    void closedGateHoldsWorkUntilOpenedThenRunsItInOrderOnce() {
        List<String> done = new ArrayList<>();
        StartupGate.close();
        StartupGate.whenOpen(() -> done.add("simulate"));
        StartupGate.whenOpen(() -> done.add("second"));
        assertEquals(List.of(), done);
        StartupGate.open();
        assertEquals(List.of("simulate", "second"), done);
        StartupGate.open();
        assertEquals(List.of("simulate", "second"), done);
        assertTrue(StartupGate.isOpen());
    }
}
