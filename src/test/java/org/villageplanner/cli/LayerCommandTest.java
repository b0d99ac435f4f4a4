package org.villageplanner.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.villageplanner.store.OgrInfo;

/** {@code layer add|list|remove} on a real project file, checked with GDAL. */
class LayerCommandTest {
    static final String RIVER = """
            {"type":"FeatureCollection","features":[{"type":"Feature","properties":{"名称":"龙山江","等级":2},
             "geometry":{"type":"LineString","coordinates":[[121.51,30.05],[121.505,30.12],[121.51,30.20]]}}]}""";
    static final String ROADS = """
            {"type":"FeatureCollection","features":[
             {"type":"Feature","properties":{"名称":"国道228","lanes":4},
              "geometry":{"type":"LineString","coordinates":[[121.44,30.10],[121.58,30.15]]}},
             {"type":"Feature","properties":{"名称":"沈海高速","lanes":6},
              "geometry":{"type":"MultiLineString","coordinates":[[[121.45,30.07],[121.57,30.07]]]}}]}""";

    static Path project(Path dir) throws Exception {
        Path p = dir.resolve("龙山.gpkg");
        Files.copy(Path.of("samples/longshan.gpkg"), p);
        return p;
    }

    static Path write(Path dir, String name, String text) throws Exception {
        Path f = dir.resolve(name);
        Files.writeString(f, text, StandardCharsets.UTF_8);
        return f;
    }

