package org.villageplanner.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AppDirsTest {
    private static final Path HOME = Path.of("/home/li");

    @Test
    void windowsUsesRoamingAppDataForSettingsAndLocalAppDataForLogs() {
        AppDirs d = AppDirs.forPlatform("Windows 11", Map.of("APPDATA", "/users/li/AppData/Roaming",
                "LOCALAPPDATA", "/users/li/AppData/Local"), HOME);
        assertEquals(Path.of("/users/li/AppData/Roaming/VillagePlanner"), d.settings());
        assertEquals(d.settings(), d.data());
        assertEquals(Path.of("/users/li/AppData/Local/VillagePlanner/logs/planner-0.log"), d.logFile());
    }

    @Test
    void macUsesApplicationSupportAndLibraryLogs() {
        AppDirs d = AppDirs.forPlatform("Mac OS X", Map.of(), HOME);
        assertEquals(HOME.resolve("Library/Application Support/VillagePlanner"), d.settings());
        assertEquals(HOME.resolve("Library/Logs/VillagePlanner"), d.logs());
    }

    @Test
    void linuxFollowsXdgWithItsDefaultsAndIgnoresRelativeValues() {
        AppDirs defaults = AppDirs.forPlatform("Linux", Map.of(), HOME);
        assertEquals(HOME.resolve(".config/village-planner"), defaults.settings());
        assertEquals(HOME.resolve(".local/share/village-planner"), defaults.data());
        assertEquals(HOME.resolve(".local/state/village-planner/logs"), defaults.logs());
        AppDirs set = AppDirs.forPlatform("Linux", Map.of("XDG_CONFIG_HOME", "/cfg", "XDG_DATA_HOME", "relative",
                "XDG_STATE_HOME", "/state"), HOME);
        assertEquals(Path.of("/cfg/village-planner"), set.settings());
        assertEquals(HOME.resolve(".local/share/village-planner"), set.data(), "XDG ignores relative paths");
        assertEquals(Path.of("/state/village-planner/logs"), set.logs());
    }

    @Test
    void theLogRecordsAnErrorWithItsStackTrace(@TempDir Path dir) throws Exception {
        AppDirs d = new AppDirs(dir, dir, dir.resolve("logs 100%"));
        AppLog.install(d);
        Path file = AppLog.file();
        // install() is once per process: another test may have installed it first.
        assertTrue(file != null && Files.isRegularFile(file), "log file " + file);
        AppLog.error(AppDirsTest.class, "Import failed", new IllegalStateException("row 7: bad code"));
        for (var h : Logger.getLogger("org.villageplanner").getHandlers()) {
            h.flush();
        }
        String text = Files.readString(file);
        assertTrue(text.contains("Import failed"), text);
        assertTrue(text.contains("java.lang.IllegalStateException: row 7: bad code"), text);
        assertTrue(text.contains("at org.villageplanner.service.AppDirsTest.theLogRecordsAnErrorWithItsStackTrace"), text);
    }
}
