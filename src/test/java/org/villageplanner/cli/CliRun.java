package org.villageplanner.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.villageplanner.Main;
import org.villageplanner.service.ProjectRepository;
import picocli.CommandLine;

/** Runs the real command tree in-process and captures exit code, stdout and stderr. */
record CliRun(int exit, String out, String err) {
    static CliRun run(ProjectRepository repository, String... args) {
        return execute(PlannerCommand.create(Main.services(repository)), args);
    }

    static CliRun of(String... args) {
        return execute(PlannerCommand.create(Main.services()), args);
    }

    private static CliRun execute(CommandLine cl, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int exit = cl.execute(args);
        return new CliRun(exit, out.toString(), err.toString());
    }
}
