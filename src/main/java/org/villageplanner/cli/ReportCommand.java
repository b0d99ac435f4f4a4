package org.villageplanner.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.villageplanner.domain.Messages;
import org.villageplanner.domain.PlanLevel;
import org.villageplanner.service.Progress;
import org.villageplanner.service.ReportService;
import org.villageplanner.service.Services;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code report PROJECT [--scenario NAME] [--compare NAME]... --out plan.pdf [--author TEXT] [--json]} (CLI.md): the
 * plan PDF. Extension {@code --level township|county|auto} stores the plan level in the project first. Prints where it was written, or with {@code --json} {@code {"file", "pages", "bytes"}}.
 */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Write the plan PDF of a scenario (Chinese by default, English with --lang en).")
final class ReportCommand extends ProjectCommand {
    @CommandLine.Mixin
    AllowInvalidOption allowInvalid;

    @Option(names = "--scenario", paramLabel = "NAME", description = "Scenario to report (default: the first).")
    String scenario;

    @Option(names = "--compare", paramLabel = "NAME", description = "Scenario for the comparison appendix; repeatable.")
    List<String> compare = new ArrayList<>();

    @Option(names = "--out", required = true, paramLabel = "FILE.pdf", description = "The PDF to write.")
    Path out;

    @Option(names = "--author", paramLabel = "TEXT", description = "Planner or office named on the cover.")
    String author;

    @Option(names = "--json", description = "Print the written file, its pages and bytes as JSON on stdout.")
    boolean json;

    @Option(names = "--level", paramLabel = "township|county|auto",
            description = "Set the level the plan speaks for (全镇 / 全县), stored in the project for later plans; "
                    + "auto derives it from the villages' towns again.")
    String level;

    private boolean languageGiven() {
        for (CommandSpec c = spec; c != null; c = c.parent()) {
            CommandLine.ParseResult parsed = c.commandLine().getParseResult();
            if (parsed != null && parsed.hasMatchedOption("--lang")) {
                return true;
            }
        }
        return false;
    }

    /** {@code township} or {@code county}; {@code auto} clears the setting (null). */
    private PlanLevel parseLevel(String key) {
        if ("auto".equalsIgnoreCase(key.strip())) {
            return null;
        }
        try {
            PlanLevel l = PlanLevel.parse(key);
            if (l != null) {
                return l;
            }
        } catch (IllegalArgumentException e) {
            // reported below as a usage error
        }
        throw new CommandLine.ParameterException(spec.commandLine(), Messages.get("clireport.badLevel", key));
    }

    ReportCommand(Services services) {
        super(services);
    }

    @Override
    int execute() {
        OutputFiles.file(out);
        boolean setLevel = level != null;
        PlanLevel chosen = setLevel ? parseLevel(level) : null;
        services.validity().check(project, scenario, allowInvalid.on);
        services.validity().check(project, compare, allowInvalid.on);
        if (setLevel) {
            services.projects().update(project, p -> p.withInfo(p.info().withLevel(chosen)));
        }
        ReportService.Result r = services.reports().export(project,
                new ReportService.Request(scenario, compare, author,
                // The plan is for a township's party committee: Chinese unless --lang says otherwise (DESIGN.md);
                // messages follow --lang or the system locale (CLI.md).
                languageGiven() ? Messages.locale() : Messages.CHINESE), out, Progress.NONE);
        if (json) {
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("file", r.file().toString());
            out.put("pages", r.pages());
            out.put("bytes", r.bytes());
            printJson(out);
        } else {
            out().println(Messages.get("clireport.written", r.file(), r.pages(),
                    String.format(java.util.Locale.ROOT, "%.2f", r.bytes() / 1e6)));
        }
        return 0;
    }
}
