package org.villageplanner.ui.common;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.villageplanner.service.AppDirs;

/**
 * Where the app keeps its own small files: recent files, the chosen UI language and the autosave recovery copy.
 * The folders follow the platform ({@link AppDirs}: settings in %APPDATA%, ~/Library/Application Support or
 * $XDG_CONFIG_HOME, recovery copies in the data folder); {@code planner.settings.dir} puts everything in one folder
 * (tests). A {@code ~/.village-planner} folder left by earlier versions stays in use while no new folder exists.
 */
public final class AppSettings {
    private static final int MAX_RECENT = 8;
    private static final String LANGUAGE = "language.txt";
    private final Path dir;
    private final Path dataDir;

    public AppSettings(Path dir) {
        this(dir, dir);
    }

    /** @param dataDir where the recovery copy and its note go */
    public AppSettings(Path dir, Path dataDir) {
        this.dir = dir;
        this.dataDir = dataDir;
    }

    public static AppSettings standard() {
        AppDirs dirs = AppDirs.standard();
        Path legacy = Path.of(System.getProperty("user.home"), ".village-planner");
        if (System.getProperty("planner.settings.dir") == null && Files.isDirectory(legacy)
                && !Files.isDirectory(dirs.settings())) {
            return new AppSettings(legacy);
        }
        return new AppSettings(dirs.settings(), dirs.data());
    }

    /** The UI language the planner chose in the app, if any (else the app follows the system's locale). */
    public Optional<Locale> language() {
        Path f = dir.resolve(LANGUAGE);
        try {
            return Files.isRegularFile(f) ? Optional.of(Locale.forLanguageTag(Files.readString(f,
                    StandardCharsets.UTF_8).strip())).filter(l -> !l.getLanguage().isEmpty()) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    public void setLanguage(Locale locale) {
        write(LANGUAGE, locale.toLanguageTag());
    }

    public List<Path> recentFiles() {
        Path f = dir.resolve("recent.txt");
        try {
            return Files.isRegularFile(f) ? Files.readAllLines(f, StandardCharsets.UTF_8).stream()
                    .filter(l -> !l.isBlank()).flatMap(l -> pathOf(l).stream()).toList() : List.of();
        } catch (IOException e) {
            return List.of();
        }
    }

    /**
     * The path a settings file names, if this process can name it: a Chinese path saved under a UTF-8 locale cannot
     * be encoded when the app runs in an ASCII locale, and a settings file must never stop the app from starting.
     */
    private static Optional<Path> pathOf(String text) {
        try {
            return Optional.of(Path.of(text));
        } catch (java.nio.file.InvalidPathException e) {
            return Optional.empty();
        }
    }

    /** Puts {@code file} at the top of the recent list (at most eight entries). */
    public void addRecent(Path file) {
        List<Path> list = new ArrayList<>(recentFiles());
        Path abs = file.toAbsolutePath().normalize();
        list.remove(abs);
        list.add(0, abs);
        write("recent.txt", String.join("\n", list.stream().limit(MAX_RECENT).map(Path::toString).toList()));
    }

    /** The autosave copy of unsaved edits. */
    public Path recoveryFile() {
        try {
            Files.createDirectories(dataDir);
        } catch (IOException e) {
            // The autosave then fails with the file's name in its message.
        }
        return dataDir.resolve("recovery.gpkg");
    }

    /** The file the recovery copy belongs to, when one is waiting. */
    public Optional<Path> recoveryOrigin() {
        Path note = dataDir.resolve("recovery.txt");
        try {
            if (!Files.isRegularFile(recoveryFile()) || !Files.isRegularFile(note)) {
                return Optional.empty();
            }
            String text = Files.readString(note, StandardCharsets.UTF_8).strip();
            return pathOf(text);
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    public void noteRecoveryOrigin(Path original) {
        write(dataDir, "recovery.txt", original == null ? "" : original.toAbsolutePath().toString());
    }

    public void clearRecovery() {
        try {
            Files.deleteIfExists(recoveryFile());
            Files.deleteIfExists(dataDir.resolve("recovery.txt"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The main window's last bounds (x, y, width, height), when saved. */
    public Optional<double[]> windowBounds() {
        Path f = dir.resolve("window.txt");
        try {
            if (!Files.isRegularFile(f)) {
                return Optional.empty();
            }
            String[] parts = Files.readString(f, StandardCharsets.UTF_8).strip().split("\\s+");
            if (parts.length != 4) {
                return Optional.empty();
            }
            double[] b = new double[4];
            for (int i = 0; i < 4; i++) {
                b[i] = Double.parseDouble(parts[i]);
            }
            return Optional.of(b);
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    public void saveWindowBounds(double x, double y, double width, double height) {
        write("window.txt", x + " " + y + " " + width + " " + height);
    }

    private void write(String name, String text) {
        write(dir, name, text);
    }

    private static void write(Path dir, String name, String text) {
        try {
            Files.createDirectories(dir);
            Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            // Settings are a convenience; the plan itself is unaffected.
            System.err.println("Could not write " + dir.resolve(name) + ": " + e.getMessage());
        }
    }
}
