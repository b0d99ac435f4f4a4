package org.villageplanner.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** GDAL (and therefore QGIS) opens a saved project as is, without errors or warnings. */
class OgrInfoCompatibilityTest {
    @TempDir
    Path dir;

    @Test
    void ogrinfoListsOurLayersWithCountsAndWgs84() throws Exception {
        Path f = dir.resolve("p.gpkg");
        new GeoPackageRepository().write(TestProjects.everyField(), f);
        OgrInfo.Result r = OgrInfo.run(f, "-so", "-al");
        assertEquals("", r.err().strip(), "ogrinfo complained");
        assertFalse(r.out().contains("ERROR") || r.out().contains("Warning"), r.out());
        assertEquals(4, featureCount(r.out(), "villages"));
        assertEquals(2, featureCount(r.out(), "clusters"));
        assertEquals(2, featureCount(r.out(), "projects"));
        assertEquals(2, featureCount(r.out(), "scenarios"));
        assertEquals(4, featureCount(r.out(), "cluster_members"));
        assertTrue(r.out().contains("ID[\"EPSG\",4326]"), r.out());
        assertTrue(r.out().contains("Geometry: Multi Polygon"), r.out());
    }

    @Test
    void ogrinfoReadsChineseNamesAndDerivedClusterOutlines() throws Exception {
        Path f = dir.resolve("p.gpkg");
        new GeoPackageRepository().write(TestProjects.everyField(), f);
        OgrInfo.Result r = OgrInfo.layer(f, "clusters", "-q", "-where", "cluster_id = 'xufu'");
        assertEquals("", r.err().strip());
        assertTrue(r.out().contains("name (String) = 徐福片区"), r.out());
        assertTrue(r.out().contains("MULTIPOLYGON"), r.out());
        assertTrue(r.out().contains("member_count (Integer64) = 3"), r.out());
    }

    static int featureCount(String ogrinfo, String layer) {
        Matcher m = Pattern.compile("Layer name: " + layer + "\\R(?:.*\\R)*?Feature Count: (\\d+)").matcher(ogrinfo);
        assertTrue(m.find(), "no layer " + layer + " in\n" + ogrinfo);
        return Integer.parseInt(m.group(1));
    }
}
