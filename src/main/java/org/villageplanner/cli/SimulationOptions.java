package org.villageplanner.cli;

import org.villageplanner.domain.Assumptions;
import org.villageplanner.service.SimulationService;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/** {@code --years}, {@code --runs} and {@code --seed}: what simulate and compare override of a scenario. */
final class SimulationOptions {
    @Option(names = "--years", paramLabel = "N", description = "Projected years (default: the scenario's; for "
            + "compare, the first's).")
    Integer years;

    @Option(names = "--runs", paramLabel = "R", description = "Monte Carlo runs (default: the scenario's; 0 = none).")
    Integer runs;

    @Option(names = "--seed", paramLabel = "S", description = "Monte Carlo seed (default: the scenario's).")
    Long seed;

    /** The overrides, checked: bad values are usage errors of {@code spec}'s command. */
    SimulationService.Overrides checked(CommandSpec spec) {
        Usage.range(spec, "--years", years, 1, Assumptions.MAX_YEARS);
        Usage.range(spec, "--runs", runs, 0, Long.MAX_VALUE);
        return new SimulationService.Overrides(years, runs, seed);
    }
}
