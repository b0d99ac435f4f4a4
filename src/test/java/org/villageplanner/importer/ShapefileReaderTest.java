package org.villageplanner.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Geometry;
import org.villageplanner.domain.Messages;
import org.villageplanner.domain.PlannerException;
import org.villageplanner.domain.Village;
import org.villageplanner.service.Feature;
import org.villageplanner.service.FeatureLayer;
import org.villageplanner.service.ReadOptions;
import org.villageplanner.service.VillageConverter;

/** Against Shapefiles written by GDAL's ogr2ogr from a GeoJSON made here. */
class ShapefileReaderTest {
    static final String VILLAGES = """
            {"type":"FeatureCollection","features":[
            {"type":"Feature","properties":{"code":"330282123215","村名":"徐福村村民委员会","乡镇":"龙山镇",
              "人口":2100,"operating_income":2500000.5,"mountain":1},
             "geometry":{"type":"Polygon","coordinates":[[[121.30,30.20],[121.32,30.20],[121.32,30.22],
               [121.30,30.22],[121.30,30.20]],[[121.305,30.205],[121.305,30.21],[121.31,30.21],[121.31,30.205],
               [121.305,30.205]]]}},
            {"type":"Feature","properties":{"code":"330282123211","村名":"田央村","乡镇":"龙山镇","人口":900,
              "operating_income":300000,"mountain":0},
             "geometry":{"type":"MultiPolygon","coordinates":[[[[121.32,30.20],[121.34,30.20],[121.34,30.22],
               [121.32,30.22],[121.32,30.20]]],[[[121.35,30.20],[121.36,30.20],[121.36,30.21],[121.35,30.20]]]]}},
            {"type":"Feature","properties":{"code":"330282123217","村名":"筋竹村","乡镇":null,"人口":null,
              "operating_income":null,"mountain":null},"geometry":null}
            ]}
            """;
    @TempDir
    Path dir;
    private final ShapefileReader reader = new ShapefileReader();
    private final GeoJsonReader geojson = new GeoJsonReader();

    @BeforeEach
    void english() {
        Messages.setLocale(Messages.ENGLISH);
    }

    private Path source() throws IOException {
        Path src = dir.resolve("villages.geojson");
        Files.writeString(src, VILLAGES, StandardCharsets.UTF_8);
        return src;
    }

    /** ogr2ogr → Shapefile in {@code epsg} with {@code encoding}; returns the .shp. */
    private Path shapefile(String encoding, int epsg) throws IOException {
        Gdal.assumeAvailable();
        Path out = dir.resolve("shp_" + encoding + "_" + epsg);
        Files.createDirectories(out);
        Path shp = out.resolve("villages.shp");
        Gdal.ogr2ogr("ESRI Shapefile", shp, source(), "-lco", "ENCODING=" + encoding, "-t_srs", "EPSG:" + epsg,
                "-nlt", "PROMOTE_TO_MULTI");
        return shp;
    }

    @Test
    void readsGbkChineseAttributesAndCgcs2000GaussKrugerGeometryAsGdalWroteThem() throws IOException {
        Path shp = shapefile("GBK", 4549);
        FeatureLayer layer = reader.read(shp, ReadOptions.DEFAULTS);
        assertEquals("EPSG:4549", layer.crs());
        assertEquals(List.of("code", "村名", "乡镇", "人口", "operating_", "mountain"), layer.columns());
        Feature f = layer.features().get(0);
        assertEquals("徐福村村民委员会", f.attributes().get("村名"));
        assertEquals(2100L, f.attributes().get("人口"));
        assertEquals(2500000.5, f.attributes().get("operating_"));
        assertNull(layer.features().get(2).attributes().get("人口"));
        assertNull(layer.features().get(2).geometry());
        // GDAL's own reading of the same file is the reference for the geometry.
        Path back = dir.resolve("back.geojson");
        Gdal.ogr2ogr("GeoJSON", back, shp);
        FeatureLayer reference = geojson.read(back, ReadOptions.DEFAULTS);
        for (int i = 0; i < 2; i++) {
            Geometry ours = layer.features().get(i).geometry();
            Geometry gdal = reference.features().get(i).geometry();
            assertTrue(ours.equalsExact(gdal, 1e-6), ours + " vs " + gdal);
        }
        assertEquals(1, ((org.locationtech.jts.geom.Polygon) layer.features().get(0).geometry().getGeometryN(0))
                .getNumInteriorRing());
        assertEquals(2, layer.features().get(1).geometry().getNumGeometries());
    }

