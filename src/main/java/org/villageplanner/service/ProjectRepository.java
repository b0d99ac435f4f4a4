package org.villageplanner.service;

import java.nio.file.Path;
import org.villageplanner.domain.PlannerProject;

/**
 * Port: reads and writes the project file (a GeoPackage). Implemented in {@code store}.
 *
 * <p>{@link #write} replaces the whole content in one transaction: a failure leaves the previous file as it
 * was. Both throw {@link org.villageplanner.domain.PlannerException} with the file named on bad input.
 */
public interface ProjectRepository {
    PlannerProject read(Path file);

    void write(PlannerProject project, Path file);
}
