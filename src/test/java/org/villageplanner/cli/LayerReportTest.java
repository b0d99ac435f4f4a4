package org.villageplanner.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The plan PDF shows the basemap and the reference layers with a legend entry each and the attribution. */
class LayerReportTest {
    @Test
    void planMapsCarryTheBasemapImageTheLayersInTheLegendAndTheAttribution(@TempDir Path dir) throws Exception {
        Path gpkg = LayerCommandTest.project(dir);
        Path roads = LayerCommandTest.write(dir, "roads.geojson", LayerCommandTest.ROADS);
        assertEquals(0, CliRun.of("layer", "add", gpkg.toString(), roads.toString(), "--name", "主要道路").exit());
        Path tiles = BasemapCommandTest.mbtiles(BasemapCommandTest.raster(dir, "底图瓦片", 121.43, 30.20, 0.16));
        assertEquals(0, CliRun.of("basemap", "set", gpkg.toString(), tiles.toString()).exit());

        Path pdf = dir.resolve("plan.pdf");
        CliRun r = CliRun.of("report", gpkg.toString(), "--scenario", "方案A", "--out", pdf.toString());
        assertEquals(0, r.exit(), r.err());
        String text = LayerCommandTest.sh("pdftotext", "-layout", pdf.toString(), "-");
        assertTrue(text.contains("主要道路"), "legend entry of the layer");
        assertTrue(text.contains("底图：底图瓦片.mbtiles"), "the attribution (file name when the tiles name none)");
        String images = LayerCommandTest.sh("pdfimages", "-list", pdf.toString());
        long jpegs = images.lines().filter(l -> l.contains(" jpeg ")).count();
        assertTrue(jpegs >= 6, "a basemap image on the overview and each cluster map: " + images);
        assertTrue(Files.size(pdf) < 3_000_000, "small file: " + Files.size(pdf));

        Path plain = dir.resolve("plain.pdf");
        assertEquals(0, CliRun.of("report", "samples/longshan.gpkg", "--scenario", "方案A", "--out",
                plain.toString()).exit());
        String plainText = LayerCommandTest.sh("pdftotext", "-layout", plain.toString(), "-");
        assertTrue(!plainText.contains("底图"), "no basemap line without a basemap");
    }
    @Test
    void theChecksNameTheBarrierAndTheMapsCarryTheLayersLabels(@TempDir Path dir) throws Exception {
        Path gpkg = LayerCommandTest.project(dir);
        Path river = LayerCommandTest.write(dir, "river.geojson", LayerCommandTest.RIVER);
        Path roads = LayerCommandTest.write(dir, "roads.geojson", LayerCommandTest.ROADS);
        assertEquals(0, CliRun.of("layer", "add", gpkg.toString(), river.toString(), "--name", "龙山江", "--barrier")
                .exit());
        assertEquals(0, CliRun.of("layer", "add", gpkg.toString(), roads.toString(), "--name", "主要道路", "--label",
                "名称").exit());
        Path pdf = dir.resolve("plan.pdf");
        CliRun refused = CliRun.of("report", gpkg.toString(), "--scenario", "方案A", "--out", pdf.toString());
        assertEquals(1, refused.exit(), "the river splits a cluster: an ERROR finding");
        assertTrue(refused.err().contains("龙山江") && !Files.exists(pdf), refused.err());
        CliRun r = CliRun.of("report", gpkg.toString(), "--scenario", "方案A", "--out", pdf.toString(),
                "--allow-invalid");
        assertEquals(0, r.exit(), r.err());
        String text = LayerCommandTest.sh("pdftotext", pdf.toString(), "-").replaceAll("\\s+", "");
        assertTrue(text.contains("障碍“龙山江”"), "the rule check names the barrier that splits a cluster");
        assertTrue(text.contains("国道228") && text.contains("沈海高速"), "the roads' labels are on the maps");
    }
}
