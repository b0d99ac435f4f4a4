package org.villageplanner.store;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The temporary files a save writes beside the project ({@code .NAME-123.saving}) before moving them over it. A
 * process killed mid-save leaves one behind; the next save, holding the project's lock (so no other save can be
 * writing one), removes them, so they never pile up.
 */
final class TempFiles {
    static final String SUFFIX = ".saving";

    private TempFiles() {
    }

    static String prefix(Path target) {
        return "." + target.getFileName() + "-";
    }

    /** Deletes leftover temporary files of {@code target}; call only while holding its lock. */
    static int removeLeftovers(Path target) {
        Path dir = target.getParent();
        int removed = 0;
        if (dir == null || !Files.isDirectory(dir)) {
            return 0;
        }
        String prefix = prefix(target);
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, p -> {
            String n = p.getFileName().toString();
            return n.startsWith(prefix) && (n.endsWith(SUFFIX) || n.endsWith(SUFFIX + "-journal"));
        })) {
            for (Path p : files) {
                if (Files.deleteIfExists(p)) {
                    removed++;
                }
            }
        } catch (IOException e) {
            // A leftover that cannot be removed now is tried again at the next save.
        }
        return removed;
    }
}
