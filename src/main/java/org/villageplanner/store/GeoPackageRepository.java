package org.villageplanner.store;

import java.nio.file.Path;
import org.villageplanner.domain.PlannerProject;
import org.villageplanner.service.ProjectRepository;

/** The project file as a GeoPackage 1.3 (being written; see issue 3). */
public final class GeoPackageRepository implements ProjectRepository {
    @Override
    public PlannerProject read(Path file) {
        throw new UnsupportedOperationException("GeoPackage reading is not written yet");
    }

    @Override
    public void write(PlannerProject project, Path file) {
        throw new UnsupportedOperationException("GeoPackage writing is not written yet");
    }
}
