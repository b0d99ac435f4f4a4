package org.villageplanner.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.proj4j.CRSFactory;
import org.locationtech.proj4j.CoordinateTransformFactory;
import org.locationtech.proj4j.ProjCoordinate;

class LocalProjectionTest {
    private static final double A = 6_378_137.0;
    private static final double F = 1 / 298.257222101;
    private static final double E2 = F * (2 - F);
    private static final GeometryFactory GF = new GeometryFactory();

    /** Lon/lat box: area within 0.5% (in fact far better) of the exact ellipsoidal area of the quadrangle. */
    @ParameterizedTest
    @CsvSource(textBlock = """
            # lon,   lat,  dLon,  dLat
            121.30,  30.20, 0.02,  0.02
            121.30,  30.20, 0.50,  0.30
            119.00,  28.00, 2.00,  2.00
            100.00,  45.00, 0.01,  0.01
            """, delimiter = ',')
    void areaOfALonLatBoxMatchesTheEllipsoid(double lon, double lat, double dLon, double dLat) {
        Geometry box = GF.createPolygon(densifiedBox(lon, lat, dLon, dLat));
        double expected = quadrangleArea(Math.toRadians(lat), Math.toRadians(lat + dLat), Math.toRadians(dLon));
        double got = LocalProjection.areaSquareMeters(box);
        assertEquals(expected, got, expected * 0.005);
        assertEquals(expected / LocalProjection.SQUARE_METERS_PER_MU, LocalProjection.areaMu(box), expected * 0.005);
    }

    /**
     * Figures from GDAL 3.6 / SpatiaLite on the same polygon: {@code ogrinfo -dialect SQLite -sql "SELECT
     * ST_Area(geometry, 1), GeodesicLength(ExteriorRing(geometry)) FROM poly" poly.geojson} (geodesic, WGS 84).
     */
    @Test
    void areaAndPerimeterMatchGdalEllipsoidalFigures() throws Exception {
        Geometry poly = new org.locationtech.jts.io.WKTReader().read(
                "POLYGON((121.30 30.20, 121.34 30.19, 121.37 30.23, 121.33 30.26, 121.29 30.24, 121.30 30.20))");
        double gdalArea = 37_352_166.035;
        double gdalPerimeter = 23_367.834;
        assertEquals(gdalArea, LocalProjection.areaSquareMeters(poly), gdalArea * 0.005);
        assertEquals(gdalPerimeter, LocalProjection.lengthMeters(poly), gdalPerimeter * 0.005);
        // In fact far closer than the 0.5% asked for:
        assertEquals(gdalArea, LocalProjection.areaSquareMeters(poly), gdalArea * 0.0005);
        assertEquals(gdalPerimeter, LocalProjection.lengthMeters(poly), gdalPerimeter * 0.0005);
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            # lat from, lat to
            30.0, 30.1
            30.0, 31.0
            22.0, 24.5
            """)
    void lengthAlongAMeridianMatchesTheEllipsoid(double lat1, double lat2) {
        Geometry line = GF.createLineString(new Coordinate[] {new Coordinate(121.3, lat1), new Coordinate(121.3, lat2)});
        double expected = meridianArc(Math.toRadians(lat1), Math.toRadians(lat2));
        assertEquals(expected, LocalProjection.lengthMeters(line), expected * 0.0005);
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            # lon, lat, dLon
            121.0, 30.0, 0.01
            121.0, 30.0, 0.3
            """)
    void lengthAlongAParallelMatchesTheEllipsoid(double lon, double lat, double dLon) {
        Geometry line = GF.createLineString(new Coordinate[] {new Coordinate(lon, lat), new Coordinate(lon + dLon, lat)});
        double phi = Math.toRadians(lat);
        double expected = A / Math.sqrt(1 - E2 * Math.sin(phi) * Math.sin(phi)) * Math.cos(phi) * Math.toRadians(dLon);
        assertEquals(expected, LocalProjection.lengthMeters(line), expected * 0.001);
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            # lon0, lat0, lon, lat
            121.3, 30.2, 121.3, 30.2
            121.3, 30.2, 121.9, 30.9
            121.3, 30.2, 119.0, 27.5
            114.0, 40.0, 116.5, 41.0
            """)
    void agreesWithProj4jTransverseMercatorToAMillimetre(double lon0, double lat0, double lon, double lat) {
        var crs = new CRSFactory();
        var src = crs.createFromParameters("ll", "+proj=longlat +ellps=GRS80 +no_defs");
        var dst = crs.createFromParameters("tm", "+proj=tmerc +lat_0=" + lat0 + " +lon_0=" + lon0
                + " +k=1 +x_0=0 +y_0=0 +ellps=GRS80 +units=m +no_defs");
        ProjCoordinate out = new ProjCoordinate();
        new CoordinateTransformFactory().createTransform(src, dst).transform(new ProjCoordinate(lon, lat), out);
        Coordinate ours = new LocalProjection(lon0, lat0).toMeters(lon, lat);
        assertEquals(out.x, ours.x, 0.001);
        assertEquals(out.y, ours.y, 0.001);
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            NaN, 30
            121, 95
            """)
    void badCoordinatesGiveNaNNotAnException(double lon, double lat) {
        assertTrue(Double.isNaN(new LocalProjection(121, 30).toMeters(lon, lat).x));
    }

    private static Coordinate[] densifiedBox(double lon, double lat, double dLon, double dLat) {
        int n = 50;
        Coordinate[] cs = new Coordinate[4 * n + 1];
        for (int i = 0; i < n; i++) {
            double f = (double) i / n;
            cs[i] = new Coordinate(lon + f * dLon, lat);
            cs[n + i] = new Coordinate(lon + dLon, lat + f * dLat);
            cs[2 * n + i] = new Coordinate(lon + dLon - f * dLon, lat + dLat);
            cs[3 * n + i] = new Coordinate(lon, lat + dLat - f * dLat);
        }
        cs[4 * n] = cs[0];
        return cs;
    }

    /** Exact area of the ellipsoidal quadrangle between two parallels and dLambda of longitude. */
    private static double quadrangleArea(double phi1, double phi2, double dLambda) {
        double e = Math.sqrt(E2);
        double b2 = A * A * (1 - E2);
        return b2 * dLambda / 2 * (q(phi2, e) - q(phi1, e));
    }

    private static double q(double phi, double e) {
        double s = Math.sin(phi);
        return s / (1 - e * e * s * s) + Math.log((1 + e * s) / (1 - e * s)) / (2 * e);
    }

    /** Meridian arc by Simpson's rule on M(φ) = a(1−e²)/(1−e² sin²φ)^{3/2}. */
    private static double meridianArc(double phi1, double phi2) {
        int n = 1000;
        double h = (phi2 - phi1) / n, sum = 0;
        for (int i = 0; i <= n; i++) {
            double s = Math.sin(phi1 + i * h);
            double m = A * (1 - E2) / Math.pow(1 - E2 * s * s, 1.5);
            sum += (i == 0 || i == n ? 1 : i % 2 == 0 ? 2 : 4) * m;
        }
        return sum * h / 3;
    }
}
