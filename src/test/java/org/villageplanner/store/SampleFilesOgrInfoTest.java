package org.villageplanner.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The committed samples open in GDAL (hence QGIS) with the expected layers, counts and SRS, and no warnings. */
class SampleFilesOgrInfoTest {
    @Test
    void longshanSampleOpensInOgrinfo() throws Exception {
        OgrInfo.Result r = OgrInfo.run(Path.of("samples/longshan.gpkg"), "-so", "-al");
        assertEquals("", r.err().strip());
        assertEquals(28, OgrInfoCompatibilityTest.featureCount(r.out(), "villages"));
        assertEquals(5, OgrInfoCompatibilityTest.featureCount(r.out(), "clusters"));
        assertEquals(2, OgrInfoCompatibilityTest.featureCount(r.out(), "scenarios"));
        assertTrue(r.out().contains("Geometry: Multi Polygon"));
        assertTrue(r.out().contains("ID[\"EPSG\",4326]"));
    }

    @Test
    void cixiSampleOpensInOgrinfo() throws Exception {
        OgrInfo.Result r = OgrInfo.run(Path.of("samples/cixi.gpkg"), "-so", "-al");
        assertEquals("", r.err().strip());
        assertEquals(294, OgrInfoCompatibilityTest.featureCount(r.out(), "villages"));
    }
}
