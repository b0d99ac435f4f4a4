package org.villageplanner.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.villageplanner.Main;
import org.villageplanner.service.TileSet;

/** {@code basemap set|clear} with MBTiles and GeoPackage tiles made by GDAL from a generated raster. */
class BasemapCommandTest {
    /** A 200 × 200 byte raster (ASCII grid) from west/north over {@code size} degrees, as a GeoTIFF. */
    static Path raster(Path dir, String name, double west, double north, double size) throws Exception {
        StringBuilder b = new StringBuilder(String.format(Locale.ROOT,
                "ncols 200\nnrows 200\nxllcorner %.6f\nyllcorner %.6f\ncellsize %.8f\n", west, north - size,
                size / 200));
        for (int j = 0; j < 200; j++) {
            for (int i = 0; i < 200; i++) {
                b.append((i * 7 + j * 3) % 255).append(i < 199 ? " " : "\n");
            }
        }
        Path asc = dir.resolve(name + ".asc");
        Files.writeString(asc, b);
        Path tif = dir.resolve(name + ".tif");
        LayerCommandTest.sh("gdal_translate", "-q", "-ot", "Byte", "-a_srs", "EPSG:4326", asc.toString(), tif.toString());
        return tif;
    }

    static Path mbtiles(Path tif) throws Exception {
        Path out = tif.resolveSibling(tif.getFileName().toString().replace(".tif", ".mbtiles"));
        LayerCommandTest.sh("gdal_translate", "-q", "-of", "MBTILES", tif.toString(), out.toString());
        LayerCommandTest.sh("gdaladdo", "-q", out.toString(), "2", "4");
        return out;
    }

    @Test
    void anMbtilesOverTheTownshipIsStoredAndReadBackTileByTile(@TempDir Path dir) throws Exception {
        Path gpkg = LayerCommandTest.project(dir);
        Path tiles = mbtiles(raster(dir, "longshan", 121.43, 30.20, 0.16));
        CliRun set = CliRun.of("basemap", "set", gpkg.toString(), tiles.toString(), "--opacity", "0.5", "--gcj02",
                "--json");
        assertEquals(0, set.exit(), set.err());
        JsonNode b = new ObjectMapper().readTree(set.out());
        assertEquals("longshan.mbtiles", b.path("file").asText(), "stored relative to the project's folder");
        assertEquals("mbtiles", b.path("format").asText());
        assertEquals(0.5, b.path("opacity").asDouble());
        assertTrue(b.path("gcj02").asBoolean());
        JsonNode list = new ObjectMapper().readTree(CliRun.of("layer", "list", gpkg.toString(), "--json").out());
        assertEquals("longshan.mbtiles", list.path("basemap").path("file").asText());

        var services = Main.services();
        var stored = services.basemaps().basemap(gpkg).orElseThrow();
        try (TileSet set2 = services.basemaps().open(gpkg, stored)) {
            int z = set2.maxZoom();
            int x = (int) Math.floor((121.5 + 180) / 360 * (1 << z));
            double r = Math.toRadians(30.12);
            int y = (int) Math.floor((1 - Math.log(Math.tan(r) + 1 / Math.cos(r)) / Math.PI) / 2 * (1 << z));
            byte[] png = set2.tile(z, x, y);
            assertTrue(png != null && png.length > 8 && png[1] == 'P' && png[2] == 'N' && png[3] == 'G',
                    "the XYZ tile over the township is a PNG (TMS row flipped)");
            assertEquals(null, set2.tile(z, x + 40, y), "no tile far east");
        }

        CliRun clear = CliRun.of("basemap", "clear", gpkg.toString());
        assertEquals(0, clear.exit(), clear.err());
        assertTrue(services.basemaps().basemap(gpkg).isEmpty());
    }

    @Test
    void aGeoPackageTilePyramidIsAcceptedToo(@TempDir Path dir) throws Exception {
        Path gpkg = LayerCommandTest.project(dir);
        Path tif = raster(dir, "tiles", 121.43, 30.20, 0.16);
        Path tiles = dir.resolve("底图.gpkg");
        LayerCommandTest.sh("gdal_translate", "-q", "-of", "GPKG", "-co", "TILING_SCHEME=GoogleMapsCompatible",
                tif.toString(), tiles.toString());
        CliRun set = CliRun.of("basemap", "set", gpkg.toString(), tiles.toString(), "--json");
        assertEquals(0, set.exit(), set.err());
        assertEquals("gpkg", new ObjectMapper().readTree(set.out()).path("format").asText());
        assertEquals(0.6, new ObjectMapper().readTree(set.out()).path("opacity").asDouble(), "default opacity");
    }

    @Test
    void tilesElsewhereARasterThatIsNotTilesAndABadOpacityAreRefusedAndTheProjectIsUntouched(@TempDir Path dir)
            throws Exception {
        Path gpkg = LayerCommandTest.project(dir);
        byte[] before = Files.readAllBytes(gpkg);
        Path far = mbtiles(raster(dir, "far", 100.0, 40.0, 0.2));
        Path tif = raster(dir, "plain", 121.43, 30.20, 0.16);
        Path near = mbtiles(raster(dir, "near", 121.43, 30.20, 0.16));
        String[][] cases = {
            {far.toString(), "far.mbtiles", "no tile over the villages"},
            {tif.toString(), "plain.tif", "not a tile set"},
            {gpkg.toString(), "龙山.gpkg", "not a tile set"},
            {dir.resolve("none.mbtiles").toString(), "none.mbtiles", "no such tile file"},
        };
        for (String[] c : cases) {
            CliRun r = CliRun.of("basemap", "set", gpkg.toString(), c[0], "--lang", "en");
            assertEquals(1, r.exit(), c[1] + ": " + r.out());
            assertTrue(r.err().contains(c[1]) && r.err().contains(c[2]), r.err());
            assertArrayEquals(before, Files.readAllBytes(gpkg));
        }
        CliRun opacity = CliRun.of("basemap", "set", gpkg.toString(), near.toString(), "--opacity", "1.5");
        assertEquals(1, opacity.exit(), opacity.out());
        assertArrayEquals(before, Files.readAllBytes(gpkg));
        // Tiles that name no attribution: the summary says so rather than ending in an empty "Attribution:".
        CliRun ok = CliRun.of("basemap", "set", gpkg.toString(), near.toString(), "--lang", "en");
        assertEquals(0, ok.exit(), ok.err());
        assertTrue(ok.out().contains("Attribution: none in the tile file (maps show its file name)"), ok.out());
    }
}
