package org.villageplanner.service;

import java.nio.file.Path;

/** Port: opens a tile file. Implemented in {@code store} (both formats are SQLite). */
public interface TileFiles {
    /**
     * @throws org.villageplanner.domain.PlannerException naming the file when it is missing, not SQLite, or holds
     *                                                    no tile pyramid (a plain raster such as a GeoTIFF)
     */
    TileSet open(Path file);
}
