package org.villageplanner.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AppSettingsTest {
    @TempDir
    Path dir;

    @Test
    void recentFilesAreMostRecentFirstWithoutDuplicatesAndAtMostEight() {
        AppSettings s = new AppSettings(dir);
        for (int i = 0; i < 10; i++) {
            s.addRecent(dir.resolve("p" + i + ".gpkg"));
        }
        s.addRecent(dir.resolve("p5.gpkg"));
        assertEquals(8, s.recentFiles().size());
        assertEquals(dir.resolve("p5.gpkg").toAbsolutePath(), s.recentFiles().get(0));
        assertEquals(1, s.recentFiles().stream().filter(p -> p.getFileName().toString().equals("p5.gpkg")).count());
    }

    /**
     * A path this process cannot name (here a NUL character; in the field a Chinese path saved under a UTF-8 locale,
     * read back in an ASCII one) is passed over, never thrown: the app once failed to start on such a recent file.
     */
    @Test
    void aPathThatCannotBeNamedIsPassedOverInsteadOfStoppingTheStart() throws Exception {
        AppSettings s = new AppSettings(dir);
        s.addRecent(dir.resolve("a.gpkg"));
        Files.writeString(dir.resolve("recent.txt"), "\nbad\u0000name.gpkg\n", java.nio.file.StandardOpenOption.APPEND);
        assertEquals(java.util.List.of(dir.resolve("a.gpkg").toAbsolutePath()), s.recentFiles());
        s.addRecent(dir.resolve("b.gpkg"));
        assertEquals(java.util.List.of(dir.resolve("b.gpkg").toAbsolutePath(), dir.resolve("a.gpkg").toAbsolutePath()),
                s.recentFiles());

        Files.writeString(s.recoveryFile(), "x");
        Files.writeString(dir.resolve("recovery.txt"), "bad\u0000origin.gpkg");
        assertTrue(s.recoveryOrigin().isEmpty());
    }

    @Test
    void recoveryIsOfferedOnlyWhenTheCopyAndItsOriginExist() throws Exception {
        AppSettings s = new AppSettings(dir);
        assertTrue(s.recoveryOrigin().isEmpty());
        s.noteRecoveryOrigin(dir.resolve("plan.gpkg"));
        assertTrue(s.recoveryOrigin().isEmpty(), "no copy yet");
        Files.writeString(s.recoveryFile(), "x");
        assertEquals(dir.resolve("plan.gpkg").toAbsolutePath(), s.recoveryOrigin().orElseThrow());
        s.clearRecovery();
        assertTrue(s.recoveryOrigin().isEmpty());
    }

    @Test
    void theChosenLanguageIsRememberedAndAbsentUntilChosen() {
        AppSettings s = new AppSettings(dir);
        assertTrue(s.language().isEmpty(), "first start follows the system locale");
        s.setLanguage(java.util.Locale.SIMPLIFIED_CHINESE);
        assertEquals("zh", new AppSettings(dir).language().orElseThrow().getLanguage());
        s.setLanguage(java.util.Locale.ENGLISH);
        assertEquals("en", new AppSettings(dir).language().orElseThrow().getLanguage());
    }

    @Test
    void theRecoveryCopyLivesInTheDataFolderAndSettingsInTheSettingsFolder() throws Exception {
        Path settings = dir.resolve("config");
        Path data = dir.resolve("data");
        AppSettings s = new AppSettings(settings, data);
        s.addRecent(dir.resolve("plan.gpkg"));
        s.noteRecoveryOrigin(dir.resolve("plan.gpkg"));
        Files.writeString(s.recoveryFile(), "x");
        assertEquals(data.resolve("recovery.gpkg"), s.recoveryFile());
        assertTrue(Files.isRegularFile(settings.resolve("recent.txt")));
        assertTrue(Files.isRegularFile(data.resolve("recovery.txt")));
        assertEquals(dir.resolve("plan.gpkg").toAbsolutePath(), s.recoveryOrigin().orElseThrow());
    }
}
