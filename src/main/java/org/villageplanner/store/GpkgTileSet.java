package org.villageplanner.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.villageplanner.domain.PlannerException;
import org.villageplanner.geo.CrsTransform;

/**
 * A GeoPackage tile pyramid (GeoPackage 1.3 §2.2): the extent and CRS in {@code gpkg_tile_matrix_set}, one row per
 * zoom in {@code gpkg_tile_matrix} (matrix size, tile size, pixel size), tiles with row 0 at the top of the
 * extent. XYZ tiles are served directly when the pyramid is the standard Web Mercator grid (as
 * {@code gdal_translate -of GPKG -co TILING_SCHEME=GoogleMapsCompatible} writes it).
 */
final class GpkgTileSet extends SqliteTileSet {
    /** The pyramid's CRS and the extent's west and north edges (in that CRS's units). */
    private record MatrixSet(int srs, double minX, double maxY) {
        static MatrixSet read(Connection c, Path file, String table) throws SQLException {
            try (PreparedStatement ps = c.prepareStatement("SELECT srs_id, min_x, min_y, max_x, max_y"
                    + " FROM gpkg_tile_matrix_set WHERE table_name = ?")) {
                ps.setString(1, table);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        throw new PlannerException("layers.basemap.notTiles", file);
                    }
                    return new MatrixSet(rs.getInt(1), rs.getDouble(2), rs.getDouble(5));
                }
            }
        }
    }

    private final String table;
    private final int srs;
    private final double minX;
    private final double maxY;
    private final boolean webGrid;

    GpkgTileSet(Connection c, Path file, String table) throws SQLException {
        this(c, file, table, MatrixSet.read(c, file, table));
    }

    private GpkgTileSet(Connection c, Path file, String table, MatrixSet set) throws SQLException {
        super(c, file, table);
        this.table = table;
        srs = set.srs();
        minX = set.minX();
        maxY = set.maxY();
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
    public String attribution() {
        return "";
    }

    @Override
    Range storedRange(int zoom, double minLon, double minLat, double maxLon, double maxLat) throws SQLException {
        double tileW;
        double tileH;
        try (PreparedStatement ps = connection().prepareStatement("SELECT tile_width * pixel_x_size,"
                + " tile_height * pixel_y_size FROM gpkg_tile_matrix WHERE table_name = ? AND zoom_level = ?")) {
            ps.setString(1, table);
            ps.setInt(2, zoom);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return null;
                }
                tileW = rs.getDouble(1);
                tileH = rs.getDouble(2);
            }
        }
        double[] lo = toSrs(minLon, minLat);
        double[] hi = toSrs(maxLon, maxLat);
        return new Range((long) Math.floor((lo[0] - minX) / tileW), (long) Math.floor((hi[0] - minX) / tileW),
                (long) Math.floor((maxY - hi[1]) / tileH), (long) Math.floor((maxY - lo[1]) / tileH));
    }

    private double[] toSrs(double lon, double lat) {
        if (srs == 3857) {
            return new double[] {WebTiles.mercatorX(lon), WebTiles.mercatorY(lat)};
        }
        if (srs == 4326 || srs == 4490) {
            return new double[] {lon, lat};
        }
        return CrsTransform.between(4326, srs, file().toString()).apply(lon, lat);
    }

    /** XYZ tiles are served only from the standard Web Mercator grid, whose rows are XYZ rows. */
    @Override
    long storedRow(int z, int y) {
        return webGrid ? y : -1;
    }
}
