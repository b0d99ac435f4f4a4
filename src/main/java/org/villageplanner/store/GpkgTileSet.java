package org.villageplanner.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.villageplanner.domain.PlannerException;
import org.villageplanner.geo.CrsTransform;
import org.villageplanner.service.TileSet;

/**
 * A GeoPackage tile pyramid (GeoPackage 1.3 §2.2): the extent and CRS in {@code gpkg_tile_matrix_set}, one row per
 * zoom in {@code gpkg_tile_matrix} (matrix size, tile size, pixel size), tiles with row 0 at the top of the
 * extent. XYZ tiles are served directly when the pyramid is the standard Web Mercator grid (as
 * {@code gdal_translate -of GPKG -co TILING_SCHEME=GoogleMapsCompatible} writes it).
 */
final class GpkgTileSet implements TileSet {
    private final Connection c;
    private final Path file;
    private final String table;
    private final int srs;
    private final double minX;
    private final double maxY;
    private final int minZoom;
    private final int maxZoom;
    private final boolean webGrid;

    GpkgTileSet(Connection c, Path file, String table) throws SQLException {
        this.c = c;
        this.file = file;
        this.table = table;
        try (PreparedStatement ps = c.prepareStatement("SELECT srs_id, min_x, min_y, max_x, max_y"
                + " FROM gpkg_tile_matrix_set WHERE table_name = ?")) {
            ps.setString(1, table);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new PlannerException("layers.basemap.notTiles", file);
                }
                srs = rs.getInt(1);
                minX = rs.getDouble(2);
                maxY = rs.getDouble(5);
            }
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT MIN(zoom_level), MAX(zoom_level), COUNT(*) FROM "
                + Sql.q(table))) {
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next() || rs.getLong(3) == 0) {
                    throw new PlannerException("layers.basemap.empty", file);
                }
                minZoom = rs.getInt(1);
                maxZoom = rs.getInt(2);
            }
        }
        webGrid = srs == 3857 && Math.abs(minX + WebTiles.HALF_WORLD) < 1 && Math.abs(maxY - WebTiles.HALF_WORLD) < 1;
    }

    @Override
    public String format() {
        return "gpkg";
    }

    @Override
    public String table() {
        return table;
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
        return "";
    }

    @Override
    public long tilesIn(int zoom, double minLon, double minLat, double maxLon, double maxLat) {
        try (PreparedStatement ps = c.prepareStatement("SELECT tile_width * pixel_x_size, tile_height * pixel_y_size"
                + " FROM gpkg_tile_matrix WHERE table_name = ? AND zoom_level = ?")) {
            ps.setString(1, table);
            ps.setInt(2, zoom);
            double tileW;
            double tileH;
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return 0;
                }
                tileW = rs.getDouble(1);
                tileH = rs.getDouble(2);
            }
            double[] lo = toSrs(minLon, minLat);
            double[] hi = toSrs(maxLon, maxLat);
            long c0 = (long) Math.floor((lo[0] - minX) / tileW);
            long c1 = (long) Math.floor((hi[0] - minX) / tileW);
            long r0 = (long) Math.floor((maxY - hi[1]) / tileH);
            long r1 = (long) Math.floor((maxY - lo[1]) / tileH);
            try (PreparedStatement q = c.prepareStatement("SELECT COUNT(*) FROM " + Sql.q(table) + " WHERE zoom_level = ?"
                    + " AND tile_column BETWEEN ? AND ? AND tile_row BETWEEN ? AND ?")) {
                q.setInt(1, zoom);
                q.setLong(2, c0);
                q.setLong(3, c1);
                q.setLong(4, r0);
                q.setLong(5, r1);
                try (ResultSet rs = q.executeQuery()) {
                    return rs.next() ? rs.getLong(1) : 0;
                }
            }
        } catch (SQLException e) {
            throw new PlannerException(e, "layers.basemap.unreadable", file, String.valueOf(e.getMessage()));
        }
    }

    private double[] toSrs(double lon, double lat) {
        if (srs == 3857) {
            return new double[] {WebTiles.mercatorX(lon), WebTiles.mercatorY(lat)};
        }
        if (srs == 4326 || srs == 4490) {
            return new double[] {lon, lat};
        }
        return CrsTransform.between(4326, srs, file.toString()).apply(lon, lat);
    }

    @Override
    public byte[] tile(int z, int x, int y) {
        if (!webGrid) {
            return null;
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT tile_data FROM " + Sql.q(table)
                + " WHERE zoom_level = ? AND tile_column = ? AND tile_row = ?")) {
            ps.setInt(1, z);
            ps.setInt(2, x);
            ps.setInt(3, y);
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
