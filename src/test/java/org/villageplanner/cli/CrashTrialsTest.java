package org.villageplanner.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.villageplanner.Main;
import org.villageplanner.service.CrashTrials;

/**
 * Kill -9 during writes (issue 14, item 9): real {@code planner scenario import} processes on a generated
 * 3,000-village project are killed at random moments; each time the file opens with exactly the state before or
 * after, and killed saves leave no temporary files behind once the next save has run. The unit suite runs a few
 * trials; {@code planner bench crash --trials 50} runs the rest (docs/RELIABILITY.md has the figures).
 */
class CrashTrialsTest {
    @Test
    void aKilledWriteLeavesTheStateBeforeOrAfter(@TempDir Path dir) {
        int trials = 6;
        CrashTrials.Summary s = new CrashTrials(Main.services(),
                PlannerProcess.command("org.villageplanner.Main")).run(dir, 3000, trials, 14);
        System.out.printf("crash trials: %d before, %d after, temp files max %d, at end %d (reference run %d ms)%n",
                s.before(), s.after(), s.maxTempFiles(), s.tempFilesAtEnd(), s.uninterruptedMillis());
        assertEquals(java.util.List.of(), s.failures());
        assertEquals(trials, s.before() + s.after(), s.toString());
        assertTrue(s.maxTempFiles() <= 1, "temporary files piled up: " + s);
        assertEquals(0, s.tempFilesAtEnd(), "the next save removes what a killed save left");
    }
}
