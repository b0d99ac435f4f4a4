package org.villageplanner.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.villageplanner.domain.Messages;
import org.villageplanner.service.Basemap;
import org.villageplanner.service.Services;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code basemap set|clear}: the offline basemap of a project (CLI.md). */
@Command(name = "basemap", mixinStandardHelpOptions = true, description = "Offline basemap from MBTiles or GeoPackage tiles.")
final class BasemapCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), Messages.get("layers.cli.basemapWhich"));
    }

    static CommandLine create(Services services) {
        CommandLine cl = new CommandLine(new BasemapCommand());
        cl.addSubcommand(new Set(services));
        cl.addSubcommand(new Clear(services));
        return cl;
    }

    @Command(name = "set", mixinStandardHelpOptions = true, description = "Use a tile file as the project's basemap.")
    static final class Set implements Callable<Integer> {
        private final Services services;
        @Spec
        CommandSpec spec;
        @Parameters(index = "0", paramLabel = "PROJECT")
        Path project;
        @Parameters(index = "1", paramLabel = "TILES.mbtiles|TILES.gpkg")
        Path tiles;
        @Option(names = "--gcj02", description = "The tiles were made from GCJ-02 (shifted) coordinates.")
        boolean gcj02;
        @Option(names = "--opacity", paramLabel = "0-1", defaultValue = "0.6", description = "Opacity (default 0.6).")
        double opacity;
        @Option(names = "--json", description = "Print the result as JSON.")
        boolean json;

        Set(Services services) {
            this.services = services;
        }

        @Override
        public Integer call() throws Exception {
            Basemap b = services.basemaps().set(project, tiles, gcj02, opacity);
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                out.println(ImportCommand.JSON.writeValueAsString(LayerJson.of(b)));
            } else {
                out.println(Messages.get("layers.cli.basemapSet", b.file(), project, b.minZoom(), b.maxZoom(),
                        b.attribution().isBlank() ? Messages.get("layers.cli.attributionNone") : b.attribution()));
            }
            out.flush();
            return 0;
        }
    }

    @Command(name = "clear", mixinStandardHelpOptions = true, description = "Remove the project's basemap.")
    static final class Clear implements Callable<Integer> {
        private final Services services;
        @Spec
        CommandSpec spec;
        @Parameters(index = "0", paramLabel = "PROJECT")
        Path project;

        Clear(Services services) {
            this.services = services;
        }

        @Override
        public Integer call() {
            services.basemaps().clear(project);
            PrintWriter out = spec.commandLine().getOut();
            out.println(Messages.get("layers.cli.basemapCleared", project));
            out.flush();
            return 0;
        }
    }
}
