package org.villageplanner.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Collection;
import java.util.concurrent.Callable;
import org.villageplanner.domain.PlannerException;
import org.villageplanner.service.Services;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * What every command that works on one project file shares: the {@code PROJECT} parameter, the command's
 * writers, JSON output, and errors that name the project file (CLI.md: the message names the file). A
 * subclass declares its own options and does its work in {@link #execute()}.
 */
abstract class ProjectCommand implements Callable<Integer> {
    final Services services;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "PROJECT",
            description = "The project file (.gpkg); simulate and solve also take a scenario file (.json).")
    Path project;

    ProjectCommand(Services services) {
        this.services = services;
    }

    /** The command's work; returns the exit code. */
    abstract int execute() throws Exception;

    @Override
    public final Integer call() throws Exception {
        try {
            int exit = execute();
            out().flush();
            return exit;
        } catch (PlannerException e) {
            throw namingProject(e);
        }
    }

    /** {@code e} as it is when its message already names the project file, else prefixed with the file. */
    PlannerException namingProject(PlannerException e) {
        String message = e.getMessage();
        if (project == null || message.contains(project.toString())
                || message.contains(String.valueOf(project.getFileName()))) {
            return e;
        }
        return new PlannerException(e, "cli.error.inProject", project, message);
    }

    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    /** Prints {@code lines} (warnings, notes) on standard error, one a line. */
    void warn(Collection<String> lines) {
        PrintWriter err = spec.commandLine().getErr();
        lines.forEach(err::println);
        err.flush();
    }

    void printJson(Object value) {
        Json.print(out(), value);
    }
}
