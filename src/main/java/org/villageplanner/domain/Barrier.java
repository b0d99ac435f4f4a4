package org.villageplanner.domain;

import java.util.Objects;
import org.locationtech.jts.geom.Geometry;

/**
 * A reference layer marked as a barrier (a river without a bridge, an expressway): two villages whose shared
 * border it crosses are not neighbours for cluster rules and suggestions.
 *
 * @param name     the layer's name in the project, as the planner gave it (shown in validation messages)
 * @param geometry all the layer's lines and polygons, in EPSG:4326
 */
public record Barrier(String name, Geometry geometry) {
    public Barrier {
        name = Check.text(name, "barrier", "name");
        Objects.requireNonNull(geometry, "geometry");
    }
}
