package org.villageplanner.service;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where the app keeps its own files, by each platform's convention:
 * <ul>
 * <li>Windows: settings and recovery copies in {@code %APPDATA%\VillagePlanner}, logs in
 * {@code %LOCALAPPDATA%\VillagePlanner\logs};</li>
 * <li>macOS: {@code ~/Library/Application Support/VillagePlanner}, logs in {@code ~/Library/Logs/VillagePlanner};</li>
 * <li>Linux and other Unix: settings in {@code $XDG_CONFIG_HOME/village-planner} (~/.config), recovery copies in
 * {@code $XDG_DATA_HOME/village-planner} (~/.local/share), logs in {@code $XDG_STATE_HOME/village-planner/logs}
 * (~/.local/state).</li>
 * </ul>
 * The system property {@code planner.settings.dir} puts all three in one folder (tests, portable use).
 *
 * @param settings settings and recent files
 * @param data     recovery copies of unsaved work
 * @param logs     log files
 */
public record AppDirs(Path settings, Path data, Path logs) {
    static final String WINDOWS_NAME = "VillagePlanner";
    static final String UNIX_NAME = "village-planner";

    /** For the running app. */
    public static AppDirs standard() {
        String custom = System.getProperty("planner.settings.dir");
        if (custom != null) {
            Path dir = Path.of(custom);
            return new AppDirs(dir, dir, dir.resolve("logs"));
        }
        return forPlatform(System.getProperty("os.name", ""), System.getenv(), Path.of(System.getProperty("user.home")));
    }

    /** The folders for {@code osName} with environment {@code env} and home folder {@code home}. */
    public static AppDirs forPlatform(String osName, Map<String, String> env, Path home) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            Path roaming = dir(env, "APPDATA", home.resolve("AppData").resolve("Roaming")).resolve(WINDOWS_NAME);
            Path local = dir(env, "LOCALAPPDATA", home.resolve("AppData").resolve("Local")).resolve(WINDOWS_NAME);
            return new AppDirs(roaming, roaming, local.resolve("logs"));
        }
        if (os.startsWith("mac")) {
            Path support = home.resolve("Library").resolve("Application Support").resolve(WINDOWS_NAME);
            return new AppDirs(support, support, home.resolve("Library").resolve("Logs").resolve(WINDOWS_NAME));
        }
        Path config = dir(env, "XDG_CONFIG_HOME", home.resolve(".config")).resolve(UNIX_NAME);
        Path data = dir(env, "XDG_DATA_HOME", home.resolve(".local").resolve("share")).resolve(UNIX_NAME);
        Path state = dir(env, "XDG_STATE_HOME", home.resolve(".local").resolve("state")).resolve(UNIX_NAME);
        return new AppDirs(config, data, state.resolve("logs"));
    }

    /** The log file being written (see AppLog); older ones are planner-1.log and planner-2.log. */
    public Path logFile() {
        return logs.resolve("planner-0.log");
    }

    /** An environment folder when it is set to an absolute path (XDG says relative ones are ignored), else the default. */
    private static Path dir(Map<String, String> env, String name, Path fallback) {
        String value = env.get(name);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        Path p = Path.of(value);
        return p.isAbsolute() ? p : fallback;
    }
}
