package org.villageplanner.ui;

import java.nio.file.Path;
import org.villageplanner.service.AppDirs;
import org.villageplanner.service.AppLog;
import org.villageplanner.ui.common.I18n;

/** The facts Help > About adds for a problem report: versions of the app, Java and JavaFX, and the log file. */
final class AboutInfo {
    private AboutInfo() {
    }

    static String text() {
        Path log = AppLog.file() != null ? AppLog.file() : AppDirs.standard().logFile();
        return I18n.t("ui.about.details", version(),
                System.getProperty("java.runtime.version", System.getProperty("java.version", "?"))
                        + " (" + System.getProperty("java.vendor", "?") + ")",
                System.getProperty("javafx.runtime.version", System.getProperty("javafx.version", "?")),
                log.toAbsolutePath());
    }

    /** The version from the jar's manifest; "development" when running from classes. */
    static String version() {
        String v = AboutInfo.class.getPackage().getImplementationVersion();
        return v != null ? v : I18n.t("ui.about.devVersion");
    }
}
