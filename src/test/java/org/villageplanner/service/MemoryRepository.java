package org.villageplanner.service;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.villageplanner.domain.PlannerException;
import org.villageplanner.domain.PlanProject;

/**
 * A project repository in memory, for tests of services before the GeoPackage store is merged. Writing also
 * creates an empty marker file, so that services that check {@code Files.exists} see the project.
 */
public final class MemoryRepository implements ProjectRepository {
    private final Map<Path, PlanProject> files = new HashMap<>();
    private int writes;

    @Override
    public PlanProject read(Path file) {
        PlanProject p = files.get(file.toAbsolutePath().normalize());
        if (p == null) {
            throw new PlannerException("importer.file.notFound", file.toString());
        }
        return p;
    }

    @Override
    public void write(PlanProject project, Path file) {
        files.put(file.toAbsolutePath().normalize(), project);
        writes++;
        try {
            if (!java.nio.file.Files.exists(file)) {
                java.nio.file.Files.createFile(file);
            }
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public int writes() {
        return writes;
    }
}
