package org.villageplanner.service;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.locationtech.jts.geom.Envelope;
import org.villageplanner.domain.PlanProject;
import org.villageplanner.domain.Scenario;
import org.villageplanner.domain.Village;

/**
 * What {@code planner info} shows about a project: counts, towns (in village order, no repeats), scenarios with
 * their cluster counts, the CRS (always EPSG:4326: the project file stores lon/lat) and the bounding box of the
 * village geometries in degrees (null when no village has a geometry).
 */
public record ProjectSummary(String title, boolean illustrative, int villages, List<String> towns,
        List<ScenarioCount> scenarios, int clusters, String crs, BoundingBox bbox) {

    public static final String CRS = "EPSG:4326";

    public record ScenarioCount(String name, int clusters) {
    }

    /** Degrees, EPSG:4326. */
    public record BoundingBox(double minLon, double minLat, double maxLon, double maxLat) {
    }

    public ProjectSummary {
        towns = List.copyOf(towns);
        scenarios = List.copyOf(scenarios);
    }

    public static ProjectSummary of(PlanProject p) {
        Set<String> towns = new LinkedHashSet<>();
        Envelope box = new Envelope();
        for (Village v : p.villages()) {
            if (!v.town().isEmpty()) {
                towns.add(v.town());
            }
            if (v.geometry() != null) {
                box.expandToInclude(v.geometry().getEnvelopeInternal());
            }
        }
        List<ScenarioCount> scenarios = new ArrayList<>();
        int clusters = 0;
        for (Scenario s : p.scenarios()) {
            scenarios.add(new ScenarioCount(s.name(), s.clusters().size()));
            clusters += s.clusters().size();
        }
        BoundingBox bbox = box.isNull() ? null
                : new BoundingBox(box.getMinX(), box.getMinY(), box.getMaxX(), box.getMaxY());
        return new ProjectSummary(p.info().title(), p.info().illustrative(), p.villages().size(),
                new ArrayList<>(towns), scenarios, clusters, CRS, bbox);
    }
}
