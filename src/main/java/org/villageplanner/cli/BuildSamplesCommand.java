package org.villageplanner.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.villageplanner.domain.Messages;
import org.villageplanner.service.Progress;
import org.villageplanner.service.Services;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code planner build-samples [--dir samples] [--maps maps] [--out DIR]}: rebuilds the bundled samples. */
@Command(name = "build-samples", hidden = true, mixinStandardHelpOptions = true,
        description = "Rebuild samples/longshan.gpkg and samples/cixi.gpkg from their sources.")
final class BuildSamplesCommand implements Callable<Integer> {
    private final Services services;

    @Option(names = "--dir", defaultValue = "samples", description = "Folder with the sample sources (default samples).")
    Path dir;

    @Option(names = "--maps", defaultValue = "maps", description = "Folder with the county outline (default maps).")
    Path maps;

    @Option(names = "--out", description = "Where to write the .gpkg files (default: the --dir folder).")
    Path outDir;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    BuildSamplesCommand(Services services) {
        this.services = services;
    }

    @Override
    public Integer call() {
        for (Path written : services.samples().buildSamples(dir, maps, outDir == null ? dir : outDir, Progress.NONE)) {
            spec.commandLine().getOut().println(Messages.get("cliproject.buildSamples.wrote", written));
        }
        return 0;
    }
}
