package org.villageplanner.service;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * How our writers put a finished file in place: they write a temporary file beside the target, then move it over
 * the target in one step, so that a failure or a crash never leaves a half-written file where the planner looks.
 */
public final class AtomicFiles {
    private AtomicFiles() {
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
