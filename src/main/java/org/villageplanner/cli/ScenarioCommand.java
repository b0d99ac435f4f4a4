package org.villageplanner.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.villageplanner.domain.Messages;
import org.villageplanner.service.ScenarioDocument;
import org.villageplanner.service.Services;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code scenario import|export|list}: scenarios as JSON files (CLI.md "Scenario JSON"). */
@Command(name = "scenario", mixinStandardHelpOptions = true, description = "Scenarios as JSON files.")
final class ScenarioCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), Messages.get("cliimport.scenario.which"));
    }

    /** The {@code scenario} command with its three subcommands. */
    static CommandLine create(Services services) {
        CommandLine cl = new CommandLine(new ScenarioCommand());
        cl.addSubcommand(new ImportScenario(services));
        cl.addSubcommand(new ExportScenario(services));
        cl.addSubcommand(new ListScenarios(services));
        return cl;
    }

    @Command(name = "import", mixinStandardHelpOptions = true, description = "Add a scenario JSON file to a project.")
    static final class ImportScenario implements Callable<Integer> {
        private final Services services;
        @Spec
        CommandSpec spec;
        @Parameters(index = "0", paramLabel = "PROJECT")
        Path project;
        @Parameters(index = "1", paramLabel = "FILE.json")
        Path file;
        @Option(names = "--replace", description = "Replace a scenario of the same name.")
        boolean replace;
        @Option(names = "--json", description = "Print the result as JSON.")
        boolean json;

        ImportScenario(Services services) {
            this.services = services;
        }

        @Override
        public Integer call() throws Exception {
            var imported = services.scenarios().importScenarioFile(project, file, replace);
            var saved = imported.project();
            if (imported.villagesKept() > 0) {
                PrintWriter err = spec.commandLine().getErr();
                err.println(Messages.get("cliimport.scenario.villagesKept", file, imported.villagesKept()));
                err.flush();
            }
            String name = services.scenarios().readFile(file).scenario().name();
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                ObjectNode o = ImportCommand.JSON.createObjectNode();
                o.put("project", project.toString());
                o.put("scenario", name);
                o.put("scenarios", saved.scenarios().size());
                o.put("villages", saved.villages().size());
                out.println(ImportCommand.JSON.writeValueAsString(o));
            } else {
                out.println(Messages.get("cliimport.scenario.imported", name, project));
            }
            out.flush();
            return 0;
        }
    }

    @Command(name = "export", mixinStandardHelpOptions = true, description = "Write a scenario of a project as JSON.")
    static final class ExportScenario implements Callable<Integer> {
        private final Services services;
        @Spec
        CommandSpec spec;
        @Parameters(index = "0", paramLabel = "PROJECT")
        Path project;
        @Parameters(index = "1", paramLabel = "NAME")
        String name;
        @Option(names = "--out", required = true, paramLabel = "FILE.json")
        Path out;
        @Option(names = "--json", description = "Print the result as JSON.")
        boolean json;

        ExportScenario(Services services) {
            this.services = services;
        }

        @Override
        public Integer call() throws Exception {
            ScenarioDocument doc = services.scenarios().exportScenario(project, name, out);
            PrintWriter w = spec.commandLine().getOut();
            if (json) {
                ObjectNode o = ImportCommand.JSON.createObjectNode();
                o.put("scenario", doc.scenario().name());
                o.put("out", out.toString());
                o.put("clusters", doc.scenario().clusters().size());
                o.put("villages", doc.villages().size());
                w.println(ImportCommand.JSON.writeValueAsString(o));
            } else {
                w.println(Messages.get("cliimport.scenario.exported", doc.scenario().name(), out));
            }
            w.flush();
            return 0;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List the scenarios of a project.")
    static final class ListScenarios implements Callable<Integer> {
        private final Services services;
        @Spec
        CommandSpec spec;
        @Parameters(index = "0", paramLabel = "PROJECT")
        Path project;
        @Option(names = "--json", description = "Print the names as JSON.")
        boolean json;

        ListScenarios(Services services) {
            this.services = services;
        }

        @Override
        public Integer call() throws Exception {
            List<String> names = services.scenarios().list(project);
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                ObjectNode o = ImportCommand.JSON.createObjectNode();
                o.put("project", project.toString());
                ArrayNode a = o.putArray("scenarios");
                names.forEach(a::add);
                out.println(ImportCommand.JSON.writeValueAsString(o));
            } else {
                names.forEach(out::println);
            }
            out.flush();
            return 0;
        }
    }
}
