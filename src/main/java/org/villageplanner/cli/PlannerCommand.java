package org.villageplanner.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.io.FileOutputStream;
import java.io.FileDescriptor;
import java.io.OutputStreamWriter;
import org.villageplanner.domain.Messages;
import org.villageplanner.domain.PlannerException;
import org.villageplanner.service.Services;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * The {@code planner} command line (CLI.md). Exit 0 on success, 2 on bad usage, 1 on bad input or a failed
 * run with a one-paragraph message on stderr; a stack trace only with {@code --debug}.
 */
@Command(name = "planner", mixinStandardHelpOptions = true, version = "Village Cluster Planner 0.1",
        description = "Village Cluster Planner: cluster alliances, shares and income simulation for townships.")
public final class PlannerCommand implements Runnable {
    @Option(names = "--lang", scope = ScopeType.INHERIT, paramLabel = "zh|en",
            description = "Language of messages and reports (default: the system locale).")
    void setLang(String lang) {
        Messages.setLocale(Messages.parse(lang));
    }

    @Option(names = "--debug", scope = ScopeType.INHERIT, description = "Print stack traces of errors.")
    boolean debug;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Builds the command tree with every subcommand wired to {@code services}. */
    public static CommandLine create(Services services) {
        CommandLine cl = new CommandLine(new PlannerCommand());
        // Subcommands; each is thin: parse, call a service, print.
        cl.addSubcommand(new CommandLine.HelpCommand());
        cl.addSubcommand(new InfoCommand(services));
        cl.addSubcommand(new GenerateCommand(services));
        cl.addSubcommand(new BuildSamplesCommand(services));
        cl.addSubcommand(new BenchCommand(services));
        cl.addSubcommand(new ImportCommand(services));
        cl.addSubcommand(ScenarioCommand.create(services));
        cl.addSubcommand(new SimulateCommand(services));
        cl.addSubcommand(new CompareCommand(services));
        cl.addSubcommand("report", new ReportCommand(services));
        cl.addSubcommand(new ValidateCommand(services));
        cl.addSubcommand(new SuggestCommand(services));
        cl.addSubcommand(new ExportCommand(services));
        cl.addSubcommand(LayerCommand.create(services));
        cl.addSubcommand(BasemapCommand.create(services));
        cl.setOut(utf8(new FileOutputStream(FileDescriptor.out)));
        cl.setErr(utf8(new FileOutputStream(FileDescriptor.err)));
        cl.setExecutionExceptionHandler((ex, cmd, parseResult) -> {
            boolean debug = parseResult.matchedOption("--debug") != null
                    || parseResult.subcommands().stream().anyMatch(p -> p.matchedOption("--debug") != null)
                    || hasDebug(parseResult);
            PrintWriter err = cmd.getErr();
            err.println(userMessage(ex));
            if (debug) {
                ex.printStackTrace(err);
            }
            err.flush();
            return 1;
        });
        return cl;
    }

    private static boolean hasDebug(CommandLine.ParseResult pr) {
        for (CommandLine.ParseResult p = pr; p != null; p = p.subcommand()) {
            if (p.matchedOption("--debug") != null) {
                return true;
            }
        }
        return false;
    }

    /** The one-paragraph message a planner sees for {@code ex}: ours as written, others summarized. */
    static String userMessage(Throwable ex) {
        if (ex instanceof PlannerException pe) {
            return pe.getMessage();
        }
        Throwable root = ex;
        while (root.getCause() != null && !(root instanceof PlannerException)) {
            root = root.getCause();
        }
        if (root instanceof PlannerException pe) {
            return pe.getMessage();
        }
        return Messages.get("cli.error.unexpected", ex.getClass().getSimpleName(), String.valueOf(ex.getMessage()));
    }

    public static int run(Services services, String... args) {
        return create(services).execute(args);
    }

    static PrintWriter utf8(java.io.OutputStream out) {
        return new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), true);
    }
}
