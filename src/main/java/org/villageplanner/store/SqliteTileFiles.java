package org.villageplanner.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.villageplanner.domain.PlannerException;
import org.villageplanner.service.TileFiles;
import org.villageplanner.service.TileSet;

/**
 * Opens MBTiles files and GeoPackage tile pyramids (both SQLite) read-only. A GeoPackage is used through its first
 * {@code tiles} table in {@code gpkg_contents}; an MBTiles file must have the {@code tiles} table of the MBTiles
 * specification. Anything else (a GeoTIFF, a feature-only GeoPackage, a damaged file) is refused naming the file.
 */
public final class SqliteTileFiles implements TileFiles {
    @Override
    public TileSet open(Path file) {
        try {
            GeoPackageRepository.checkSqlite(file);
        } catch (PlannerException e) {
            if ("store.file.missing".equals(e.key())) {
                throw new PlannerException("layers.basemap.missing", file);
            }
            throw new PlannerException(e, "layers.basemap.notTiles", file);
        }
        Connection c = null;
        try {
            c = GeoPackageRepository.open(file, true);
            if (Sql.tableExists(c, "gpkg_contents")) {
                String table = firstTileTable(c);
                if (table == null) {
                    throw new PlannerException("layers.basemap.notTiles", file);
                }
                return new GpkgTileSet(c, file, table);
            }
            if (Sql.tableExists(c, "tiles")) {
                return new MbTilesSet(c, file);
            }
            throw new PlannerException("layers.basemap.notTiles", file);
        } catch (SQLException | RuntimeException e) {
            closeQuietly(c);
            if (e instanceof PlannerException pe) {
                throw pe;
            }
            throw new PlannerException(e, "layers.basemap.unreadable", file, String.valueOf(e.getMessage()));
        }
    }

    private static String firstTileTable(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT \"table_name\" FROM \"gpkg_contents\" WHERE \"data_type\" = 'tiles' ORDER BY \"table_name\"")) {
            return rs.next() ? rs.getString(1) : null;
        }
    }

    static void closeQuietly(Connection c) {
        if (c == null) {
            return;
        }
        try {
            c.close();
        } catch (SQLException e) {
            // nothing more to release
        }
    }
}
