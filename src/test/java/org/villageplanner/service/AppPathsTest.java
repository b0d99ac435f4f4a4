package org.villageplanner.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Geometry;
import org.villageplanner.importer.GeoJsonReader;

class AppPathsTest {
    @TempDir
    Path dir;

    /** A checkout with samples/, maps/ and target/planner.jar, and an unrelated working directory. */
    private Path checkout() throws IOException {
        Path checkout = Files.createDirectories(dir.resolve("checkout"));
        Files.createDirectories(checkout.resolve("samples"));
        Files.writeString(checkout.resolve("samples/longshan.gpkg"), "jar's sample");
        Files.createDirectories(checkout.resolve("maps"));
        Files.copy(Path.of("maps", AppPaths.OUTLINE_FILE), checkout.resolve("maps").resolve(AppPaths.OUTLINE_FILE));
        Files.createDirectories(checkout.resolve("target"));
        Files.writeString(checkout.resolve("target/planner.jar"), "");
        return checkout;
    }

    @Test
    void outsideTheCheckoutTheSampleAndMapsAreFoundNextToTheJar() throws IOException {
        Path checkout = checkout();
        Path elsewhere = Files.createDirectories(dir.resolve("tmp"));
        AppPaths paths = new AppPaths(elsewhere, checkout.resolve("target/planner.jar"));
        assertEquals(List.of(elsewhere, checkout.resolve("target"), checkout), paths.roots());
        assertEquals(checkout.resolve("samples/longshan.gpkg"), paths.sample("longshan.gpkg"));
        assertEquals(Optional.of(checkout.resolve("maps")), paths.maps());
        assertEquals(checkout.resolve("maps"), paths.mapsOrBundled());
        assertFalse(new ContextLayers(paths, new GeoJsonReader()).countyOutline().orElseThrow().isEmpty());
    }

    @Test
    void theWorkingDirectoryComesFirst() throws IOException {
        Path checkout = checkout();
        Path work = Files.createDirectories(dir.resolve("work/samples"));
        Files.writeString(work.resolve("longshan.gpkg"), "my own");
        AppPaths paths = new AppPaths(work.getParent(), checkout.resolve("target/planner.jar"));
        assertEquals(work.resolve("longshan.gpkg"), paths.sample("longshan.gpkg"));
        assertEquals(Optional.of(checkout.resolve("maps")), paths.maps(), "maps/ still comes from the checkout");
    }

    @Test
    void runningFromTargetClassesFindsTheCheckoutToo() throws IOException {
        Path checkout = checkout();
        Path classes = Files.createDirectories(checkout.resolve("target/classes"));
        AppPaths paths = new AppPaths(dir, classes);
        assertEquals(checkout.resolve("samples/longshan.gpkg"), paths.sample("longshan.gpkg"));
    }

    @Test
    void whenNothingIsFoundTheSampleIsNamedInTheWorkingDirectoryAndTheOutlineComesFromTheJar() throws IOException {
        Path empty = Files.createDirectories(dir.resolve("empty"));
        AppPaths paths = new AppPaths(empty, null);
        assertEquals(empty.resolve("samples/longshan.gpkg"), paths.sample("longshan.gpkg"));
        assertEquals(Optional.empty(), paths.maps());
        Path bundled = paths.mapsOrBundled();
        assertNotNull(bundled, "the outline is packed into the jar");
        assertTrue(Files.isRegularFile(bundled.resolve(AppPaths.OUTLINE_FILE)));
        Geometry outline = new ContextLayers(paths, new GeoJsonReader()).countyOutline().orElseThrow();
        assertEquals(new ContextLayers(paths, new GeoJsonReader()).readPolygons(Path.of("maps", AppPaths.OUTLINE_FILE)), outline);
    }
}
