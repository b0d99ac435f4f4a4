package org.villageplanner.service;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.UUID;

/**
 * How our writers put a finished file in place: they write a temporary file beside the target, then move it over
 * the target in one step, so that a failure or a crash never leaves a half-written file where the planner looks.
 */
public final class AtomicFiles {
    private AtomicFiles() {
    }

    /**
     * A new, empty hidden file beside {@code target} (in its folder, so that the final move is a rename), named after
     * it with a random part and {@code suffix}. Not {@code Files.createTempFile}: its owner-only permissions would
     * carry over to the target after the move; a plain new file gets the folder's default permissions.
     */
    public static Path createBeside(Path target, String suffix) throws IOException {
        return Files.createFile(target.resolveSibling("." + target.getFileName() + "." + UUID.randomUUID() + suffix));
    }

    /**
     * Moves {@code temp} over {@code target} (replacing it): atomically where the file system can, else as a plain
     * replacing move.
     */
    public static void replace(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /**
     * Deletes a temporary file if it is still there; null and failures are ignored (a stray temporary file is
     * harmless, and the outcome of the write itself is what the planner must see).
     */
    public static void deleteQuietly(Path temp) {
        if (temp == null) {
            return;
        }
        try {
            Files.deleteIfExists(temp);
        } catch (IOException e) {
            // left behind: harmless, as said above
        }
    }
}
