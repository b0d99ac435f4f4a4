package org.villageplanner.cluster;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import org.villageplanner.domain.Cluster;
import org.villageplanner.domain.ClusterType;
import org.villageplanner.domain.PlannerException;
import org.villageplanner.domain.Scenario;
import org.villageplanner.domain.Village;
import org.villageplanner.geo.AdjacencyGraph;

/**
 * Suggests contiguous clusters within size bounds for a project or a selection of its villages, keeping
 * locked clusters as they are.
 *
 * <p>Two phases on the village adjacency graph: {@link Agglomeration} merges neighbouring clusters cheapest
 * first (the cost is the {@link Scorer} objective for the requested type, compactness included), then
 * {@link LocalSearch} moves and swaps villages on cluster edges while that lowers the cost. Undersized
 * leftovers are repaired by merging into or borrowing from a neighbour, and an exact K is reached by
 * dissolving or splitting clusters ({@link CountAdjust}). Several starts are finished this way (merging
 * with and without small clusters first; for homogeneity also SKATER's tree cuts) and the best is kept:
 * exact count met, fewest villages left out, best objective, then best compactness. Every cluster returned is
 * contiguous, within the bounds, has a member leader and a type whose rule it meets without error (the
 * requested one where possible). Villages that cannot be placed — islands, groups cut off by locked
 * clusters smaller than the minimum, weak villages with no possible helper — are listed with a reason.
 *
 * <p>Bad requests fail with a {@link PlannerException} saying what is possible (e.g. K above villages / min).
 * Deterministic for a seed, whatever the number of cores: from {@link #PARALLEL_FROM} villages the two merge starts
 * run side by side on two threads, each on its own partition, and the best is chosen in the same order.
 * Stateless and thread-safe (each call has its own working state). The graph must
 * have been built from {@code villages}, in the same order.
 */
public final class ClusterSuggester {
    /** Above this many villages the SKATER start is skipped (its cost grows as n × K). */
    static final int SKATER_START_LIMIT = 5_000;

    /** From this many placeable villages the second merge start runs on another thread. */
    static final int PARALLEL_FROM = 2_000;

    private ClusterSuggester() {
    }

    /** One start: merge (with or without small clusters first), then repair, count and improve. */
    private static Candidate mergeStart(AdjacencyGraph graph, Scorer scorer, CountPlan plan, SizeBounds bounds,
                                        boolean exact, long seed, List<Village> villages, ProgressTracker tracker,
                                        int start, boolean smallFirst) {
        tracker.phase(start, 0, "merge");
        Partition p = new Partition(graph, scorer);
        Agglomeration.run(p, bounds, plan.placeable(), plan.component(), plan.mergeBudget().clone(), smallFirst);
        return finish(p, plan, bounds, exact, seed, villages, tracker, start);
    }

