package org.villageplanner.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.villageplanner.Main;
import org.villageplanner.service.ProjectRepository;
import org.villageplanner.service.Services;
import picocli.CommandLine;

/** Runs the real command tree in-process and captures exit code, stdout and stderr. */
record CliRun(int exit, String out, String err) {
    /** With the real GeoPackage repository. */
    static CliRun of(String... args) {
        return with(Main.services(), args);
    }

    /** With {@code repository} (tests pass an in-memory one). */
    static CliRun run(ProjectRepository repository, String... args) {
        return with(Main.services(repository), args);
    }

    private static CliRun with(Services services, String... args) {
        CommandLine cl = PlannerCommand.create(services);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int exit = cl.execute(args);
        return new CliRun(exit, out.toString(), err.toString());
    }
}
