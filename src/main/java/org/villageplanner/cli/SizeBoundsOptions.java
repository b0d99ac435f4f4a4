package org.villageplanner.cli;

import org.villageplanner.cluster.SizeBounds;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/** {@code --min} and {@code --max}: villages per cluster, as validate and suggest take them. */
final class SizeBoundsOptions {
    @Option(names = "--min", defaultValue = "2", description = "Minimum villages per cluster (default 2; 1 allowed).")
    int min;

    @Option(names = "--max", defaultValue = "5", description = "Maximum villages per cluster (default 5).")
    int max;

    /** The bounds; a bad pair is a usage error of {@code spec}'s command, with the rule's own message. */
    SizeBounds checked(CommandSpec spec) {
        return Usage.option(spec, () -> new SizeBounds(min, max));
    }
}
