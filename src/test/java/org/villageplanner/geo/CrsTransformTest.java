package org.villageplanner.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.villageplanner.domain.PlannerException;

class CrsTransformTest {
    /** Forward and back against gdaltransform: projected metres within 0.01 m, degrees within 1e-7 (≈1 cm). */
    @ParameterizedTest
    @CsvSource({
        "4549, 121.3, 30.2",
        "4549, 120.0, 23.5",
        "4527, 117.5, 31.0",
        "4528, 121.9, 29.9",
        "4548, 116.1, 40.0",
        "4513, 74.0, 39.5",
        "4497, 111.2, 22.4",
        "4510, 124.9, 45.6",
        "3857, 121.3, 30.2",
        "4490, 121.3, 30.2"})
    void matchesGdalTransformBothWays(int epsg, double lon, double lat) {
        assumeTrue(CrsTest.gdalAvailable(), "gdaltransform is not installed");
        String[] gdal = CrsTest.runWithInput(lon + " " + lat + "\n", "gdaltransform", "-s_srs", "EPSG:4326",
                "-t_srs", "EPSG:" + epsg).trim().split("\\s+");
        double x = Double.parseDouble(gdal[0]);
        double y = Double.parseDouble(gdal[1]);
        double[] forward = CrsTransform.between(4326, epsg, "test").apply(lon, lat);
        double tolerance = epsg == 4490 ? 1e-9 : 0.01;
        assertEquals(x, forward[0], tolerance);
        assertEquals(y, forward[1], tolerance);
        double[] back = CrsTransform.toWgs84(epsg, "test").apply(x, y);
        assertEquals(lon, back[0], 1e-7);
        assertEquals(lat, back[1], 1e-7);
    }

    @Test
    void transformsAGeometryCopyAndSetsTheTargetSrid() {
        GeometryFactory f = new GeometryFactory();
        Geometry p = f.createPoint(new Coordinate(500_000, 3_340_000));
        Geometry wgs = CrsTransform.toWgs84(4549, "t").apply(p);
        assertEquals(120.0, wgs.getCoordinate().x, 1e-9);
        assertEquals(4326, wgs.getSRID());
        assertEquals(500_000, p.getCoordinate().x);
    }

    @Test
    void cgcs2000AndWgs84AreCoincident() {
        assertTrue(CrsTransform.toWgs84(4490, "t").isIdentity());
    }

    @Test
    void unknownCodeIsAnError() {
        PlannerException e = assertThrows(PlannerException.class, () -> CrsTransform.toWgs84(99999, "v.shp"));
        assertEquals("crs.unknownCode", e.key());
    }

    @Test
    void geographicSystemsAreTold() {
        assertTrue(CrsTransform.isGeographic(4490, "t"));
        assertEquals(false, CrsTransform.isGeographic(4549, "t"));
    }
}
