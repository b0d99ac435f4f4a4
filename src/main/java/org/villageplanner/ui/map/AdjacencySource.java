package org.villageplanner.ui.map;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.villageplanner.domain.PlanProject;
import org.villageplanner.domain.Village;
import org.villageplanner.geo.AdjacencyGraph;
import org.villageplanner.service.GeoService;
import org.villageplanner.ui.common.Tasks;

/**
 * The village adjacency graph for the map's cluster colouring, built in the background (a province takes a
 * second or more) by the shared {@link GeoService}, which caches it for validation and suggestions too. Until it
 * is ready {@link #graph} answers null and the colours follow the cluster ids only; when it arrives the map is
 * restyled once.
 */
final class AdjacencySource {
    private static final ExecutorService EXECUTOR = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(null, r, "planner-adjacency", 64L << 20);
        t.setDaemon(true);
        return t;
    });
    private final GeoService geo;
    private final Runnable ready;
    private List<Village> builtFor;
    private AdjacencyGraph graph;
    private List<Village> requestedFor;
    /** The barrier layers the graph was cut by: marking or unmarking one in the Layers tab recolours the map. */
    private List<org.villageplanner.domain.Barrier> builtBarriers;
    private List<org.villageplanner.domain.Barrier> requestedBarriers;

    AdjacencySource(GeoService geo, Runnable ready) {
        this.geo = geo;
        this.ready = ready;
    }

    /** The graph of the project's villages, or null while it is being built (the build is then started). */
    AdjacencyGraph graph(PlanProject project) {
        if (geo == null || project == null) {
            return null;
        }
        List<Village> villages = project.villages();
        var barriers = project.barriers();
        if (builtFor == villages && builtBarriers == barriers) {
            return graph;
        }
        if (requestedFor != villages || requestedBarriers != barriers) {
            requestedFor = villages;
            requestedBarriers = barriers;
            EXECUTOR.execute(Tasks.create(p -> geo.adjacency(project)).onSuccess(g -> {
                if (requestedFor == villages && requestedBarriers == barriers) {
                    builtFor = villages;
                    builtBarriers = barriers;
                    graph = g;
                    ready.run();
                }
            }).onError(e -> java.util.logging.Logger.getLogger(AdjacencySource.class.getName()).log(
                    java.util.logging.Level.WARNING, "adjacency for the map colours failed", e)).build());
        }
        // Same villages, other barriers: the colours keep the previous graph until the new cut is ready.
        return builtFor == villages ? graph : null;
    }
}
