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

    /**
     * Forces the finished temporary file {@code temp} to disk and moves it over {@code target} atomically (plainly
     * where the file system cannot): the last steps of every save. {@code stageHook} hears "move" before the move.
     */
    static void forceAndMove(Path temp, Path target, java.util.function.Consumer<String> stageHook) throws IOException {
        try (java.nio.channels.FileChannel ch = java.nio.channels.FileChannel.open(temp,
                java.nio.file.StandardOpenOption.WRITE)) {
            ch.force(true);
        }
        stageHook.accept("move");
        try {
            Files.move(temp, target, java.nio.file.StandardCopyOption.ATOMIC_MOVE,
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } catch (java.nio.file.AtomicMoveNotSupportedException e) {
            Files.move(temp, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** A save to {@code target} failed: its temporary file goes, and the error names the file. */
    static org.villageplanner.domain.PlannerException failed(Path temp, Path target, Exception e) {
        try {
            if (temp != null) {
                Files.deleteIfExists(temp);
            }
        } catch (IOException ignored) {
            // Removed by the next save of the file.
        }
        return e instanceof org.villageplanner.domain.PlannerException pe ? pe
                : new org.villageplanner.domain.PlannerException(e, "store.save.failed", target,
                        String.valueOf(e.getMessage()));
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
