package org.villageplanner.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.villageplanner.domain.PlannerException;

/**
 * The one rule for {@code --out FILE} of every command: a folder on the way that does not exist yet is
 * created by the writer (as for {@code --csv DIR}); a path that is an existing folder where a file is wanted is
 * refused with a message naming it, before any work is done.
 */
final class OutputFiles {
    private OutputFiles() {
    }

    /** {@code out}, refused when it is an existing folder. */
    static Path file(Path out) {
        if (Files.isDirectory(out)) {
            throw new PlannerException("cli.output.isFolder", out);
        }
        return out;
    }
}
