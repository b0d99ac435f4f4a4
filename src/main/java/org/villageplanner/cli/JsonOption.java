package org.villageplanner.cli;

import picocli.CommandLine.Option;

/**
 * {@code --json}, as CLI.md gives it to every command that has it: machine-readable output (UTF-8) on standard
 * output instead of text, written by {@link Json}. A mixin, so that the option is declared and described once; its
 * description fits on its line of every command's help (HelpCommandTest), as the texts it replaced did.
 */
final class JsonOption {
    @Option(names = "--json", description = "Print JSON (UTF-8) on stdout instead of text.")
    boolean on;
}
