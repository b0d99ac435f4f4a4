package org.villageplanner.service;

import java.nio.file.Path;
import java.util.Objects;
import org.villageplanner.domain.PlannerProject;

/** Opening and saving project files. */
public final class ProjectService {
    private final ProjectRepository repository;

    public ProjectService(ProjectRepository repository) {
        this.repository = Objects.requireNonNull(repository);
    }

    public PlannerProject open(Path file) {
        return repository.read(file);
    }

    /** Saves in one transaction; on failure the file on disk is as it was before. */
    public void save(PlannerProject project, Path file) {
        repository.write(project, file);
    }
}
