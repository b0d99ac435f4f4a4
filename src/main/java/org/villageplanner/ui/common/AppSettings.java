package org.villageplanner.ui.common;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Where the app keeps its own small files: recent files and the autosave recovery copy. The folder is
 * {@code ~/.village-planner} unless the system property {@code planner.settings.dir} names another (tests).
 */
public final class AppSettings {
    private static final int MAX_RECENT = 8;
    private final Path dir;

    public AppSettings(Path dir) {
        this.dir = dir;
    }

    public static AppSettings standard() {
        String custom = System.getProperty("planner.settings.dir");
        return new AppSettings(custom != null ? Path.of(custom)
                : Path.of(System.getProperty("user.home"), ".village-planner"));
    }

    public List<Path> recentFiles() {
        Path f = dir.resolve("recent.txt");
        try {
            return Files.isRegularFile(f) ? Files.readAllLines(f, StandardCharsets.UTF_8).stream()
                    .filter(l -> !l.isBlank()).map(Path::of).toList() : List.of();
        } catch (IOException e) {
            return List.of();
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
        return dir.resolve("recovery.gpkg");
    }

    /** The file the recovery copy belongs to, when one is waiting. */
    public Optional<Path> recoveryOrigin() {
        Path note = dir.resolve("recovery.txt");
        try {
            if (!Files.isRegularFile(recoveryFile()) || !Files.isRegularFile(note)) {
                return Optional.empty();
            }
            String text = Files.readString(note, StandardCharsets.UTF_8).strip();
            return Optional.of(Path.of(text));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    public void noteRecoveryOrigin(Path original) {
        write("recovery.txt", original == null ? "" : original.toAbsolutePath().toString());
    }

    public void clearRecovery() {
        try {
            Files.deleteIfExists(recoveryFile());
            Files.deleteIfExists(dir.resolve("recovery.txt"));
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
        try {
            Files.createDirectories(dir);
            Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            // Settings are a convenience; the plan itself is unaffected.
            System.err.println("Could not write " + dir.resolve(name) + ": " + e.getMessage());
        }
    }
}
