package org.villageplanner.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
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
    /** Where the 慈溪 outline lives, relative to a root of {@link AppPaths}. */
    public static final Path COUNTY_OUTLINE = Path.of(AppPaths.MAPS, AppPaths.OUTLINE_FILE);

    private static final GeometryFactory FACTORY = new GeometryFactory();
    private final AppPaths paths;

    public ContextLayers() {
        this(AppPaths.standard());
    }

    public ContextLayers(AppPaths paths) {
        this.paths = paths;
    }

    /**
     * The county outline from {@code maps/} in the working directory or next to the jar, else the copy packed into
     * the jar; empty when neither exists.
     */
    public Optional<Geometry> countyOutline() {
        Optional<Path> file = paths.find(COUNTY_OUTLINE).filter(Files::isRegularFile);
        if (file.isPresent()) {
            return Optional.of(readPolygons(file.get()));
        }
        try (InputStream in = ContextLayers.class.getResourceAsStream(AppPaths.BUNDLED_OUTLINE)) {
            return in == null ? Optional.empty() : Optional.of(polygons(new ObjectMapper().readTree(in)));
        } catch (IOException | RuntimeException e) {
            throw new PlannerException(e, "service.context.unreadable", AppPaths.BUNDLED_OUTLINE, e.getMessage());
        }
    }

    /**
     * All polygons of a GeoJSON FeatureCollection, Feature or bare geometry, merged into one geometry.
     *
     * @throws PlannerException naming the file when it is not readable GeoJSON
     */
    public Geometry readPolygons(Path file) {
        try {
            return polygons(new ObjectMapper().readTree(file.toFile()));
        } catch (IOException | RuntimeException e) {
            throw new PlannerException(e, "service.context.unreadable", file, e.getMessage());
        }
    }

    private static Geometry polygons(JsonNode root) {
        List<Polygon> polygons = new ArrayList<>();
        collect(root, polygons);
        return FACTORY.createMultiPolygon(polygons.toArray(Polygon[]::new));
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