    @Test
    void importsTheShapefileIntoVillagesInWgs84() throws IOException {
        Path shp = shapefile("GBK", 4527);
        VillageConverter.Merge m = new VillageMapper().merge(reader.read(shp, ReadOptions.DEFAULTS), Map.of(), null,
                List.of());
        Village v = m.villages().get(0);
        assertEquals("徐福村", v.name());
        assertEquals("龙山镇", v.town());
        assertEquals(2_500_000.5, v.operatingIncome());
        assertTrue(v.mountain());
        Geometry original = geojson.read(source(), ReadOptions.DEFAULTS).features().get(0).geometry();
        assertEquals(original.getArea(), v.geometry().getArea(), 1e-9);
        assertEquals(original.getEnvelopeInternal().getMinX(), v.geometry().getEnvelopeInternal().getMinX(), 1e-7);
    }

    @Test
    void utf8CpgIsHonouredAndGbkIsTheDefaultWithoutOne() throws IOException {
        Path utf8 = shapefile("UTF-8", 4490);
        assertEquals("UTF-8", Files.readString(utf8.resolveSibling("villages.cpg")).strip());
        assertEquals("田央村", reader.read(utf8, ReadOptions.DEFAULTS).features().get(1).attributes().get("村名"));
        Path gbk = shapefile("GBK", 4490);
        Files.delete(gbk.resolveSibling("villages.cpg"));
        assertEquals("田央村", reader.read(gbk, ReadOptions.DEFAULTS).features().get(1).attributes().get("村名"));
    }

    @Test
    void gbkReadAsUtf8IsAnErrorSuggestingEncoding() throws IOException {
        Path gbk = shapefile("GBK", 4490);
        PlannerException e = assertThrows(PlannerException.class,
                () -> reader.read(gbk, new ReadOptions(null, StandardCharsets.UTF_8, null)));
        // GDAL writes the Chinese column names in GBK too, so the header is where it shows first.
        assertEquals("importer.dbf.badHeaderText", e.key());
        assertTrue(e.getMessage().startsWith("villages.dbf, header, column names"), e.getMessage());
        assertTrue(e.getMessage().contains("--encoding"));
    }

    @Test
    void readsAZippedShapefileWithoutExtractingIt() throws IOException {
        Path shp = shapefile("GBK", 4549);
        Path zip = dir.resolve("villages.zip");
        try (OutputStream os = Files.newOutputStream(zip); ZipOutputStream z = new ZipOutputStream(os)) {
            for (String ext : new String[] {"shp", "shx", "dbf", "cpg", "prj"}) {
                z.putNextEntry(new ZipEntry("data/villages." + ext));
                z.write(Files.readAllBytes(shp.resolveSibling("villages." + ext)));
                z.closeEntry();
            }
        }
        assertEquals(List.of("data/villages"), reader.layers(zip));
        FeatureLayer layer = reader.read(zip, ReadOptions.DEFAULTS);
        assertEquals("EPSG:4549", layer.crs());
        assertEquals("筋竹村", layer.features().get(2).attributes().get("村名"));
    }

    @Test
    void zipEntryClimbingOutOfTheArchiveIsRefused() throws IOException {
        Path zip = dir.resolve("evil.zip");
        try (OutputStream os = Files.newOutputStream(zip); ZipOutputStream z = new ZipOutputStream(os)) {
            z.putNextEntry(new ZipEntry("../../etc/villages.shp"));
            z.write(new byte[] {1, 2, 3});
            z.closeEntry();
        }
        PlannerException e = assertThrows(PlannerException.class, () -> reader.read(zip, ReadOptions.DEFAULTS));
        assertEquals("importer.zip.unsafeEntry", e.key());
    }

    @Test
    void pointShapefileIsRead() throws IOException {
        Gdal.assumeAvailable();
        Path src = dir.resolve("pts.geojson");
        Files.writeString(src, "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"properties\":"
                + "{\"code\":\"1\"},\"geometry\":{\"type\":\"Point\",\"coordinates\":[121.3,30.2]}}]}");
        Path shp = dir.resolve("pts.shp");
        Gdal.ogr2ogr("ESRI Shapefile", shp, src);
        Geometry g = reader.read(shp, ReadOptions.DEFAULTS).features().get(0).geometry();
        assertEquals("Point", g.getGeometryType());
        assertEquals(121.3, g.getCoordinate().x);
    }

    @Test
    void cpgNamesAreMappedToCharsets() {
        assertEquals("GBK", ShapefileReader.charset("936", "x.cpg").name());
        assertEquals("GBK", ShapefileReader.charset("ANSI 936", "x.cpg").name());
        assertEquals("UTF-8", ShapefileReader.charset("65001", "x.cpg").name());
        assertEquals("GBK", ShapefileReader.charset(null, "x.cpg").name());
        assertEquals("importer.shp.unknownEncoding", assertThrows(PlannerException.class,
                () -> ShapefileReader.charset("KLINGON", "x.cpg")).key());
    }
}
