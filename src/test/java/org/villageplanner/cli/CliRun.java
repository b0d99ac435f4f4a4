package org.villageplanner.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.villageplanner.Main;
import picocli.CommandLine;

/** Runs the real command tree with captured stdout and stderr. */
record CliRun(int exit, String out, String err) {
    static CliRun of(String... args) {
        CommandLine cl = PlannerCommand.create(Main.services());
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int exit = cl.execute(args);
        return new CliRun(exit, out.toString(), err.toString());
    }
}
