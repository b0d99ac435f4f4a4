package org.villageplanner.store;

import java.util.List;

/**
 * The rows of {@code gpkg_spatial_ref_sys} every project file carries: the three the GeoPackage standard
 * requires (EPSG:4326, undefined Cartesian -1, undefined geographic 0) and CGCS2000 (EPSG:4490), the datum of
 * Chinese survey data, so that layers exported in it stay self-describing. WKT as GDAL writes it (WKT 1).
 */
final class SpatialRefs {
    static final int WGS84 = 4326;
    static final int CGCS2000 = 4490;

    record Row(String name, int srsId, String organization, int orgId, String definition, String description) {
    }

    static final List<Row> ROWS = List.of(
            new Row("WGS 84 geodetic", WGS84, "EPSG", WGS84,
                    "GEOGCS[\"WGS 84\",DATUM[\"WGS_1984\",SPHEROID[\"WGS 84\",6378137,298.257223563,"
                            + "AUTHORITY[\"EPSG\",\"7030\"]],AUTHORITY[\"EPSG\",\"6326\"]],PRIMEM[\"Greenwich\",0,"
                            + "AUTHORITY[\"EPSG\",\"8901\"]],UNIT[\"degree\",0.0174532925199433,"
                            + "AUTHORITY[\"EPSG\",\"9122\"]],AXIS[\"Latitude\",NORTH],AXIS[\"Longitude\",EAST],"
                            + "AUTHORITY[\"EPSG\",\"4326\"]]",
                    "longitude/latitude coordinates in decimal degrees on the WGS 84 spheroid"),
            new Row("Undefined cartesian SRS", -1, "NONE", -1, "undefined", "undefined cartesian coordinate reference system"),
            new Row("Undefined geographic SRS", 0, "NONE", 0, "undefined", "undefined geographic coordinate reference system"),
            new Row("China Geodetic Coordinate System 2000", CGCS2000, "EPSG", CGCS2000,
                    "GEOGCS[\"China Geodetic Coordinate System 2000\",DATUM[\"China_2000\",SPHEROID[\"CGCS2000\","
                            + "6378137,298.257222101,AUTHORITY[\"EPSG\",\"1024\"]],AUTHORITY[\"EPSG\",\"1043\"]],"
                            + "PRIMEM[\"Greenwich\",0,AUTHORITY[\"EPSG\",\"8901\"]],UNIT[\"degree\",0.0174532925199433,"
                            + "AUTHORITY[\"EPSG\",\"9122\"]],AXIS[\"Latitude\",NORTH],AXIS[\"Longitude\",EAST],"
                            + "AUTHORITY[\"EPSG\",\"4490\"]]",
                    "CGCS2000 geographic coordinates in decimal degrees"));

    private SpatialRefs() {
    }
}
