package org.villageplanner.importer;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.io.TempDir;
import org.villageplanner.service.FeatureLayer;
import org.villageplanner.service.ImportOptions;
import org.villageplanner.service.ImportReport;
import org.villageplanner.service.ImportService;
import org.villageplanner.service.Progress;
import org.villageplanner.service.ReadOptions;
import org.villageplanner.service.VillageConverter;
import org.villageplanner.store.GeoPackageRepository;

/**
 * Times importing a 20,000-polygon Shapefile (GBK DBF, CGCS2000 3° GK CM 120E) that ogr2ogr makes from a generated
 * GeoJSON. Prints figures; asserts nothing about time. Run on demand:
 * {@code PLANNER_BENCH=1 mvn -o -q test -Dtest=ImportBenchmark}.
 */
@Tag("bench")
@EnabledIfEnvironmentVariable(named = "PLANNER_BENCH", matches = "1")
class ImportBenchmark {
    private static final int SIDE = 142;
    private static final int VILLAGES = 20_000;

    @Test
    void import20000PolygonShapefile(@TempDir Path dir) throws IOException {
        Gdal.assumeAvailable();
        Path src = dir.resolve("grid.geojson");
        try (BufferedWriter w = Files.newBufferedWriter(src, StandardCharsets.UTF_8)) {
            w.write("{\"type\":\"FeatureCollection\",\"features\":[\n");
            for (int i = 0; i < VILLAGES; i++) {
                double x = 120.0 + (i % SIDE) * 0.01;
                double y = 29.0 + (i / SIDE) * 0.01;
                StringBuilder ring = new StringBuilder();
                // 24-vertex outlines, closer to real village boundaries than squares.
                for (int k = 0; k <= 24; k++) {
                    double a = 2 * Math.PI * (k % 24) / 24;
                    ring.append(k == 0 ? "" : ",").append(String.format(Locale.ROOT, "[%.6f,%.6f]",
                            x + 0.005 + 0.0045 * Math.cos(a), y + 0.005 + 0.0045 * Math.sin(a)));
                }
                w.write(String.format(Locale.ROOT, "%s{\"type\":\"Feature\",\"properties\":{\"代码\":\"%012d\","
                        + "\"村名\":\"第%d村村民委员会\",\"人口\":%d,\"经营收\":%.2f},\"geometry\":{\"type\":\"Polygon\","
                        + "\"coordinates\":[[%s]]}}\n", i == 0 ? "" : ",", 330_282_000_000L + i, i, 500 + i % 3000,
                        30.0 + i % 500, ring));
            }
            w.write("]}\n");
        }
        Path shp = dir.resolve("grid.shp");
        Gdal.ogr2ogr("ESRI Shapefile", shp, src, "-lco", "ENCODING=GBK", "-t_srs", "EPSG:4549");
        long shpBytes = Files.size(shp) + Files.size(dir.resolve("grid.dbf"));

        for (int round = 1; round <= 3; round++) {
            long t0 = System.nanoTime();
            FeatureLayer layer = new ShapefileReader().read(shp, ReadOptions.DEFAULTS);
            long t1 = System.nanoTime();
            VillageConverter.Merge m = new VillageMapper().merge(layer, Map.of("operating_income_wan", "经营收"), null,
                    List.of());
            long t2 = System.nanoTime();
            Path project = dir.resolve("bench" + round + ".gpkg");
            ImportReport r = new ImportService(List.of(new ShapefileReader()), new VillageMapper(),
                    new GeoPackageRepository()).importFiles(List.of(shp), project,
                    new ImportOptions(null, null, null, Map.of("operating_income_wan", "经营收")), Progress.NONE);
            long t3 = System.nanoTime();
            System.out.printf(Locale.ROOT, "import bench round %d: %d polygons (%.1f MB shp+dbf): read %.0f ms, "
                    + "map+reproject+check %.0f ms, full import incl. GeoPackage write %.0f ms (%d villages)%n",
                    round, layer.features().size(), shpBytes / 1e6, (t1 - t0) / 1e6, (t2 - t1) / 1e6,
                    (t3 - t2) / 1e6, r.villages());
            if (m.villages().size() != VILLAGES) {
                throw new AssertionError(m.villages().size());
            }
        }
    }
}