    /** The result of a start run on another thread; its exception (a cancellation too) is rethrown here. */
    private static Candidate join(java.util.concurrent.FutureTask<Candidate> task) {
        try {
            return task.get();
        } catch (InterruptedException e) {
            task.cancel(true);
            Thread.currentThread().interrupt();
            throw new CancellationException();
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /** A finished start; {@code unfit}: clusters that fit no type cleanly (see {@link TypeRepair#fits}). */
    private record Candidate(Partition p, List<Suggestion.Unassigned> unassigned, int unfit) {
    }

    private static Candidate finish(Partition p, CountPlan plan, SizeBounds bounds, boolean exact, long seed,
                                    List<Village> villages, ProgressTracker progress, int start) {
        progress.phase(start, 1, "repair");
        List<Suggestion.Unassigned> unassigned = new ArrayList<>(plan.unassigned());
        Repair.undersized(p, bounds, exact, plan.target(), unassigned, villages);
        if (exact) {
            CountAdjust.toExactCount(p, bounds, plan.target());
        }
        LocalSearch.run(p, bounds, seed, pass -> progress.pass(start, 2, pass));
        progress.phase(start, 3, "types");
        if (TypeRepair.applies(p)) {
            TypeRepair.run(p, bounds, exact);
            LocalSearch.run(p, bounds, seed, pass -> progress.pass(start, 4, pass));
        }
        int unfit = (int) p.clusters().stream().filter(c -> !TypeRepair.fits(p, c)).count();
        return new Candidate(p, unassigned, unfit);
    }

    private static boolean withinMax(int[] labels, int max) {
        Map<Integer, Integer> sizes = new java.util.HashMap<>();
        for (int l : labels) {
            if (l >= 0 && sizes.merge(l, 1, Integer::sum) > max) {
                return false;
            }
        }
        return true;
    }

    public static Suggestion suggest(List<Village> villages, AdjacencyGraph graph, Scenario base,
                                     SuggestionRequest request) {
        return suggest(villages, graph, base, request, () -> false);
    }

    /**
     * As {@link #suggest(List, AdjacencyGraph, Scenario, SuggestionRequest)}, stopping with a
     * {@link CancellationException} soon after {@code cancelled} turns true (checked between phases and
     * between improvement passes).
     */
    public static Suggestion suggest(List<Village> villages, AdjacencyGraph graph, Scenario base,
                                     SuggestionRequest request, BooleanSupplier cancelled) {
        return suggest(villages, graph, base, request, SuggestProgress.of((done, total, phase) -> {
        }, cancelled));
    }

    /**
     * As {@link #suggest(List, AdjacencyGraph, Scenario, SuggestionRequest, BooleanSupplier)}, also reporting
     * each phase and improvement pass to {@code progress}.
     */
    public static Suggestion suggest(List<Village> villages, AdjacencyGraph graph, Scenario base,
                                     SuggestionRequest request, SuggestProgress progress) {
        Map<String, Village> byCode = Village.byCode(villages);
        SizeBounds bounds = request.bounds();
        for (String id : request.lockedIds()) {
            if (base.cluster(id).isEmpty()) {
                throw new PlannerException("cluster.suggest.unknownLock", id, base.name());
            }
        }
        if (request.scope() != null) {
            for (String code : request.scope()) {
                if (!byCode.containsKey(code)) {
                    throw new PlannerException("cluster.suggest.unknownVillage", code);
                }
            }
        }
        List<Cluster> kept = new ArrayList<>();
        Set<String> keptMembers = new HashSet<>();
        for (Cluster c : base.clusters()) {
            boolean outside = request.scope() != null && c.members().stream().noneMatch(request.scope()::contains);
            if (c.locked() || request.lockedIds().contains(c.id()) || outside) {
                kept.add(c.withLocked(c.locked() || request.lockedIds().contains(c.id())));
                keptMembers.addAll(c.members());
            }
        }
        int n = graph.size();
        boolean[] active = new boolean[n];
        for (int i = 0; i < n; i++) {
            String code = graph.code(i);
            active[i] = (request.scope() == null || request.scope().contains(code)) && !keptMembers.contains(code);
        }
        CountPlan plan = CountPlan.of(graph, active, bounds, request.clusters(), villages);
        Scorer scorer = new Scorer(request.type(), villages, graph, base.assumptions(), request.attributes(),
                plan.placeable());
        boolean exact = request.clusters() != null;
        boolean skaterStart = request.type() == ClusterType.RESOURCE_POOLING
                && plan.placeableCount() <= SKATER_START_LIMIT;
        ProgressTracker tracker = new ProgressTracker(progress, skaterStart ? 3 : 2);
        List<Candidate> candidates = new ArrayList<>();
        // The two merge starts are independent (own partition; scorer, plan and graph are only read): on a large
        // layer the second runs on another core, reporting no progress of its own (only cancellation is checked).
        java.util.concurrent.FutureTask<Candidate> second = null;
        if (plan.placeableCount() >= PARALLEL_FROM && Runtime.getRuntime().availableProcessors() > 1) {
            ProgressTracker quiet = new ProgressTracker(SuggestProgress.of((d, t, ph) -> {
            }, progress::isCancelled), skaterStart ? 3 : 2);
            second = new java.util.concurrent.FutureTask<>(() -> mergeStart(graph, scorer, plan, bounds, exact,
                    request.seed(), villages, quiet, 1, true));
            Thread worker = new Thread(second, "suggest-second-start");
            worker.setDaemon(true);
            worker.start();
        }
        candidates.add(mergeStart(graph, scorer, plan, bounds, exact, request.seed(), villages, tracker, 0, false));
        candidates.add(second != null ? join(second)
                : mergeStart(graph, scorer, plan, bounds, exact, request.seed(), villages, tracker, 1, true));
        if (skaterStart) {
            // SKATER's tree cuts are a good start where size bounds are loose; used only when within them.
            tracker.phase(2, 0, "skater");
            int[] labels = Skater.partition(graph, scorer.featureMatrix(), plan.placeable(), plan.target(),
                    bounds.min());
            if (withinMax(labels, bounds.max())) {
                candidates.add(finish(Partition.fromLabels(graph, scorer, labels), plan, bounds, exact,
                        request.seed(), villages, tracker, 2));
            }
        }
        tracker.output();
        Candidate best = candidates.stream().min(Comparator
                .comparing((Candidate c) -> exact && c.p.liveCount() - c.unfit != plan.target())
                .thenComparingInt(c -> c.unassigned.size())
                .thenComparingInt(Candidate::unfit)
                .thenComparingDouble(c -> c.p.totalPrimary())
                .thenComparingDouble(c -> c.p.totalCost())).orElseThrow();
        Partition p = best.p;
        List<Suggestion.Unassigned> unassigned = best.unassigned;
        SuggestionOutput out = new SuggestionOutput(p, villages, base, request, kept);
        Suggestion s = out.build(unassigned);
        if (request.clusters() != null) {
            long made = s.clusters().stream().filter(i -> !i.kept()).count();
            if (made != request.clusters()) {
                throw new PlannerException("cluster.suggest.countNotReached", request.clusters(), made,
                        bounds.min(), bounds.max());
            }
        }
        tracker.done();
        return s;
    }
}
