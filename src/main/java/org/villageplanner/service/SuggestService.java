package org.villageplanner.service;

import java.nio.file.Path;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import org.villageplanner.cluster.ClusterSuggester;
import org.villageplanner.cluster.Evaluation;
import org.villageplanner.cluster.PlanEvaluator;
import org.villageplanner.cluster.SuggestProgress;
import org.villageplanner.cluster.Suggestion;
import org.villageplanner.cluster.SuggestionRequest;
import org.villageplanner.domain.PlannerException;
import org.villageplanner.domain.PlanProject;
import org.villageplanner.domain.Scenario;
import org.villageplanner.geo.AdjacencyGraph;

/**
 * Suggests clusters for a project (the Suggest dialog and {@code planner suggest}), explains the result next
 * to the planner's own plan, and saves a suggestion as a new scenario. Thread-safe.
 */
public final class SuggestService {
    private final GeoService geo;
    private final ProjectService projects;

    public SuggestService(GeoService geo, ProjectService projects) {
        this.geo = Objects.requireNonNull(geo);
        this.projects = Objects.requireNonNull(projects);
    }

    /**
     * A suggestion and, for comparison, the base scenario judged by the same objective.
     *
     * @param base    the scenario whose locked clusters are kept and whose assumptions (strength thresholds)
     *                are used
     * @param current the base scenario's own clusters evaluated by the suggestion's objective
     * @param millis  time taken by the suggestion itself (adjacency graph excluded when cached)
     */
    public record Result(Scenario base, Suggestion suggestion, Evaluation current, long millis) {
    }

    /**
     * @param progress     told each phase and improvement pass of the suggestion, and polled for cancellation
     *                     ({@link CancelledException}, nothing changed)
     * @param baseScenario name of the base scenario, or null: the first one (an empty plan when the project has
     *                     no scenario yet)
     * @throws PlannerException on a bad request (unknown scenario, lock or attribute; impossible K)
     */
    public Result suggest(PlanProject project, String baseScenario, SuggestionRequest request, Progress progress) {
        Scenario base = baseScenario == null && project.scenarios().isEmpty()
                ? Scenario.baseline() : project.requireScenario(baseScenario);
        progress.checkCancelled();
        long start = System.nanoTime();
        AdjacencyGraph graph = geo.adjacency(project);
        progress.checkCancelled();
        Suggestion s;
        try {
            s = ClusterSuggester.suggest(project.villages(), graph, base, request, SuggestProgress.of(
                    (done, total, phase) -> progress.update(done, total, phase.text()), progress::isCancelled));
        } catch (CancellationException e) {
            throw new CancelledException();
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        progress.checkCancelled();
        Evaluation current = PlanEvaluator.evaluate(request.type(), project.villages(), graph, base.assumptions(),
                request.attributes(), base.clusters(), request.scope());
        return new Result(base, s, current, millis);
    }

    /** The suggestion as a scenario named {@code name}: the base's assumptions with the suggested clusters. */
    public Scenario asScenario(Result result, String name) {
        return result.base().withName(name).withNotes("").withClusters(result.suggestion().domainClusters());
    }

    /**
     * Adds the suggestion to the project as a new scenario and saves the project file.
     *
     * @throws PlannerException when a scenario of that name exists already (nothing is written)
     */
    public PlanProject saveAs(PlanProject project, Path file, Result result, String name) {
        if (project.scenario(name).isPresent()) {
            throw new PlannerException("cluster.suggest.scenarioExists", name);
        }
        if (!java.nio.file.Files.exists(file)) {
            PlanProject updated = project.withScenario(asScenario(result, name));
            projects.save(updated, file);
            return updated;
        }
        // Re-read under the lock: another writer may have added a scenario while the suggestion was computed.
        return projects.update(file, fresh -> {
            if (fresh.scenario(name).isPresent()) {
                throw new PlannerException("cluster.suggest.scenarioExists", name);
            }
            return fresh.withScenario(asScenario(result, name));
        });
    }
}
