package org.villageplanner.cli;

import picocli.CommandLine.Option;

/**
 * {@code --allow-invalid} of the commands that compute on a plan (simulate, compare, report, solve): CLI.md has them
 * refuse a scenario with ERROR-level validation findings unless it is given. A mixin, declared and described once;
 * the check itself is {@code service.ValidityGate}'s.
 */
final class AllowInvalidOption {
    @Option(names = "--allow-invalid", description = "Compute even when a scenario has validation ERRORs.")
    boolean on;
}
