package org.villageplanner.ui;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.villageplanner.domain.Messages;

class AboutInfoTest {
    private final java.util.Locale before = Messages.locale();

    @AfterEach
    void restore() {
        Messages.setLocale(before);
        System.clearProperty("planner.settings.dir");
    }

    @Test
    void aboutNamesTheVersionsAndWhereTheLogIs(@TempDir Path dir) {
        Messages.setLocale(Messages.ENGLISH);
        System.setProperty("planner.settings.dir", dir.toString());
        String text = AboutInfo.text();
        assertTrue(text.contains("Java " + System.getProperty("java.runtime.version")), text);
        assertTrue(text.contains("JavaFX "), text);
        Path log = org.villageplanner.service.AppLog.file() != null ? org.villageplanner.service.AppLog.file()
                : dir.resolve("logs").resolve("planner-0.log");
        assertTrue(text.contains(log.toAbsolutePath().toString()), text);
        Messages.setLocale(Messages.CHINESE);
        assertTrue(AboutInfo.text().contains("日志文件"), AboutInfo.text());
    }
}
