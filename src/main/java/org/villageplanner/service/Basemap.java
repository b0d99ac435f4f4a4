package org.villageplanner.service;

import org.villageplanner.domain.Units;

/**
 * The offline basemap of a project: a reference to a tile file, kept with the project file.
 *
 * @param file        the tile file as stored: relative to the project's folder when it lies under it, else absolute
 * @param format      {@code mbtiles} or {@code gpkg}
 * @param table       the GeoPackage tile table, null for MBTiles
 * @param gcj02       tiles were made from GCJ-02 ("Mars") coordinates and are shifted back when drawn
 * @param opacity     0–1
 * @param attribution the tile set's attribution, printed wherever the map appears
 * @param minZoom     lowest zoom with tiles
 * @param maxZoom     highest zoom with tiles
 */
public record Basemap(String file, String format, String table, boolean gcj02, @Units.Fraction double opacity, String attribution,
                      int minZoom, int maxZoom) {
}
