package org.villageplanner.cli;

import java.nio.file.Path;
import org.villageplanner.domain.Messages;
import org.villageplanner.service.Basemap;
import org.villageplanner.service.Services;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code basemap set|clear}: the offline basemap of a project (CLI.md). */
@Command(name = "basemap", mixinStandardHelpOptions = true, description = "Offline basemap from MBTiles or GeoPackage tiles.")
final class BasemapCommand extends CommandGroup {
    private BasemapCommand() {
        super("layers.cli.basemapWhich");
    }

    static CommandLine create(Services services) {
        return new BasemapCommand().with(new Set(services), new Clear(services));
    }

    @Command(name = "set", mixinStandardHelpOptions = true, description = "Use a tile file as the project's basemap.")
    static final class Set extends ProjectCommand {
        @Parameters(index = "1", paramLabel = "TILES.mbtiles|TILES.gpkg")
        Path tiles;
        @Option(names = "--gcj02", description = "The tiles were made from GCJ-02 (shifted) coordinates.")
        boolean gcj02;
        @Option(names = "--opacity", paramLabel = "0-1", defaultValue = "0.6", description = "Opacity (default 0.6).")
        double opacity;
        @Mixin
        JsonOption json;

        Set(Services services) {
            super(services);
        }

        @Override
        int execute() {
            Basemap b = services.basemaps().set(project, tiles, gcj02, opacity);
            if (json.on) {
                printJson(LayerJson.of(b));
            } else {
                out().println(Messages.get("layers.cli.basemapSet", b.file(), project, b.minZoom(), b.maxZoom(),
                        b.attribution().isBlank() ? Messages.get("layers.cli.attributionNone") : b.attribution()));
            }
            return 0;
        }
    }

    @Command(name = "clear", mixinStandardHelpOptions = true, description = "Remove the project's basemap.")
    static final class Clear extends ProjectCommand {
        Clear(Services services) {
            super(services);
        }

        @Override
        int execute() {
            services.basemaps().clear(project);
            out().println(Messages.get("layers.cli.basemapCleared", project));
            return 0;
        }
    }
}
