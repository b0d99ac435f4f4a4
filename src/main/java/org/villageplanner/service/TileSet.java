package org.villageplanner.service;

/**
 * Port: an open file of raster map tiles (MBTiles, or a GeoPackage tile pyramid) addressed in the XYZ scheme of
 * web maps (Web Mercator, row 0 at the top). Implemented in {@code store}. Close it when done.
 */
public interface TileSet extends AutoCloseable {
    /** {@code mbtiles} or {@code gpkg}. */
    String format();

    /** The GeoPackage tile table, null for MBTiles. */
    String table();

    int minZoom();

    int maxZoom();

    /** The tile set's attribution text, "" when it names none. */
    String attribution();

    /** Number of tiles at {@code zoom} that cover any part of the longitude/latitude box. */
    long tilesIn(int zoom, double minLon, double minLat, double maxLon, double maxLat);

    /** The encoded image (PNG/JPEG) of tile x, y at zoom z, or null when the set has none there. */
    byte[] tile(int z, int x, int y);

    @Override
    void close();
}
