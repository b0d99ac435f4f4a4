package org.villageplanner.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Coordinate;
import org.villageplanner.domain.Messages;
import org.villageplanner.domain.PlannerException;
import org.villageplanner.service.Feature;
import org.villageplanner.service.FeatureLayer;
import org.villageplanner.service.ReadOptions;

/** Reads GeoPackages written by GDAL's ogr2ogr (as QGIS users export them), in CGCS2000 and a GK zone. */
class GeoPackageFeatureReaderTest {
    private static final String GEOJSON = """
            {"type": "FeatureCollection", "features": [
             {"type": "Feature", "properties": {"代码": "330282123215", "村名": "徐福村", "人口": 4380,
               "经营性收入": 2450000.5, "山区": false, "备注": null},
              "geometry": {"type": "Polygon", "coordinates": [[[121.50, 30.10], [121.52, 30.10], [121.52, 30.12],
                [121.50, 30.12], [121.50, 30.10]]]}},
             {"type": "Feature", "properties": {"代码": "330282123211", "村名": "田央村", "人口": 1819,
               "经营性收入": 380000, "山区": true, "备注": "薄弱村"},
              "geometry": {"type": "Polygon", "coordinates": [[[121.52, 30.10], [121.54, 30.10], [121.54, 30.12],
                [121.52, 30.12], [121.52, 30.10]]]}}]}
            """;

    @TempDir
    static Path dir;
    private static Path gpkg;
    private final GeoPackageFeatureReader reader = new GeoPackageFeatureReader();

    @BeforeAll
    static void makeFilesWithOgr2ogr() throws Exception {
        Messages.setLocale(Locale.ENGLISH);
        Path json = dir.resolve("villages.geojson");
        Files.writeString(json, GEOJSON);
        gpkg = dir.resolve("qgis-export.gpkg");
        ogr2ogr("-f", "GPKG", gpkg.toString(), json.toString(), "-nln", "cgcs2000", "-nlt", "MULTIPOLYGON",
                "-a_srs", "EPSG:4490");
        ogr2ogr("-f", "GPKG", "-update", gpkg.toString(), json.toString(), "-nln", "gk40", "-s_srs", "EPSG:4326",
                "-t_srs", "EPSG:4549");
        ogr2ogr("-f", "GPKG", "-update", gpkg.toString(), json.toString(), "-nln", "with_z", "-dim", "XYZ");
    }

    private static void ogr2ogr(String... args) throws Exception {
        List<String> cmd = new java.util.ArrayList<>(List.of("ogr2ogr"));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), out);
    }

    @Test
    void listsTheLayersInFileOrder() {
        assertEquals(List.of("cgcs2000", "gk40", "with_z"), reader.layers(gpkg));
        assertTrue(reader.accepts(gpkg) && !reader.accepts(dir.resolve("villages.geojson")));
    }

    @Test
    void readsCgcs2000LayerWithChineseAttributesAndTypedValues() {
        FeatureLayer layer = reader.read(gpkg, ReadOptions.DEFAULTS);
        assertEquals("cgcs2000", layer.name());
        assertEquals("EPSG:4490", layer.crs());
        assertEquals(List.of("代码", "村名", "人口", "经营性收入", "山区", "备注"), layer.columns());
        Feature xufu = layer.features().get(0);
        assertEquals(1, xufu.row());
        assertEquals("徐福村", xufu.attributes().get("村名"));
        assertEquals(4380L, xufu.attributes().get("人口"));
        assertEquals(2450000.5, xufu.attributes().get("经营性收入"));
        assertEquals(Boolean.FALSE, xufu.attributes().get("山区"));
        assertNull(xufu.attributes().get("备注"));
        assertEquals("MultiPolygon", xufu.geometry().getGeometryType());
        assertEquals(new Coordinate(121.50, 30.10), xufu.geometry().getCoordinates()[0]);
        assertEquals(Boolean.TRUE, layer.features().get(1).attributes().get("山区"));
    }

    @Test
    void readsAGaussKrugerLayerChosenByNameInMetres() {
        FeatureLayer layer = reader.read(gpkg, new ReadOptions("gk40", null, null));
        assertEquals("EPSG:4549", layer.crs());
        assertEquals(2, layer.features().size());
        Coordinate c = layer.features().get(1).geometry().getCoordinate();
        assertTrue(c.x > 600_000 && c.x < 700_000 && c.y > 3_300_000 && c.y < 3_400_000, c.toString());
        assertEquals("田央村", layer.features().get(1).attributes().get("村名"));
    }

    @Test
    void readsIsoWkbWithZ() {
        FeatureLayer layer = reader.read(gpkg, new ReadOptions("with_z", null, null));
        Coordinate c = layer.features().get(0).geometry().getCoordinate();
        assertEquals(121.50, c.x);
        assertEquals(0.0, c.getZ());
        assertEquals("EPSG:4326", layer.crs());
    }

    @Test
    void theCrsOptionOverridesTheFile() {
        assertEquals("EPSG:4326", reader.read(gpkg, new ReadOptions(null, null, "EPSG:4326")).crs());
    }

    @Test
    void anUnknownLayerIsAnErrorListingTheLayers() {
        PlannerException e = assertThrows(PlannerException.class,
                () -> reader.read(gpkg, new ReadOptions("村界", null, null)));
        assertEquals("store.import.unknownLayer", e.key());
        assertTrue(e.getMessage().contains("qgis-export.gpkg") && e.getMessage().contains("cgcs2000, gk40, with_z"));
    }

    @Test
    void readsTheVillagesOfOurOwnProjectFile() {
        FeatureLayer layer = reader.read(Path.of("samples/longshan.gpkg"), new ReadOptions("villages", null, null));
        assertEquals("EPSG:4326", layer.crs());
        assertEquals(28, layer.features().size());
        assertTrue(layer.columns().contains("operating_income"));
    }

    @Test
    void aTextFileIsRefusedNamingIt() throws Exception {
        Path f = dir.resolve("fake.gpkg");
        Files.writeString(f, "x");
        PlannerException e = assertThrows(PlannerException.class, () -> reader.read(f, ReadOptions.DEFAULTS));
        assertTrue(e.getMessage().contains("fake.gpkg"));
    }
}
