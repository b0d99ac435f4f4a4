package org.villageplanner.service;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.operation.union.UnaryUnionOp;
import org.villageplanner.domain.Cluster;
import org.villageplanner.domain.PlanProject;
import org.villageplanner.domain.Scenario;
import org.villageplanner.domain.Village;

/**
 * Dissolved cluster outlines: the union of each cluster's member polygons, in EPSG:4326. Members without
 * geometry are skipped; a cluster with no geometry at all is left out of the map. Used for the map and for
 * the {@code clusters} layer of exports.
 */
public final class ClusterOutlines {
    private ClusterOutlines() {
    }

    /** Cluster id → dissolved outline, in the scenario's cluster order. */
    public static Map<String, Geometry> dissolve(PlanProject project, Scenario scenario) {
        Map<String, Village> byCode = project.villagesByCode();
        Map<String, Geometry> out = new LinkedHashMap<>();
        for (Cluster c : scenario.clusters()) {
            Geometry g = dissolve(byCode, c.members());
            if (g != null) {
                out.put(c.id(), g);
            }
        }
        return out;
    }

    /** The union of the given villages' polygons, or null when none has a geometry. */
    public static Geometry dissolve(Map<String, Village> byCode, List<String> members) {
        List<Geometry> parts = new ArrayList<>();
        for (String m : members) {
            Village v = byCode.get(m);
            if (v != null && v.geometry() != null && v.geometry().getDimension() == 2) {
                parts.add(v.geometry());
            }
        }
        if (parts.isEmpty()) {
            return null;
        }
        try {
            return UnaryUnionOp.union(parts);
        } catch (RuntimeException e) {
            // A topology failure on dirty data: fall back to drawing the members' own outlines.
            return parts.get(0).getFactory().buildGeometry(parts);
        }
    }
}
