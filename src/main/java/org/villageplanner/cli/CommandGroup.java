package org.villageplanner.cli;

import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * A command that only groups subcommands ({@code scenario}, {@code layer}, {@code basemap}, {@code bench}):
 * given without one, it is bad usage (exit 2) with a message saying which subcommands there are.
 */
abstract class CommandGroup implements Runnable {
    private final String whichKey;

    @Spec
    CommandSpec spec;

    /** {@code whichKey}: the message shown when no subcommand is given. */
    CommandGroup(String whichKey) {
        this.whichKey = whichKey;
    }

    @Override
    public void run() {
        throw Usage.error(spec, whichKey);
    }

    /** This group as a command line with {@code subcommands} under it. */
    CommandLine with(Object... subcommands) {
        CommandLine cl = new CommandLine(this);
        for (Object sub : subcommands) {
            cl.addSubcommand(sub);
        }
        return cl;
    }
}