    static String sh(String... cmd) throws Exception {
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), String.join(" ", cmd) + ": " + out);
        return out;
    }

    @Test
    void layersFromGeoJsonAndAGbkShapefileBecomeOrdinaryGeoPackageLayersWithQgisStyles(@TempDir Path dir)
            throws Exception {
        Path gpkg = project(dir);
        Path river = write(dir, "river.geojson", RIVER);
        Path roadsJson = write(dir, "roads.geojson", ROADS);
        Path shp = dir.resolve("roads.shp");
        sh("ogr2ogr", "-f", "ESRI Shapefile", "-lco", "ENCODING=GBK", shp.toString(), roadsJson.toString());
        assertTrue(Files.readString(dir.resolve("roads.cpg")).contains("936")
                || Files.readString(dir.resolve("roads.cpg")).toUpperCase().contains("GBK"));

        CliRun add = CliRun.of("layer", "add", gpkg.toString(), river.toString(), "--name", "龙山江", "--barrier",
                "--label", "名称", "--lang", "en");
        assertEquals(0, add.exit(), add.err());
        assertTrue(add.out().contains("龙山江") && add.out().contains("barrier"), add.out());
        CliRun roads = CliRun.of("layer", "add", gpkg.toString(), shp.toString(), "--name", "道路",
                "--color", "#aa3333", "--width", "1.2");
        assertEquals(0, roads.exit(), roads.err());

        String layers = OgrInfo.run(gpkg, "-ro", "-q").out();
        assertTrue(layers.contains("龙山江 (Line String)"), layers);
        assertTrue(layers.contains("道路 (Line String)"), layers);
        assertTrue(layers.contains("villages (Multi Polygon)"), "our own layers are still there: " + layers);
        String features = OgrInfo.layer(gpkg, "道路", "-ro", "-al", "-q").out();
        assertTrue(features.contains("沈海高速"), "GBK text decoded via .cpg: " + features);
        assertTrue(features.contains("LINESTRING (121.45 30.07,121.57 30.07)"), features);

        String styles = OgrInfo.run(gpkg, "-ro", "-q", "-sql",
                "SELECT f_table_name, useAsDefault, styleSLD, styleQML FROM layer_styles ORDER BY f_table_name").out();
        assertTrue(styles.contains("f_table_name (String) = 道路"), styles);
        assertTrue(styles.contains("<CssParameter name=\"stroke\">#aa3333</CssParameter>"), styles);
        assertTrue(styles.contains("<ogc:PropertyName>名称</ogc:PropertyName>"), "label field in the SLD: " + styles);
        assertTrue(styles.contains("renderer-v2 type=\"singleSymbol\""), "QML for QGIS: " + styles);

        JsonNode list = new ObjectMapper().readTree(CliRun.of("layer", "list", gpkg.toString(), "--json").out());
        assertEquals(2, list.path("layers").size());
        assertEquals("龙山江", list.path("layers").get(0).path("name").asText());
        assertTrue(list.path("layers").get(0).path("barrier").asBoolean());
        assertEquals("名称", list.path("layers").get(0).path("style").path("labelField").asText());
        assertEquals(2, list.path("layers").get(1).path("features").asInt());
        assertFalse(list.path("layers").get(1).path("barrier").asBoolean());
        assertTrue(list.path("basemap").isNull());

        Path validator = Path.of("/usr/lib/python3/dist-packages/osgeo_utils/samples/validate_gpkg.py");
        if (Files.exists(validator)) { // GDAL's GeoPackage validator (python3-gdal): silent and exit 0 when valid
            assertEquals("", sh("python3", validator.toString(), gpkg.toString()).strip());
        }

        CliRun remove = CliRun.of("layer", "remove", gpkg.toString(), "道路");
        assertEquals(0, remove.exit(), remove.err());
        String after = OgrInfo.run(gpkg, "-ro", "-q").out();
        assertFalse(after.contains("道路"), after);
        assertTrue(after.contains("龙山江"), after);
        assertEquals(1, CliRun.of("layer", "remove", gpkg.toString(), "道路").exit(), "gone already");
    }

    @Test
    void badInputIsRefusedNamingTheFileAndLeavesTheProjectByteForByte(@TempDir Path dir) throws Exception {
        Path gpkg = project(dir);
        Path river = write(dir, "river.geojson", RIVER);
        assertEquals(0, CliRun.of("layer", "add", gpkg.toString(), river.toString(), "--name", "河").exit());
        byte[] before = Files.readAllBytes(gpkg);
        Path empty = write(dir, "empty.geojson", "{\"type\":\"FeatureCollection\",\"features\":[]}");
        Path damaged = write(dir, "damaged.geojson", RIVER.substring(0, 60));
        Path projected = write(dir, "projected.geojson", RIVER.replace("121.5", "500000.5").replace("30.", "3300000."));
        List<List<String>> cases = List.of(
                List.of(river.toString(), "--name", "unknown", "--crs", "EPSG:9999", "river.geojson"),
                List.of(empty.toString(), "--name", "empty", "empty.geojson"),
                List.of(damaged.toString(), "--name", "damaged", "damaged.geojson"),
                List.of(projected.toString(), "--name", "projected", "projected.geojson"),
                List.of(river.toString(), "--name", "villages", "villages"),
                List.of(river.toString(), "--name", "河", "河"),
                List.of(dir.resolve("missing.shp").toString(), "--name", "m", "missing.shp"));
        for (List<String> c : cases) {
            List<String> args = new java.util.ArrayList<>(List.of("layer", "add", gpkg.toString()));
            args.addAll(c.subList(0, c.size() - 1));
            args.addAll(List.of("--lang", "en"));
            CliRun r = CliRun.of(args.toArray(String[]::new));
            String expected = c.get(c.size() - 1);
            assertEquals(1, r.exit(), c + ": " + r.out() + r.err());
            assertTrue(r.err().contains(expected), c + " names " + expected + ": " + r.err());
            assertFalse(r.err().contains("Exception"), "no stack trace: " + r.err());
            assertArrayEquals(before, Files.readAllBytes(gpkg), "project untouched after " + c);
        }
    }

    @Test
    void aRiverBarrierSplitsAClusterUntilABridgeIsSavedWithTheScenarioAndSavesKeepTheLayers(@TempDir Path dir)
            throws Exception {
        Path gpkg = project(dir);
        Path river = write(dir, "river.geojson", RIVER);
        assertEquals(0, CliRun.of("layer", "add", gpkg.toString(), river.toString(), "--name", "龙山江",
                "--barrier").exit());
        CliRun v = CliRun.of("validate", gpkg.toString(), "--scenario", "方案A", "--lang", "en");
        assertEquals(1, v.exit(), v.out());
        assertTrue(v.out().contains("barrier 龙山江") && v.out().contains("contiguity"), v.out());
        CliRun plain = CliRun.of("validate", "samples/longshan.gpkg", "--scenario", "方案A");
        assertEquals(0, plain.exit(), "the same plan is valid without the barrier: " + plain.out());
        // The gate of the commands that compute on a plan sees the barrier too (CLI.md: ERROR findings refused).
        CliRun refused = CliRun.of("simulate", gpkg.toString(), "--scenario", "方案A", "--lang", "en");
        assertEquals(1, refused.exit(), refused.out());
        assertTrue(refused.err().contains("barrier 龙山江") && refused.err().contains("--allow-invalid"),
                refused.err());
        assertEquals(0, CliRun.of("simulate", gpkg.toString(), "--scenario", "方案A", "--allow-invalid").exit());

        Path json = dir.resolve("a.json");
        assertEquals(0, CliRun.of("scenario", "export", gpkg.toString(), "方案A", "--out", json.toString()).exit());
        ObjectMapper m = new ObjectMapper();
        var doc = (com.fasterxml.jackson.databind.node.ObjectNode) m.readTree(json.toFile());
        for (JsonNode c : doc.path("clusters")) {
            if (c.path("id").asText().equals("songpu")) {
                ((com.fasterxml.jackson.databind.node.ObjectNode) c).putArray("bridges").add("龙山江");
            }
        }
        m.writeValue(json.toFile(), doc);
        CliRun imported = CliRun.of("scenario", "import", gpkg.toString(), json.toString(), "--replace");
        assertEquals(0, imported.exit(), imported.err());
        CliRun bridged = CliRun.of("validate", gpkg.toString(), "--scenario", "方案A", "--json");
        assertEquals(0, bridged.exit(), bridged.out());
        assertEquals(0, CliRun.of("simulate", gpkg.toString(), "--scenario", "方案A").exit(), "bridged: computed");
        assertTrue(CliRun.of("layer", "list", gpkg.toString()).out().contains("龙山江"), "the save kept the layer");
        assertTrue(OgrInfo.run(gpkg, "-ro", "-q").out().contains("龙山江"));
        Path again = dir.resolve("b.json");
        assertEquals(0, CliRun.of("scenario", "export", gpkg.toString(), "方案A", "--out", again.toString()).exit());
        assertTrue(Files.readString(again).contains("\"bridges\""), "the bridge is saved with the scenario");

        doc.withArray("clusters").forEach(c -> ((com.fasterxml.jackson.databind.node.ObjectNode) c).remove("bridges"));
        JsonNode suggestion = m.readTree(CliRun.of("suggest", gpkg.toString(), "--type", "COMPLEMENTARY",
                "--save-as", "建议", "--json").out());
        assertTrue(suggestion.path("clusters").size() > 0);
        CliRun check = CliRun.of("validate", gpkg.toString(), "--scenario", "建议", "--json");
        assertFalse(check.out().contains("CONTIGUITY") || check.out().contains("contiguity"),
                "suggested clusters never reach across the river: " + check.out());
    }
}
