package org.villageplanner.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.villageplanner.domain.Messages;
import org.villageplanner.domain.PlanProject;
import org.villageplanner.service.Services;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code planner generate --villages N --seed S --out FILE}: a synthetic project, the same for the same seed. */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = "Write a synthetic project (Voronoi villages, scenarios 现状 and 方案) for demos and benchmarks.")
final class GenerateCommand implements Callable<Integer> {
    private final Services services;

    @Option(names = "--villages", required = true, paramLabel = "N", description = "Number of villages, 1 to 50000.")
    int villages;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "S", description = "Random seed (default 1).")
    long seed;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The project file to write (.gpkg).")
    Path out;

    @Mixin
    JsonOption json;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    GenerateCommand(Services services) {
        this.services = services;
    }

    @Override
    public Integer call() {
        if (villages > org.villageplanner.domain.ProjectLimits.MAX_VILLAGES) {
            // Bad usage (exit 2), with the advice a too-large import or project gets: split by city or county.
            throw Usage.error(spec, "core.project.tooManyVillages", "--villages", villages,
                    org.villageplanner.domain.ProjectLimits.MAX_VILLAGES);
        }
        Usage.range(spec, "--villages", villages, 1, org.villageplanner.domain.ProjectLimits.MAX_VILLAGES);
        PlanProject p = services.samples().generate(villages, seed, OutputFiles.file(out));
        int clusters = p.scenarios().stream().mapToInt(s -> s.clusters().size()).sum();
        if (json.on) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("file", out.toString());
            m.put("villages", p.villages().size());
            m.put("seed", seed);
            m.put("clusters", clusters);
            Json.print(spec.commandLine().getOut(), m);
        } else {
            spec.commandLine().getOut().println(Messages.get("cliproject.generate.done", out, p.villages().size(),
                    clusters, String.valueOf(seed)));
        }
        return 0;
    }
}
