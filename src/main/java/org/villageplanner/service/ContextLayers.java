package org.villageplanner.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import org.villageplanner.domain.PlannerException;

/**
 * Context layers shipped with the app (the county outline in {@code maps/}), read as plain GeoJSON in
 * EPSG:4326. Only Polygon and MultiPolygon geometries are taken; properties are ignored.
 */
public final class ContextLayers {
    /** Where the 慈溪 outline lives, relative to the working directory. */
    public static final Path COUNTY_OUTLINE = Path.of("maps", "cixi_outline_wgs84.geojson");

    private static final GeometryFactory FACTORY = new GeometryFactory();

    /** The county outline when the file is present next to the working directory, else empty. */
    public Optional<Geometry> countyOutline() {
        Path file = COUNTY_OUTLINE;
        if (!Files.isRegularFile(file)) {
            String repo = System.getProperty("planner.repo");
            file = repo == null ? file : Path.of(repo).resolve(COUNTY_OUTLINE);
        }
        return Files.isRegularFile(file) ? Optional.of(readPolygons(file)) : Optional.empty();
    }

    /**
     * All polygons of a GeoJSON FeatureCollection, Feature or bare geometry, merged into one geometry.
     *
     * @throws PlannerException naming the file when it is not readable GeoJSON
     */
    public Geometry readPolygons(Path file) {
        try {
            JsonNode root = new ObjectMapper().readTree(file.toFile());
            List<Polygon> polygons = new ArrayList<>();
            collect(root, polygons);
            return FACTORY.createMultiPolygon(polygons.toArray(Polygon[]::new));
        } catch (IOException | RuntimeException e) {
            throw new PlannerException(e, "service.context.unreadable", file, e.getMessage());
        }
    }

    private static void collect(JsonNode node, List<Polygon> out) {
        String type = node.path("type").asText();
        switch (type) {
            case "FeatureCollection" -> node.path("features").forEach(f -> collect(f, out));
            case "Feature" -> collect(node.path("geometry"), out);
            case "Polygon" -> out.add(polygon(node.path("coordinates")));
            case "MultiPolygon" -> node.path("coordinates").forEach(p -> out.add(polygon(p)));
            default -> { }
        }
    }

    private static Polygon polygon(JsonNode rings) {
        LinearRing shell = ring(rings.get(0));
        LinearRing[] holes = new LinearRing[rings.size() - 1];
        for (int i = 1; i < rings.size(); i++) {
            holes[i - 1] = ring(rings.get(i));
        }
        return FACTORY.createPolygon(shell, holes);
    }

    private static LinearRing ring(JsonNode coords) {
        Coordinate[] cs = new Coordinate[coords.size()];
        for (int i = 0; i < cs.length; i++) {
            cs[i] = new Coordinate(coords.get(i).get(0).asDouble(), coords.get(i).get(1).asDouble());
        }
        return FACTORY.createLinearRing(cs);
    }
}
