package org.villageplanner.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.io.FileOutputStream;
import java.io.FileDescriptor;
import java.io.OutputStreamWriter;
import org.villageplanner.domain.Messages;
import org.villageplanner.domain.PlannerException;
import org.villageplanner.service.DesktopBenches;
import org.villageplanner.service.Services;
import org.villageplanner.service.WriteLockPolicy;
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
        try {
            Messages.setLocale(Messages.parse(lang));
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "Invalid value for option '--lang': '" + lang + "' (expected zh or en)");
        }
    }

    @Option(names = "--wait", scope = ScopeType.INHERIT, paramLabel = "SECONDS",
            description = "How long a command that writes a project waits for another writer to finish (default 10).")
    void setWait(long seconds) {
        if (seconds < 0 || seconds > 86_400) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    Messages.get("cli.wait.range", String.valueOf(seconds)));
        }
        WriteLockPolicy.setWait(java.time.Duration.ofSeconds(seconds));
    }

    @Option(names = "--debug", scope = ScopeType.INHERIT, description = "Print stack traces of errors.")
    boolean debug;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Builds the command tree with every subcommand wired to {@code services} (no desktop benches). */
    public static CommandLine create(Services services) {
        return create(services, DesktopBenches.NONE, false, false);
    }

    /**
     * The command tree; {@code ownProcess} when the process is the command's own (Main), where a one-shot command
     * may tune the JIT for itself (OneShotJit); {@code reportOnly} in the second JVM that OneShotLauncher starts for
     * {@code planner report}, which builds that one subcommand (picocli reflects over each command it is given:
     * the whole tree was a fifth of that process's main thread).
     */
    private static CommandLine create(Services services, DesktopBenches desktop, boolean ownProcess,
            boolean reportOnly) {
        CommandLine cl = new CommandLine(new PlannerCommand());
        WriteLockPolicy.setWait(WriteLockPolicy.DEFAULT_WAIT);
        cl.setExecutionStrategy(parseResult -> {
            // A writer records which command holds a project's lock, e.g. "planner scenario import".
            WriteLockPolicy.setHolderName(commandName(parseResult));
            CommandLine.ParseResult command = parseResult.subcommand();
            if (ownProcess && command != null && command.commandSpec().userObject() instanceof ReportCommand) {
                // A one-shot report process never lives long enough for C2 to pay back (OneShotJit).
                OneShotJit.c1Only();
            }
            return new CommandLine.RunLast().execute(parseResult);
        });
        // Subcommands; each is thin: parse, call a service, print.
        cl.addSubcommand(new CliConventions.Help());
        if (reportOnly) {
            cl.addSubcommand("report", new ReportCommand(services));
            return conventions(cl);
        }
        cl.addSubcommand(new InfoCommand(services));
        cl.addSubcommand(new GenerateCommand(services));
        cl.addSubcommand(new BuildSamplesCommand(services));
        cl.addSubcommand(BenchCommand.create(services, desktop));
        cl.addSubcommand(new ImportCommand(services));
        cl.addSubcommand(ScenarioCommand.create(services));
        cl.addSubcommand(new SimulateCommand(services));
        cl.addSubcommand(new CompareCommand(services));
        cl.addSubcommand("report", new ReportCommand(services));
        cl.addSubcommand(new ValidateCommand(services));
        cl.addSubcommand(new SuggestCommand(services));
        cl.addSubcommand(new ExportCommand(services));
        cl.addSubcommand(new SolveCommand(services));
        cl.addSubcommand(LayerCommand.create(services));
        cl.addSubcommand(BasemapCommand.create(services));
        return conventions(cl);
    }

    /** Help on every command, UTF-8 output, and the one-paragraph error message. */
    private static CommandLine conventions(CommandLine cl) {
        CliConventions.everyCommandAnswersHelp(cl);
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

    private static String commandName(CommandLine.ParseResult pr) {
        StringBuilder name = new StringBuilder("planner");
        for (CommandLine.ParseResult p = pr.subcommand(); p != null; p = p.subcommand()) {
            name.append(' ').append(p.commandSpec().name());
        }
        return name.toString();
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

    /** Runs one command in this process, which ends with it; tests run the tree through {@link #create}. */
    public static int run(Services services, String... args) {
        return run(services, DesktopBenches.NONE, args);
    }

    /** As {@link #run(Services, String...)} with the desktop benches Main plugs in ({@code bench ui} …). */
    public static int run(Services services, DesktopBenches desktop, String... args) {
        boolean reportOnly = args.length > 0 && args[0].equals("report")
                && "child".equals(System.getProperty("planner.oneshot"));
        return create(services, desktop, true, reportOnly).execute(args);
    }

    static PrintWriter utf8(java.io.OutputStream out) {
        return new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), true);
    }
}
