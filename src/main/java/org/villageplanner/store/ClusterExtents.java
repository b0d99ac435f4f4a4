package org.villageplanner.store;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Envelope;

/**
 * What each cluster of a written file adds to the extents that {@code gpkg_contents} records for the clusters and
 * projects layers: its outline's box and geometry type, and the box of its projects' locations, with their unions.
 * A delta save replaces the parts of the clusters it rewrites instead of visiting every cluster of a province. The
 * unions are kept up to date as parts come and go: a part that goes while touching its union's edge makes that
 * union be computed again from all parts (a union of boxes is the same in any order, so the extents always equal a
 * whole write's). Not thread safe: one save uses it at a time.
 */
final class ClusterExtents {
    /** One cluster's part: outline box and type (null when it has no outline), projects' box (null when none). */
    record Part(Envelope outline, String type, Envelope projects) {
    }

    private final Map<String, Part> parts = new HashMap<>();
    private final Map<String, Integer> types = new HashMap<>();
    private Envelope clusterBox = new Envelope();
    private Envelope projectBox = new Envelope();

    private static String key(String scenario, String clusterId) {
        return scenario + '\u0000' + clusterId;
    }

    void put(String scenario, String clusterId, Part part) {
        forget(parts.put(key(scenario, clusterId), part));
        if (part.outline() != null) {
            types.merge(part.type(), 1, Integer::sum);
            if (clusterBox != null) {
                clusterBox.expandToInclude(part.outline());
            }
        }
        if (part.projects() != null && projectBox != null) {
            projectBox.expandToInclude(part.projects());
        }
    }

    void remove(String scenario, String clusterId) {
        forget(parts.remove(key(scenario, clusterId)));
    }

    private void forget(Part old) {
        if (old == null) {
            return;
        }
        if (old.outline() != null) {
            types.merge(old.type(), -1, Integer::sum);
            types.remove(old.type(), 0);
            if (clusterBox != null && touches(old.outline(), clusterBox)) {
                clusterBox = null;
            }
        }
        if (old.projects() != null && projectBox != null && touches(old.projects(), projectBox)) {
            projectBox = null;
        }
    }

    /** Whether {@code part} reaches an edge of {@code union}: without it the union may be smaller. */
    private static boolean touches(Envelope part, Envelope union) {
        return part.getMinX() <= union.getMinX() || part.getMinY() <= union.getMinY()
                || part.getMaxX() >= union.getMaxX() || part.getMaxY() >= union.getMaxY();
    }

    Envelope clusterBox() {
        if (clusterBox == null) {
            clusterBox = new Envelope();
            parts.values().stream().filter(p -> p.outline() != null).forEach(p -> clusterBox.expandToInclude(p.outline()));
        }
        return new Envelope(clusterBox);
    }

    Envelope projectBox() {
        if (projectBox == null) {
            projectBox = new Envelope();
            parts.values().stream().filter(p -> p.projects() != null)
                    .forEach(p -> projectBox.expandToInclude(p.projects()));
        }
        return new Envelope(projectBox);
    }

    /** The geometry types of the outlines, each once. */
    List<String> types() {
        return new ArrayList<>(types.keySet());
    }
}
