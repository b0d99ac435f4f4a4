package org.villageplanner.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;
import org.villageplanner.domain.ClusterType;
import org.villageplanner.domain.Cluster;
import org.villageplanner.domain.Scenario;
import org.villageplanner.domain.Strength;
import org.villageplanner.domain.Village;
import org.villageplanner.service.ExportFormat;
import org.villageplanner.service.ExportRow;
import org.villageplanner.service.FeatureLayer;
import org.villageplanner.service.FeatureReader;
import org.villageplanner.service.ReadOptions;
import org.villageplanner.service.VillageExporter;

/** Every export format imports again into equal villages; GDAL reads our Shapefile as we meant it. */
class ExportRoundTripTest {
    @TempDir
    Path dir;

    static List<Village> villages() throws ParseException {
        WKTReader wkt = new WKTReader();
        Geometry holed = wkt.read("POLYGON ((121.3 30.2, 121.32 30.2, 121.32 30.22, 121.3 30.22, 121.3 30.2), "
                + "(121.305 30.205, 121.31 30.205, 121.31 30.21, 121.305 30.21, 121.305 30.205))");
        Geometry multi = wkt.read("MULTIPOLYGON (((121.32 30.2, 121.34 30.2, 121.34 30.22, 121.32 30.2)), "
                + "((121.35 30.2, 121.36 30.2, 121.36 30.21, 121.35 30.2)))");
        return List.of(
                new Village("330282123215", "徐福村", "龙山镇", holed, 2100, 700, 4_500_000.25, 2_500_000, 1e7, 12.5,
                        3, Set.of("tea", "scenic"), true),
                new Village("330282123211", "田央村, \"东\"", "龙山镇", multi, 900, 300, 900_000, 300_000, 0, 0, 0,
                        Set.of(), false),
                Village.of("330282123217", "筋竹村", 800_000, 200_000));
    }

    static List<ExportRow> rows() throws ParseException {
        List<Village> vs = villages();
        Scenario s = Scenario.empty("A").withCluster(Cluster.of("xufu", "徐福片区", ClusterType.STRONG_HELPS_WEAK,
                null, List.of("330282123215", "330282123211")));
        return vs.stream().map(v -> new ExportRow(v, s.clusterOf(v.code()).map(Cluster::id).orElse(null),
                s.clusterOf(v.code()).map(Cluster::name).orElse(null),
                s.assumptions().strengthOf(v))).toList();
    }

    private static Path write(VillageExporter exporter, ExportFormat format, Path out) throws ParseException {
        exporter.write(rows(), format, out);
        return out;
    }

    @ParameterizedTest
    @EnumSource(value = ExportFormat.class, names = {"GEOJSON", "SHP", "CSV", "XLSX"})
    void exportImportsBackIntoEqualVillages(ExportFormat format) throws ParseException {
        Path out;
        FeatureReader reader;
        switch (format) {
            case GEOJSON -> {
                out = write(new GeoJsonExporter(), format, dir.resolve("v.geojson"));
                reader = new GeoJsonReader();
            }
            case SHP -> {
                out = write(new ShapefileWriter(), format, dir.resolve("v.shp"));
                reader = new ShapefileReader();
            }
            case CSV -> {
                out = write(new TableExporter(), format, dir.resolve("v.csv"));
                reader = new CsvReader();
            }
            default -> {
                out = write(new TableExporter(), format, dir.resolve("v.xlsx"));
                reader = new XlsxReader();
            }
        }
        FeatureLayer layer = reader.read(out, ReadOptions.DEFAULTS);
        List<Village> back = new VillageMapper().merge(layer, Map.of(), null, List.of()).villages();
        List<Village> expected = villages();
        boolean geometry = format == ExportFormat.GEOJSON || format == ExportFormat.SHP;
        for (int i = 0; i < expected.size(); i++) {
            Village e = expected.get(i);
            Village b = back.get(i);
            assertEquals(e.withGeometry(null), b.withGeometry(null));
            if (geometry && e.geometry() != null) {
                assertTrue(e.geometry().norm().equalsExact(b.geometry().norm(), 1e-12), b.geometry().toString());
            } else {
                assertNull(b.geometry());
            }
        }
        assertTrue(layer.columns().contains(format == ExportFormat.SHP ? "clus_name" : "cluster_name"));
        assertEquals("xufu", layer.features().get(0).attributes().get("cluster"));
        assertEquals(Strength.STRONG.name(), layer.features().get(0).attributes().get("strength"));
    }

    @Test
    void gdalReadsOurShapefileWithChineseTextAndTheSameGeometry() throws ParseException, IOException {
        Gdal.assumeAvailable();
        Path shp = write(new ShapefileWriter(), ExportFormat.SHP, dir.resolve("村庄.shp"));
        String info = Gdal.run(null, "ogrinfo", "-ro", "-al", "-so", shp.toString());
        assertTrue(info.contains("Geometry: Polygon"), info);
        assertTrue(info.contains("Feature Count: 3"), info);
        assertTrue(info.contains("WGS 84") || info.contains("WGS_1984"), info);
        Path back = dir.resolve("back.geojson");
        Gdal.ogr2ogr("GeoJSON", back, shp);
        FeatureLayer gdal = new GeoJsonReader().read(back, ReadOptions.DEFAULTS);
        assertEquals("徐福村", gdal.features().get(0).attributes().get("name"));
        assertEquals(2500000.0, gdal.features().get(0).attributes().get("oper_inc"));
        assertEquals("田央村, \"东\"", gdal.features().get(1).attributes().get("name"));
        List<Village> vs = villages();
        for (int i = 0; i < 2; i++) {
            assertTrue(vs.get(i).geometry().norm().equalsExact(gdal.features().get(i).geometry().norm(), 1e-12));
        }
        assertNull(gdal.features().get(2).geometry());
    }

    @Test
    void csvStartsWithAByteOrderMarkForExcel() throws ParseException, IOException {
        Path csv = write(new TableExporter(), ExportFormat.CSV, dir.resolve("v.csv"));
        byte[] bytes = Files.readAllBytes(csv);
        assertEquals(0xEF, bytes[0] & 0xFF);
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertTrue(text.contains("330282123215,徐福村,龙山镇,2100,700,4500000.25,2500000,"), text);
    }

    @Test
    void pointOnlyVillagesGiveAPointShapefile() throws ParseException {
        Village p = Village.of("1", "甲村", 0, 0).withGeometry(new WKTReader().read("POINT (121.3 30.2)"));
        Path shp = dir.resolve("p.shp");
        new ShapefileWriter().write(List.of(new ExportRow(p, null, null, Strength.WEAK)), ExportFormat.SHP, shp);
        Geometry g = new ShapefileReader().read(shp, ReadOptions.DEFAULTS).features().get(0).geometry();
        assertEquals("POINT (121.3 30.2)", g.toText());
    }
}
