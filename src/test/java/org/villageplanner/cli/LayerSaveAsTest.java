package org.villageplanner.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.villageplanner.Main;
import org.villageplanner.domain.PlanProject;
import org.villageplanner.service.Services;
import org.villageplanner.store.OgrInfo;

/** Saving a project under a new path takes its reference layers, styles and basemap reference along. */
class LayerSaveAsTest {

    @Test
    void saveAsToANewFileCarriesTheLayersFromTheFileTheProjectCameFrom(@TempDir Path dir) throws Exception {
        Path gpkg = LayerCommandTest.project(dir);
        Path river = LayerCommandTest.write(dir, "river.geojson", LayerCommandTest.RIVER);
        CliRun add = CliRun.of("layer", "add", gpkg.toString(), river.toString(), "--name", "龙山江", "--barrier",
                "--color", "#2255cc");
        assertEquals(0, add.exit(), add.err());

        Services services = Main.services();
        PlanProject p = services.projects().open(gpkg);
        Path copy = dir.resolve("另存为.gpkg");
        services.projects().saveAs(p, gpkg, copy);

        JsonNode list = new ObjectMapper().readTree(CliRun.of("layer", "list", copy.toString(), "--json").out());
        assertEquals(1, list.path("layers").size(), list.toString());
        assertEquals("龙山江", list.path("layers").get(0).path("name").asText());
        assertTrue(list.path("layers").get(0).path("barrier").asBoolean());
        assertEquals(1, list.path("layers").get(0).path("features").asInt());
        String tables = OgrInfo.run(copy, "-ro", "-q").out();
        assertTrue(tables.contains("龙山江 (Line String)"), tables);
        String styles = OgrInfo.run(copy, "-ro", "-q", "-sql", "SELECT styleSLD FROM layer_styles").out();
        assertTrue(styles.contains("#2255cc"), styles);
        assertEquals(1, services.projects().open(copy).barriers().size(), "the barrier is read from the new file");

        // Save As over an existing file with other layers: the new file holds the source's layers, not the old ones.
        Path other = dir.resolve("other.gpkg");
        Files.copy(Path.of("samples/longshan.gpkg"), other);
        Path roads = LayerCommandTest.write(dir, "roads.geojson", LayerCommandTest.ROADS);
        assertEquals(0, CliRun.of("layer", "add", other.toString(), roads.toString(), "--name", "道路").exit());
        services.projects().saveAs(p, gpkg, other);
        String over = OgrInfo.run(other, "-ro", "-q").out();
        assertTrue(over.contains("龙山江") && !over.contains("道路"), over);

        // A plain save still keeps what the file itself holds.
        services.projects().save(p, copy);
        assertEquals(1, services.layers().list(copy).size());
    }
}
