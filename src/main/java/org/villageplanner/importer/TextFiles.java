package org.villageplanner.importer;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.villageplanner.domain.PlannerException;
import org.villageplanner.service.AtomicFiles;

/** File access shared by the readers and writers, with messages that name the file. */
final class TextFiles {
    private TextFiles() {
    }

    static byte[] readAll(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new PlannerException(e, "importer.file.notFound", file.toString());
        } catch (AccessDeniedException e) {
            throw new PlannerException(e, "importer.file.denied", file.toString());
        } catch (IOException e) {
            throw new PlannerException(e, "importer.file.unreadable", file.toString(), String.valueOf(e.getMessage()));
        }
    }

    /**
     * Writes through a temporary file in the same directory and renames it over {@code file}, so that a failure
     * never leaves a half-written file behind.
     */
    static void writeAtomically(Path file, byte[] content) {
        Path target = file.toAbsolutePath();
        Path dir = target.getParent();
        Path tmp = null;
        try {
            Files.createDirectories(dir);
            tmp = AtomicFiles.createBeside(target, ".tmp");
            Files.write(tmp, content);
            AtomicFiles.replace(tmp, target);
        } catch (IOException e) {
            throw new PlannerException(e, "importer.file.unwritable", file.toString(), String.valueOf(e.getMessage()));
        } finally {
            AtomicFiles.deleteQuietly(tmp);
        }
    }
}
