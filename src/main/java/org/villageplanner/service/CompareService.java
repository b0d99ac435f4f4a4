package org.villageplanner.service;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.villageplanner.domain.Assumptions;
import org.villageplanner.domain.PlannerException;
import org.villageplanner.finance.Comparison;
import org.villageplanner.finance.Scorecard;
import org.villageplanner.finance.SimulationResult;
import org.villageplanner.finance.StrengthShift;

/**
 * Compares 2 or more scenarios of one project (issue 8). All are simulated over the same number of years — the
 * override, else the first scenario's — so that year-N figures line up; deltas are against the first scenario.
 */
public final class CompareService {
    private final SimulationService simulation;

    public CompareService(SimulationService simulation) {
        this.simulation = Objects.requireNonNull(simulation);
    }

    /**
     * The comparison, and the assumptions on which the scenarios differ (empty when they agree, so that the
     * deltas show the effect of the clusters alone).
     */
    public record Result(Comparison comparison, List<AssumptionDifferences.Difference> assumptionsDiffer,
            StrengthShift strength, List<Scorecard> scorecards) {
        public Result {
            Objects.requireNonNull(comparison);
            assumptionsDiffer = List.copyOf(assumptionsDiffer);
            Objects.requireNonNull(strength);
            scorecards = List.copyOf(scorecards);
        }
    }

    /**
     * @throws PlannerException when fewer than two scenarios are named, or one is not in the file
     */
    public Result compare(Path file, List<String> scenarios, SimulationService.Overrides overrides,
            Progress progress) {
        if (scenarios.size() < 2) {
            throw new PlannerException("finance.compare.tooFew", scenarios.size());
        }
        SimulationService.Overrides o = overrides == null ? SimulationService.Overrides.NONE : overrides;
        List<SimulationResult> results = new ArrayList<>();
        List<Assumptions> assumptions = new ArrayList<>();
        Integer years = o.years();
        for (String name : scenarios) {
            SimulationService.Input in = simulation.load(file, name);
            if (years == null) {
                years = in.scenario().assumptions().years();
            }
            assumptions.add(in.scenario().assumptions());
            results.add(simulation.simulate(in.scenario(), in.villages(),
                    new SimulationService.Overrides(years, o.runs(), o.seed()), progress));
        }
        return new Result(Comparison.of(results), AssumptionDifferences.of(assumptions), StrengthShift.of(results),
                results.stream().map(Scorecard::of).toList());
    }
}
