package org.villageplanner.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.villageplanner.domain.Messages;
import org.villageplanner.domain.PlanProject;
import org.villageplanner.domain.Village;
import org.villageplanner.store.GeoPackageRepository;

/**
 * The issue's county, as a statistics office hands it over: a Shapefile made by GDAL in GBK without a .cpg, in
 * EPSG:4490 (CGCS2000), 255 villages with the fields 代码, 村名, 乡镇, 人口, 户数, 总收入, 经营性收入, 集体资产. Every
 * figure of every village is imported, with no warning; and a UTF-8 file read as GBK (text garbled without a decoding
 * error) is said with the encoding to choose, on the command line too.
 */
class CountyShapefileTest {
    private static final int VILLAGES = 255;
    @TempDir
    Path dir;

    @BeforeEach
    void english() {
        Messages.setLocale(Messages.ENGLISH);
    }

    private static boolean ogr2ogr() {
        try {
            return new ProcessBuilder("ogr2ogr", "--version").redirectErrorStream(true).start().waitFor() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static void run(String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), String.join(" ", command) + ": " + out);
    }

    /** The county as a CSV with WKT polygons; its figures are what every village must get. */
    private static String countyCsv() {
        StringBuilder sb = new StringBuilder("WKT,代码,村名,乡镇,人口,户数,总收入,经营性收入,集体资产\n");
        for (int i = 0; i < VILLAGES; i++) {
            double x = 115.0 + (i % 17) * 0.02;
            double y = 28.0 + (i / 17) * 0.02;
            sb.append(String.format("\"POLYGON((%s %s,%s %s,%s %s,%s %s,%s %s))\",", x, y, x + 0.02, y, x + 0.02,
                    y + 0.02, x, y + 0.02, x, y));
            sb.append(code(i)).append(',').append(name(i)).append(",镇").append(i % 7).append(',')
                    .append(1000 + i).append(',').append(300 + i).append(',').append(total(i)).append(',')
                    .append(100_000 + i * 37).append(',').append(15_003_000 + i).append('\n');
        }
        return sb.toString();
    }

    private static String code(int i) {
        return String.format("360121%03d%03d", 100 + i / 20, i);
    }

    /** Names of two, three and four characters, as a county has them. */
    private static String name(int i) {
        return new String[] {"徐福", "东门村", "西门头村"}[i % 3] + i;
    }

    private static double total(int i) {
        return 2_795_000 + i * 1000.5;
    }

    @Test
    void theIssuesCountyShapefileImportsEveryFigure() throws Exception {
        assumeTrue(ogr2ogr(), "ogr2ogr is not installed (apt-get install gdal-bin): county Shapefile test skipped");
        Path csv = dir.resolve("county.csv");
        Files.writeString(csv, countyCsv(), StandardCharsets.UTF_8);
        Path shp = dir.resolve("county.shp");
        run("ogr2ogr", "-f", "ESRI Shapefile", "-lco", "ENCODING=CP936", "-a_srs", "EPSG:4490",
                "-oo", "GEOM_POSSIBLE_NAMES=WKT", "-oo", "KEEP_GEOM_COLUMNS=NO", shp.toString(), csv.toString());
        Files.deleteIfExists(dir.resolve("county.cpg"));
        // The .dbf really is GBK: its first name reads in GBK and not in UTF-8.
        byte[] dbf = Files.readAllBytes(dir.resolve("county.dbf"));
        assertTrue(new String(dbf, Charset.forName("GBK")).contains("徐福0"));
        assertFalse(new String(dbf, StandardCharsets.UTF_8).contains("徐福0"));

        Path out = dir.resolve("county.gpkg");
        CliRun i = CliRun.of("import", shp.toString(), "--out", out.toString(), "--json", "--lang", "en");
        assertEquals(0, i.exit(), i.err());
        assertTrue(i.out().matches("(?s).*\"warnings\"\\s*:\\s*\\[\\s*\\].*"), i.out());
        PlanProject p = new GeoPackageRepository().read(out);
        assertEquals(VILLAGES, p.villages().size());
        Map<String, Village> byCode = new HashMap<>();
        p.villages().forEach(v -> byCode.put(v.code(), v));
        for (int k = 0; k < VILLAGES; k++) {
            Village v = byCode.get(code(k));
            assertNotNull(v, code(k));
            assertEquals(name(k), v.name());
            assertEquals("镇" + (k % 7), v.town());
            assertEquals(1000 + k, v.population());
            assertEquals(300 + k, v.households());
            assertEquals(total(k), v.totalIncome(), 1e-9, "总收入 of " + v.code());
            assertEquals(100_000 + k * 37, v.operatingIncome(), 1e-9);
            assertEquals(15_003_000 + k, v.assets(), 1e-9);
            // CGCS2000 degrees, taken as WGS 84: the polygon is where the file puts it.
            assertEquals(115.0 + (k % 17) * 0.02, v.geometry().getEnvelopeInternal().getMinX(), 1e-9);
        }
    }

    @Test
    void utf8TextReadAsGbkIsSaidOnTheCommandLine() throws Exception {
        Path csv = dir.resolve("utf8.csv");
        Files.writeString(csv, "代码,村名,乡镇,人口\n360121100001,徐福,龙山,100\n360121100002,东门,龙山,200\n",
                StandardCharsets.UTF_8);
        Path out = dir.resolve("u.gpkg");
        CliRun i = CliRun.of("import", csv.toString(), "--out", out.toString(), "--encoding", "GBK", "--json",
                "--lang", "en");
        String garbled = new String("徐福".getBytes(StandardCharsets.UTF_8), Charset.forName("GBK"));
        String all = i.out() + i.err();
        assertTrue(all.contains("read as GBK") && all.contains("--encoding UTF-8") && all.contains(garbled)
                && all.contains("徐福"), all);

        CliRun right = CliRun.of("import", csv.toString(), "--out", dir.resolve("r.gpkg").toString(), "--json",
                "--lang", "en");
        assertEquals(0, right.exit(), right.err());
        assertFalse((right.out() + right.err()).contains("garbled"), right.out());
    }
}
