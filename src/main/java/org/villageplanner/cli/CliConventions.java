package org.villageplanner.cli;

import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;

/**
 * Conventions every command of the tree shares, applied once after the tree is built so that a command
 * added later cannot forget them: each command and subcommand answers {@code --help} (exit 0) even when its
 * required parameters are missing (CLI.md), and {@code planner help A B} shows the help of subcommand
 * {@code A B}, not of {@code A}.
 */
final class CliConventions {
    private CliConventions() {
    }

    /** Gives every command in the tree below {@code root} the standard {@code --help} and {@code --version}. */
    static void everyCommandAnswersHelp(CommandLine root) {
        CommandSpec spec = root.getCommandSpec();
        if (spec.findOption("--help") == null) {
            spec.mixinStandardHelpOptions(true);
        }
        for (CommandLine sub : root.getSubcommands().values()) {
            if (sub.getCommand() != root.getCommand()) {
                everyCommandAnswersHelp(sub);
            }
        }
    }

    /** {@code planner help [COMMAND [SUBCOMMAND…]]}: the help of the named (sub)command. */
    @Command(name = "help", helpCommand = true, description = "Show the help of a command: planner help scenario import.")
    static final class Help implements Runnable {
        @Parameters(paramLabel = "COMMAND", arity = "0..*", description = "The command (and subcommand) to explain.")
        List<String> path = List.of();

        @CommandLine.Spec
        CommandSpec spec;

        @Override
        public void run() {
            CommandLine target = spec.commandLine().getParent();
            for (String name : path) {
                CommandLine next = target.getSubcommands().get(name);
                if (next == null) {
                    throw new CommandLine.ParameterException(spec.commandLine(),
                            "Unknown command: '" + String.join(" ", path) + "'");
                }
                target = next;
            }
            target.usage(spec.commandLine().getOut());
        }
    }
}
