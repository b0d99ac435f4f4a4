package org.villageplanner.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;

/**
 * An MBTiles file (MBTiles 1.3): {@code tiles(zoom_level, tile_column, tile_row, tile_data)} in the TMS scheme,
 * whose row 0 is the southernmost, so XYZ row y is stored as {@code 2^z − 1 − y}; {@code metadata(name, value)}
 * gives the attribution; the zoom range is read from the tiles themselves.
 */
final class MbTilesSet extends SqliteTileSet {
    private final String attribution;

    MbTilesSet(Connection c, Path file) throws SQLException {
        this(c, file, metadata(c));
    }

    private MbTilesSet(Connection c, Path file, Map<String, String> meta) throws SQLException {
        super(c, file, "tiles");
        this.attribution = meta.getOrDefault("attribution", "");
    }

    private static Map<String, String> metadata(Connection c) throws SQLException {
        Map<String, String> meta = new HashMap<>();
        if (Sql.tableExists(c, "metadata")) {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT name, value FROM metadata")) {
                while (rs.next()) {
                    meta.put(rs.getString(1), rs.getString(2));
                }
            }
        }
        return meta;
    }

    @Override
    public String format() {
        return "mbtiles";
    }

    @Override
    public String table() {
        return null;
    }

    @Override
    public String attribution() {
        return attribution;
    }

    @Override
    Range storedRange(int zoom, double minLon, double minLat, double maxLon, double maxLat) {
        int y0 = WebTiles.row(maxLat, zoom); // north edge: smallest XYZ row
        int y1 = WebTiles.row(minLat, zoom);
        return new Range(WebTiles.column(minLon, zoom), WebTiles.column(maxLon, zoom),
                storedRow(zoom, y1), storedRow(zoom, y0));
    }

    /** TMS: row 0 is the southernmost. */
    @Override
    long storedRow(int z, int y) {
        return (1L << z) - 1 - y;
    }
}
