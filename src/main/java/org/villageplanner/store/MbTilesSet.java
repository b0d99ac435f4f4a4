package org.villageplanner.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import org.villageplanner.domain.PlannerException;
import org.villageplanner.service.TileSet;

/**
 * An MBTiles file (MBTiles 1.3): {@code tiles(zoom_level, tile_column, tile_row, tile_data)} in the TMS scheme,
 * whose row 0 is the southernmost, so XYZ row y is stored as {@code 2^z − 1 − y}; {@code metadata(name, value)}
 * gives the zoom range and the attribution (read from the tiles themselves when the metadata lacks the zooms).
 */
final class MbTilesSet implements TileSet {
    private final Connection c;
    private final Path file;
    private final int minZoom;
    private final int maxZoom;
    private final String attribution;

    MbTilesSet(Connection c, Path file) throws SQLException {
        this.c = c;
        this.file = file;
        Map<String, String> meta = new HashMap<>();
        if (Sql.tableExists(c, "metadata")) {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT name, value FROM metadata")) {
                while (rs.next()) {
                    meta.put(rs.getString(1), rs.getString(2));
                }
            }
        }
        int[] zooms = zoomsFromTiles();
        if (zooms == null) {
            throw new PlannerException("layers.basemap.empty", file);
        }
        this.minZoom = zooms[0];
        this.maxZoom = zooms[1];
        this.attribution = meta.getOrDefault("attribution", "");
    }

    private int[] zoomsFromTiles() throws SQLException {
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT MIN(zoom_level), MAX(zoom_level), COUNT(*) FROM tiles")) {
            return rs.next() && rs.getLong(3) > 0 ? new int[] {rs.getInt(1), rs.getInt(2)} : null;
        }
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
    public int minZoom() {
        return minZoom;
    }

    @Override
    public int maxZoom() {
        return maxZoom;
    }

    @Override
    public String attribution() {
        return attribution;
    }

    @Override
    public long tilesIn(int zoom, double minLon, double minLat, double maxLon, double maxLat) {
        int n = 1 << zoom;
        int x0 = WebTiles.column(minLon, zoom);
        int x1 = WebTiles.column(maxLon, zoom);
        int y0 = WebTiles.row(maxLat, zoom); // north edge: smallest XYZ row
        int y1 = WebTiles.row(minLat, zoom);
        try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM tiles WHERE zoom_level = ?"
                + " AND tile_column BETWEEN ? AND ? AND tile_row BETWEEN ? AND ?")) {
            ps.setInt(1, zoom);
            ps.setInt(2, x0);
            ps.setInt(3, x1);
            ps.setInt(4, n - 1 - y1);
            ps.setInt(5, n - 1 - y0);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : 0;
            }
        } catch (SQLException e) {
            throw new PlannerException(e, "layers.basemap.unreadable", file, String.valueOf(e.getMessage()));
        }
    }

    @Override
    public byte[] tile(int z, int x, int y) {
        try (PreparedStatement ps = c.prepareStatement("SELECT tile_data FROM tiles WHERE zoom_level = ?"
                + " AND tile_column = ? AND tile_row = ?")) {
            ps.setInt(1, z);
            ps.setInt(2, x);
            ps.setInt(3, (1 << z) - 1 - y);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getBytes(1) : null;
            }
        } catch (SQLException e) {
            throw new PlannerException(e, "layers.basemap.unreadable", file, String.valueOf(e.getMessage()));
        }
    }

    @Override
    public void close() {
        SqliteTileFiles.closeQuietly(c);
    }
}
