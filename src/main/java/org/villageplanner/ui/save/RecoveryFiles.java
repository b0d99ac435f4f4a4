package org.villageplanner.ui.save;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Optional;
import java.util.Properties;
import org.villageplanner.domain.PlanProject;
import org.villageplanner.service.ProjectService;
import org.villageplanner.ui.common.AppSettings;

/**
 * The recovery copy of unsaved edits: {@code recovery.gpkg} (a complete project file) and {@code recovery.properties}
 * (which file it belongs to, the project's title, the time of the last edit, how many edits), in the settings folder
 * that {@link AppSettings#recoveryFile()} names. Both are written to a temporary file and moved into place, so a
 * crash at any moment leaves the state before or after a write; the temporary files a crash leaves behind are
 * removed at the next start. No JavaFX here: the crash test drives this class from a plain process.
 */
public final class RecoveryFiles {
    /** What a recovery copy holds: {@code origin} is null for a project that was never saved. */
    public record Info(Path origin, String title, Instant lastEdit, int edits) {
    }

    private final AppSettings settings;
    private final ProjectService projects;

    public RecoveryFiles(AppSettings settings, ProjectService projects) {
        this.settings = settings;
        this.projects = projects;
    }

    public Path projectFile() {
        return settings.recoveryFile();
    }

    private Path infoFile() {
        return dir().resolve("recovery.properties");
    }

    private Path dir() {
        return settings.recoveryFile().toAbsolutePath().getParent();
    }

    /**
     * Writes the description of {@code project}, then the project as the recovery copy (each replaced atomically):
     * whoever sees the copy (it is what {@link #pending} looks for) also finds its description.
     */
    public void write(PlanProject project, Info info) throws IOException {
        Files.createDirectories(dir());
        Properties p = new Properties();
        p.setProperty("origin", info.origin() == null ? "" : info.origin().toAbsolutePath().toString());
        p.setProperty("title", info.title() == null ? "" : info.title());
        p.setProperty("lastEdit", Long.toString(info.lastEdit().toEpochMilli()));
        p.setProperty("edits", Integer.toString(info.edits()));
        Path temp = Files.createTempFile(dir(), ".recovery.properties-", ".saving");
        try {
            try (Writer w = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
                p.store(w, "Village Cluster Planner: unsaved edits");
            }
            try (FileChannel ch = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                ch.force(true);
            }
            try {
                Files.move(temp, infoFile(), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, infoFile(), StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
        projects.saveChanges(project, projectFile());
        // The older note (origin only) is kept in step for versions that read just that.
        settings.noteRecoveryOrigin(info.origin());
    }

    /** The recovery copy waiting from a session that ended without saving, if any. */
    public Optional<Info> pending() {
        if (!Files.isRegularFile(projectFile())) {
            return Optional.empty();
        }
        Properties p = new Properties();
        try {
            if (Files.isRegularFile(infoFile())) {
                try (Reader r = Files.newBufferedReader(infoFile(), StandardCharsets.UTF_8)) {
                    p.load(r);
                }
            }
            String origin = p.getProperty("origin", settings.recoveryOrigin().map(Path::toString).orElse(""));
            Instant last = p.containsKey("lastEdit") ? Instant.ofEpochMilli(Long.parseLong(p.getProperty("lastEdit")))
                    : Files.getLastModifiedTime(projectFile()).toInstant();
            int edits = Integer.parseInt(p.getProperty("edits", "-1"));
            return Optional.of(new Info(origin.isEmpty() ? null : Path.of(origin), p.getProperty("title", ""), last,
                    edits));
        } catch (IOException | RuntimeException e) {
            // A damaged description must not hide the copy itself: offer it with what is known.
            return Optional.of(new Info(null, "", Instant.EPOCH, -1));
        }
    }

    /** Deletes the recovery copy and its description (after a save, or when the user discards it). */
    public void clear() throws IOException {
        // Kept aside, not deleted: the next edit's autosave writes only what changed since (a private file that
        // pending() does not see, removed at the next start).
        projects.retire(projectFile(), spareFile());
        Files.deleteIfExists(infoFile());
        settings.clearRecovery();
    }

    private Path spareFile() {
        return dir().resolve(".recovery-spare.gpkg");
    }

    /** Removes temporary files a crash left half-written in the settings folder; returns how many. */
    public int removeLeftovers() {
        int removed = 0;
        if (!Files.isDirectory(dir())) {
            return 0;
        }
        try {
            Files.deleteIfExists(spareFile());
        } catch (IOException e) {
            System.err.println("Could not tidy " + spareFile() + ": " + e.getMessage());
        }
        try (DirectoryStream<Path> s = Files.newDirectoryStream(dir(), ".recovery.*.saving*")) {
            for (Path p : s) {
                Files.deleteIfExists(p);
                removed++;
            }
        } catch (IOException e) {
            System.err.println("Could not tidy " + dir() + ": " + e.getMessage());
        }
        return removed;
    }
}
