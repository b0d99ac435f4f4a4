package org.villageplanner.ui.layers;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.villageplanner.domain.Barrier;
import org.villageplanner.service.Feature;
import org.villageplanner.service.ReferenceLayer;
import org.villageplanner.service.ReferenceLayerStore.FeatureLayerData;
import org.villageplanner.ui.map.ReferenceLayersPainter.Drawn;

/**
 * What a reference layer's features become: the geometries and labels the map draws, and, for the layers marked as
 * barriers, the project's barriers. Pure functions of the layers and their features; {@link LayersModel} keeps the
 * state and the edits.
 */
final class LayerFeatures {
    private static final GeometryFactory FACTORY = new GeometryFactory();

    private LayerFeatures() {
    }

    /** A layer's geometries and, when its style names a label field, their labels; none when not read yet. */
    static Drawn drawn(ReferenceLayer l, FeatureLayerData d) {
        List<Geometry> g = new ArrayList<>();
        List<String> text = new ArrayList<>();
        String field = l.style().labelField();
        for (Feature f : d == null ? List.<Feature>of() : d.features()) {
            if (f.geometry() != null) {
                g.add(f.geometry());
                Object v = field == null ? null : f.attributes().get(field);
                text.add(v == null ? null : String.valueOf(v));
            }
        }
        return new Drawn(l, g, text);
    }

    /** The layers marked as barriers, in the file's order (then by name). */
    static List<Drawn> barrierLayers(List<Drawn> drawn) {
        return drawn.stream().filter(d -> d.layer().barrier())
                .sorted(Comparator.comparingInt((Drawn d) -> d.layer().order()).thenComparing(d -> d.layer().name()))
                .toList();
    }

    /** One barrier per marked layer, its geometries merged into one. */
    static List<Barrier> barriers(List<Drawn> marked) {
        return marked.stream().map(d -> new Barrier(d.layer().name(), FACTORY.buildGeometry(d.geometries())))
                .toList();
    }
}
