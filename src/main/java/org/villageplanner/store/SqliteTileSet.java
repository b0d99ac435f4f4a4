package org.villageplanner.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.villageplanner.domain.PlannerException;
import org.villageplanner.service.TileSet;

/**
 * What the two SQLite tile formats share: a table of {@code (zoom_level, tile_column, tile_row, tile_data)} rows,
 * read-only through one connection that {@link #close()} releases. A subclass says how an XYZ tile and a
 * longitude/latitude box map onto its stored columns and rows (MBTiles stores TMS rows, a GeoPackage its own
 * matrix); the queries, the zoom range and the error that names the file live here once.
 */
abstract sealed class SqliteTileSet implements TileSet permits GpkgTileSet, MbTilesSet {
    /** Inclusive ranges of stored tile columns and rows. */
    record Range(long minColumn, long maxColumn, long minRow, long maxRow) {
    }

    private final Connection c;
    private final Path file;
    private final String quotedTable;
    private final int minZoom;
    private final int maxZoom;

    /**
     * Reads the zoom range of the stored tiles.
     *
     * @throws PlannerException {@code layers.basemap.empty} naming {@code file} when the table holds no tile
     */
    SqliteTileSet(Connection c, Path file, String tileTable) throws SQLException {
        this.c = c;
        this.file = file;
        this.quotedTable = Sql.q(tileTable);
        try (PreparedStatement ps = c.prepareStatement("SELECT MIN(zoom_level), MAX(zoom_level), COUNT(*) FROM "
                + quotedTable); ResultSet rs = ps.executeQuery()) {
            if (!rs.next() || rs.getLong(3) == 0) {
                throw new PlannerException("layers.basemap.empty", file);
            }
            minZoom = rs.getInt(1);
            maxZoom = rs.getInt(2);
        }
    }

    /** The stored columns and rows at {@code zoom} that cover the box (degrees), or null when none can. */
    abstract Range storedRange(int zoom, double minLon, double minLat, double maxLon, double maxLat)
            throws SQLException;

    /** The stored row of XYZ row {@code y} at zoom {@code z}, or a negative number when this set serves no XYZ tile. */
    abstract long storedRow(int z, int y);

    final Connection connection() {
        return c;
    }

    final Path file() {
        return file;
    }

    @Override
    public final int minZoom() {
        return minZoom;
    }

    @Override
    public final int maxZoom() {
        return maxZoom;
    }

    @Override
    public final long tilesIn(int zoom, double minLon, double minLat, double maxLon, double maxLat) {
        try {
            Range r = storedRange(zoom, minLon, minLat, maxLon, maxLat);
            if (r == null) {
                return 0;
            }
            try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM " + quotedTable
                    + " WHERE zoom_level = ? AND tile_column BETWEEN ? AND ? AND tile_row BETWEEN ? AND ?")) {
                ps.setInt(1, zoom);
                ps.setLong(2, r.minColumn());
                ps.setLong(3, r.maxColumn());
                ps.setLong(4, r.minRow());
                ps.setLong(5, r.maxRow());
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? rs.getLong(1) : 0;
                }
            }
        } catch (SQLException e) {
            throw unreadable(e);
        }
    }

    @Override
    public final byte[] tile(int z, int x, int y) {
        long row = storedRow(z, y);
        if (row < 0) {
            return null;
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT tile_data FROM " + quotedTable
                + " WHERE zoom_level = ? AND tile_column = ? AND tile_row = ?")) {
            ps.setInt(1, z);
            ps.setInt(2, x);
            ps.setLong(3, row);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getBytes(1) : null;
            }
        } catch (SQLException e) {
            throw unreadable(e);
        }
    }

    private PlannerException unreadable(SQLException e) {
        return new PlannerException(e, "layers.basemap.unreadable", file, String.valueOf(e.getMessage()));
    }

    @Override
    public final void close() {
        SqliteTileFiles.closeQuietly(c);
    }
}
