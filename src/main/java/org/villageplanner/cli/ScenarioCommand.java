package org.villageplanner.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.List;
import org.villageplanner.domain.Messages;
import org.villageplanner.service.ScenarioDocument;
import org.villageplanner.service.Services;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code scenario import|export|list}: scenarios as JSON files (CLI.md "Scenario JSON"). */
@Command(name = "scenario", mixinStandardHelpOptions = true, description = "Scenarios as JSON files.")
final class ScenarioCommand extends CommandGroup {
    private ScenarioCommand() {
        super("cliimport.scenario.which");
    }

    /** The {@code scenario} command with its three subcommands. */
    static CommandLine create(Services services) {
        return new ScenarioCommand().with(new ImportScenario(services), new ExportScenario(services),
                new ListScenarios(services));
    }

    @Command(name = "import", mixinStandardHelpOptions = true, description = "Add a scenario JSON file to a project.")
    static final class ImportScenario extends ProjectCommand {
        @Parameters(index = "1", paramLabel = "FILE.json")
        Path file;
        @Option(names = "--replace", description = "Replace a scenario of the same name.")
        boolean replace;
        @Mixin
        JsonOption json;

        ImportScenario(Services services) {
            super(services);
        }

        @Override
        int execute() {
            var imported = services.scenarios().importScenarioFile(project, file, replace);
            var saved = imported.project();
            if (imported.villagesKept() > 0) {
                warn(List.of(Messages.get("cliimport.scenario.villagesKept", file, imported.villagesKept())));
            }
            String name = services.scenarios().readFile(file).scenario().name();
            if (json.on) {
                ObjectNode o = Json.object();
                o.put("project", project.toString());
                o.put("scenario", name);
                o.put("scenarios", saved.scenarios().size());
                o.put("villages", saved.villages().size());
                printJson(o);
            } else {
                out().println(Messages.get("cliimport.scenario.imported", name, project));
            }
            return 0;
        }
    }

    @Command(name = "export", mixinStandardHelpOptions = true, description = "Write a scenario of a project as JSON.")
    static final class ExportScenario extends ProjectCommand {
        @Parameters(index = "1", paramLabel = "NAME")
        String name;
        @Option(names = "--out", required = true, paramLabel = "FILE.json")
        Path out;
        @Mixin
        JsonOption json;

        ExportScenario(Services services) {
            super(services);
        }

        @Override
        int execute() {
            ScenarioDocument doc = services.scenarios().exportScenario(project, name, OutputFiles.file(out));
            if (json.on) {
                ObjectNode o = Json.object();
                o.put("scenario", doc.scenario().name());
                o.put("out", out.toString());
                o.put("clusters", doc.scenario().clusters().size());
                o.put("villages", doc.villages().size());
                printJson(o);
            } else {
                out().println(Messages.get("cliimport.scenario.exported", doc.scenario().name(), out));
            }
            return 0;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List the scenarios of a project.")
    static final class ListScenarios extends ProjectCommand {
        @Mixin
        JsonOption json;

        ListScenarios(Services services) {
            super(services);
        }

        @Override
        int execute() {
            List<String> names = services.scenarios().list(project);
            if (json.on) {
                ObjectNode o = Json.object();
                o.put("project", project.toString());
                names.forEach(o.putArray("scenarios")::add);
                printJson(o);
            } else {
                names.forEach(out()::println);
            }
            return 0;
        }
    }
}
