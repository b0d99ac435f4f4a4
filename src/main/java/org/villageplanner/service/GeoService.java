package org.villageplanner.service;

import java.util.List;
import org.villageplanner.domain.Barrier;
import org.villageplanner.domain.PlanProject;
import org.villageplanner.domain.Village;
import org.villageplanner.geo.AdjacencyGraph;
import org.villageplanner.geo.AdjacencyGraphBuilder;
import org.villageplanner.geo.BarrierCut;

/**
 * The village adjacency graph of a project, built once and reused while the villages stay the same (edits of
 * scenarios keep the same village list, so validation and suggestions after each edit cost nothing extra).
 * Thread-safe: the cache is guarded, the graphs are immutable.
 */
public final class GeoService {
    private final AdjacencyGraphBuilder settings;
    private List<Village> cachedVillages;
    private AdjacencyGraph cachedGraph;
    private List<Barrier> cachedBarriers;
    private BarrierCut.Result cachedCut;

    public GeoService() {
        this(new AdjacencyGraphBuilder());
    }

    /** With chosen tolerances; the builder is not changed afterwards by this service. */
    public GeoService(AdjacencyGraphBuilder settings) {
        this.settings = settings;
    }

    /** The neighbour graph the cluster rules and suggestions use: as built, then cut by the project's barriers. */
    public synchronized AdjacencyGraph adjacency(PlanProject project) {
        return barrierCut(project).graph();
    }

    /** The graph as built from the villages alone, before barriers cut it (to show the cut links). */
    public synchronized AdjacencyGraph uncutAdjacency(PlanProject project) {
        // Identity, not equality: a project's village list is immutable and shared by its edited copies.
        if (cachedVillages != project.villages()) {
            cachedGraph = settings.build(project.villages());
            cachedVillages = project.villages();
            cachedCut = null;
        }
        return cachedGraph;
    }

    /** The cut graph and the links the barriers removed (empty without barriers). */
    public synchronized BarrierCut.Result barrierCut(PlanProject project) {
        AdjacencyGraph built = uncutAdjacency(project);
        if (cachedCut == null || cachedBarriers != project.barriers()) {
            cachedCut = BarrierCut.apply(built, project.villages(), project.barriers(),
                    AdjacencyGraphBuilder.DEFAULT_SNAP_TOLERANCE_METERS);
            cachedBarriers = project.barriers();
        }
        return cachedCut;
    }
}
