package org.villageplanner.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The probe counts from the first JVM when the desktop start was relaunched (OneShotLauncher). */
class StartupProbeStartTest {
    @Test
    void countsFromTheRelaunchingProcessWhenToldElseFromThisOne() {
        Instant own = StartupProbe.processStart();
        assertTrue(own.isBefore(Instant.now()));
        String before = System.getProperty(StartupProbe.STARTED);
        try {
            System.setProperty(StartupProbe.STARTED, "1765000000123");
            assertEquals(Instant.ofEpochMilli(1765000000123L), StartupProbe.processStart());
            System.setProperty(StartupProbe.STARTED, "not a time");
            assertEquals(own, StartupProbe.processStart());
        } finally {
            if (before == null) {
                System.clearProperty(StartupProbe.STARTED);
            } else {
                System.setProperty(StartupProbe.STARTED, before);
            }
        }
    }
}
