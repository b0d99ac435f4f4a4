package org.villageplanner.service;

import java.util.List;
import org.villageplanner.domain.PlannerProject;
import org.villageplanner.domain.Village;
import org.villageplanner.geo.AdjacencyGraph;
import org.villageplanner.geo.AdjacencyGraphBuilder;

/**
 * The village adjacency graph of a project, built once and reused while the villages stay the same (edits of
 * scenarios keep the same village list, so validation and suggestions after each edit cost nothing extra).
 * Thread-safe: the cache is guarded, the graphs are immutable.
 */
public final class GeoService {
    private final AdjacencyGraphBuilder settings;
    private List<Village> cachedVillages;
    private AdjacencyGraph cachedGraph;

    public GeoService() {
        this(new AdjacencyGraphBuilder());
    }

    /** With chosen tolerances; the builder is not changed afterwards by this service. */
    public GeoService(AdjacencyGraphBuilder settings) {
        this.settings = settings;
    }

    public synchronized AdjacencyGraph adjacency(PlannerProject project) {
        // Identity, not equality: a project's village list is immutable and shared by its edited copies.
        if (cachedVillages != project.villages()) {
            cachedGraph = settings.build(project.villages());
            cachedVillages = project.villages();
        }
        return cachedGraph;
    }
}
