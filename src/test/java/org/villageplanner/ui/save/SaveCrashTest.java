package org.villageplanner.ui.save;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.villageplanner.Main;

/**
 * Real processes killed with SIGKILL while they autosave and save (8 trials here; {@code planner bench save-crash}
 * runs 50 or more): every file opens with the state before or after the interrupted write, and the next start
 * leaves no temporary recovery files behind.
 */
class SaveCrashTest {
    @TempDir
    Path work;

    @Test
    void killedWritesLeaveFilesWithTheStateBeforeOrAfter() throws Exception {
        List<String> child = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), "-Djava.awt.headless=true", "org.villageplanner.Main", "bench",
                "save-crash-child");
        SaveCrashTrials.Result r = SaveCrashTrials.run(Main.services().projects(), child, work, 8, 14L, System.out);
        assertEquals(List.of(), r.failures());
        assertTrue(r.filesChecked() >= 8, "files checked: " + r.filesChecked());
    }
}
