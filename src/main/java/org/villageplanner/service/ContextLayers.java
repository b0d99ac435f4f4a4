package org.villageplanner.service;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;

/**
 * Context layers shipped with the app (the county outline in {@code maps/}), as polygons in EPSG:4326. The file is
 * read through the {@link FeatureReader} port (the importer's GeoJSON reader), the one GeoJSON reader of the app:
 * the map, the plan PDF and the bundled samples read the outline the same way. Only Polygon and MultiPolygon
 * geometries are taken; properties are ignored.
 */
public final class ContextLayers {
    /** Where the 慈溪 outline lives, relative to a root of {@link AppPaths}. */
    public static final Path COUNTY_OUTLINE = Path.of(AppPaths.MAPS, AppPaths.OUTLINE_FILE);

    private static final GeometryFactory FACTORY = new GeometryFactory();
    private final AppPaths paths;
    private final FeatureReader reader;

    /** @param reader reads the GeoJSON file (the importer's {@code GeoJsonReader}, wired by {@code Main}) */
    public ContextLayers(AppPaths paths, FeatureReader reader) {
        this.paths = Objects.requireNonNull(paths);
        this.reader = Objects.requireNonNull(reader);
    }

    /**
     * The county outline from {@code maps/} in the working directory or next to the jar, else the copy packed into
     * the jar; empty when neither exists.
     */
    public Optional<Geometry> countyOutline() {
        Optional<Path> file = paths.find(COUNTY_OUTLINE).filter(Files::isRegularFile)
                .or(() -> Optional.ofNullable(paths.mapsOrBundled()).map(d -> d.resolve(AppPaths.OUTLINE_FILE))
                        .filter(Files::isRegularFile));
        return file.map(this::readPolygons);
    }

    /**
     * All polygons of a GeoJSON FeatureCollection or Feature, merged into one MultiPolygon.
     *
     * @throws org.villageplanner.domain.PlannerException naming the file, the feature and the coordinate path when
     *         it is not readable GeoJSON
     */
    public MultiPolygon readPolygons(Path file) {
        return polygons(reader.read(file, ReadOptions.DEFAULTS));
    }

    /** The Polygon and MultiPolygon parts of a layer's features, in file order, as one MultiPolygon. */
    public static MultiPolygon polygons(FeatureLayer layer) {
        List<Polygon> out = new ArrayList<>();
        for (Feature f : layer.features()) {
            Geometry g = f.geometry();
            for (int i = 0; g != null && i < g.getNumGeometries(); i++) {
                if (g.getGeometryN(i) instanceof Polygon p) {
                    out.add(p);
                }
            }
        }
        return FACTORY.createMultiPolygon(out.toArray(Polygon[]::new));
    }
}
