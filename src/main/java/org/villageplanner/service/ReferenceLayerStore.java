package org.villageplanner.service;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.villageplanner.domain.PlannerException;

/**
 * Port: reference layers and the basemap inside a project file. Implemented in {@code store}. Each write is one
 * SQLite transaction on the project file: on any failure the file is as it was. Errors are
 * {@link PlannerException}s naming the file.
 */
public interface ReferenceLayerStore {
    /**
     * Copies {@code layer} (already in EPSG:4326) into the project as a new feature table named {@code name}.
     *
     * @param source the file it came from, recorded with the layer
     * @throws PlannerException when the name clashes with a table of the project, or the project is not ours
     */
    ReferenceLayer add(Path project, String name, String source, FeatureLayerData layer, LayerStyle style,
                       boolean barrier);

    List<ReferenceLayer> list(Path project);

    /** @throws PlannerException when no layer of that name exists */
    void remove(Path project, String name);

    /** Changes a layer's look and place (style, visibility, order, opacity, barrier flag). */
    void update(Path project, ReferenceLayer layer);

    /** All features of a layer, in EPSG:4326. */
    FeatureLayerData features(Path project, String name);

    void setBasemap(Path project, Basemap basemap);

    void clearBasemap(Path project);

    Optional<Basemap> basemap(Path project);

    /**
     * Features to store: column names in order, their SQL affinity ({@code INTEGER}, {@code REAL}, {@code TEXT},
     * {@code BOOLEAN}), the declared geometry type name and the features.
     */
    record FeatureLayerData(String geometryType, List<String> columns, List<String> columnTypes,
                            List<Feature> features) {
        public FeatureLayerData {
            columns = List.copyOf(columns);
            columnTypes = List.copyOf(columnTypes);
            features = List.copyOf(features);
        }
    }
}
