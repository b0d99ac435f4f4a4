package org.villageplanner.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.locationtech.jts.geom.Geometry;
import org.villageplanner.domain.Messages;
import org.villageplanner.domain.PlannerException;
import org.villageplanner.service.Feature;
import org.villageplanner.service.FeatureLayer;
import org.villageplanner.service.ReadOptions;

class GeoJsonReaderTest {
    static final String TWO_VILLAGES = """
            {"type":"FeatureCollection","features":[
            {"type":"Feature","properties":{"code":"330282123215","name":"徐福村","population":2100,"ratio":0.5,
              "flag":true,"none":null,"tags":["tea"]},
             "geometry":{"type":"Polygon","coordinates":[[[121.30,30.20],[121.31,30.20],[121.31,30.21],
               [121.30,30.21],[121.30,30.20]]]}},
            {"type":"Feature","properties":{"code":"330282123211","name":"田央村","population":900,"extra":"x"},
             "geometry":{"type":"Point","coordinates":[121.32,30.22,5.0]}}
            ]}
            """;
    @TempDir
    Path dir;
    private final GeoJsonReader reader = new GeoJsonReader();

    @BeforeEach
    void english() {
        Messages.setLocale(Messages.ENGLISH);
    }

    private Path write(String name, String text) throws IOException {
        Path f = dir.resolve(name);
        Files.writeString(f, text, StandardCharsets.UTF_8);
        return f;
    }

    @Test
    void readsPropertiesOfEveryJsonTypeAndBothGeometryKinds() throws IOException {
        FeatureLayer layer = reader.read(write("v.geojson", TWO_VILLAGES), ReadOptions.DEFAULTS);
        assertEquals("EPSG:4326", layer.crs());
        assertEquals(List.of("code", "name", "population", "ratio", "flag", "none", "tags", "extra"),
                layer.columns());
        Feature a = layer.features().get(0);
        assertEquals(1, a.row());
        assertEquals("330282123215", a.attributes().get("code"));
        assertEquals(2100L, a.attributes().get("population"));
        assertEquals(0.5, a.attributes().get("ratio"));
        assertEquals(true, a.attributes().get("flag"));
        assertNull(a.attributes().get("none"));
        assertEquals("[\"tea\"]", a.attributes().get("tags"));
        assertEquals("Polygon", a.geometry().getGeometryType());
        assertEquals(1e-4, a.geometry().getArea(), 1e-12);
        Geometry b = layer.features().get(1).geometry();
        assertEquals("Point", b.getGeometryType());
        assertEquals(121.32, b.getCoordinate().x);
        assertEquals(2, layer.features().get(1).row());
    }

    @Test
    void readsTheLegacyCrsMemberThatGdalWrites() throws IOException {
        Gdal.assumeAvailable();
        Path wgs = write("v.geojson", TWO_VILLAGES);
        Path gk = dir.resolve("gk.geojson");
        Gdal.ogr2ogr("GeoJSON", gk, wgs, "-t_srs", "EPSG:4549");
        FeatureLayer layer = reader.read(gk, ReadOptions.DEFAULTS);
        assertEquals("EPSG:4549", layer.crs());
        assertEquals("徐福村", layer.features().get(0).attributes().get("name"));
        double x = layer.features().get(1).geometry().getCoordinate().x;
        String expected = Gdal.run("121.32 30.22\n", "gdaltransform", "-s_srs", "EPSG:4326", "-t_srs", "EPSG:4549");
        assertEquals(Double.parseDouble(expected.trim().split("\\s+")[0]), x, 0.01);
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            urn:ogc:def:crs:EPSG::4490,         EPSG:4490
            urn:ogc:def:crs:EPSG:8.9:4549,      EPSG:4549
            EPSG:3857,                          EPSG:3857
            urn:ogc:def:crs:OGC:1.3:CRS84,      EPSG:4326
            """)
    void crsNamesBecomeEpsgCodes(String name, String expected) throws IOException {
        String json = "{\"type\":\"FeatureCollection\",\"crs\":{\"type\":\"name\",\"properties\":{\"name\":\""
                + name + "\"}},\"features\":[]}";
        assertEquals(expected, reader.read(write("c.geojson", json), ReadOptions.DEFAULTS).crs());
    }

    @Test
    void multiPolygonWithHoleAndUnclosedRingIsRead() throws IOException {
        String json = """
                {"type":"Feature","properties":{"code":"1"},"geometry":{"type":"MultiPolygon","coordinates":[
                  [[[0,0],[10,0],[10,10],[0,10]],[[2,2],[2,4],[4,4],[4,2],[2,2]]],
                  [[[20,0],[30,0],[30,10],[20,0]]]]}}
                """;
        FeatureLayer layer = reader.read(write("m.geojson", json), ReadOptions.DEFAULTS);
        Geometry g = layer.features().get(0).geometry();
        assertEquals("MultiPolygon", g.getGeometryType());
        assertEquals(100 - 4 + 50, g.getArea(), 1e-9);
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            '{"type":"Topology"}',                                                    importer.geojson.notGeoJson,         'x.geojson: not a GeoJSON'
            '[1,2]',                                                                  importer.geojson.notGeoJson,         'x.geojson: not a GeoJSON'
            '{"type":"FeatureCollection","features":[3]}',                            importer.geojson.badFeature,         'x.geojson, feature 1:'
            '{"type":"FeatureCollection","features":[{"type":"Feature","properties":[1],"geometry":null}]}', importer.geojson.badProperties, 'x.geojson, feature 1, field properties'
            '{"type":"FeatureCollection","features":[{"type":"Feature","properties":{},"geometry":{"type":"LineString","coordinates":[[0,0],[1,1]]}}]}', importer.geojson.unsupportedGeometry, 'x.geojson, feature 1, field geometry'
            '{"type":"FeatureCollection","features":[{"type":"Feature","properties":{},"geometry":null},{"type":"Feature","properties":{},"geometry":{"type":"Point","coordinates":["121",30]}}]}', importer.geojson.badCoordinates, 'x.geojson, feature 2, field geometry: coordinates'
            '{"type":"FeatureCollection","features":[{"type":"Feature","properties":{},"geometry":{"type":"Polygon","coordinates":[[[0,0],[1,1],[0,0]]]}}]}', importer.geojson.shortRing, 'x.geojson, feature 1, field geometry: the ring coordinates[0]'
            '{"type":"FeatureCollection","features":[{"type":"Feature",',            importer.json.syntax,                'x.geojson: not valid JSON'
            """)
    void malformedFilesNameFileFeatureAndField(String json, String key, String start) throws IOException {
        Path f = write("x.geojson", json);
        PlannerException e = assertThrows(PlannerException.class, () -> reader.read(f, ReadOptions.DEFAULTS));
        assertEquals(key, e.key(), e.getMessage());
        assertTrue(e.getMessage().startsWith(start), e.getMessage());
    }

    @Test
    void acceptsGeoJsonAndJsonExtensions() {
        assertTrue(reader.accepts(Path.of("a/V.GeoJSON")));
        assertTrue(reader.accepts(Path.of("v.json")));
        assertEquals(false, reader.accepts(Path.of("v.shp")));
    }
}
