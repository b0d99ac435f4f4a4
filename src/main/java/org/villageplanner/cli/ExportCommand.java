package org.villageplanner.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.villageplanner.domain.Messages;
import org.villageplanner.domain.PlannerException;
import org.villageplanner.service.ExportFormat;
import org.villageplanner.service.ExportService;
import org.villageplanner.service.Services;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code export PROJECT --format gpkg|geojson|shp|csv|xlsx --out PATH [--scenario NAME]} (CLI.md). */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Write the project as a GeoPackage, or its villages (with clusters) as GeoJSON, Shapefile, CSV or XLSX.")
final class ExportCommand extends ProjectCommand {
    @Option(names = "--format", required = true, paramLabel = "gpkg|geojson|shp|csv|xlsx")
    String format;

    @Option(names = "--out", required = true, paramLabel = "PATH", description = "The file to write. For shp, a "
            + "folder (existing, or written with a trailing /) means FOLDER/villages.shp and its companions; for the "
            + "other formats an existing folder is an error.")
    String out;

    @Option(names = "--scenario", paramLabel = "NAME", description = "Scenario whose clusters are written (default: the first).")
    String scenario;

    @Mixin
    JsonOption json;

    /** Where to write: {@code --out}, or {@code villages.shp} inside it when it names a folder for a Shapefile. */
    private Path target(ExportFormat fmt) {
        Path path = Path.of(out);
        boolean folder = out.endsWith("/") || out.endsWith(java.io.File.separator) || Files.isDirectory(path);
        if (!folder) {
            return path;
        }
        if (fmt == ExportFormat.SHP) {
            return path.resolve("villages.shp");
        }
        throw new PlannerException("cliimport.export.outIsFolder", out, fmt.name().toLowerCase(java.util.Locale.ROOT));
    }

    ExportCommand(Services services) {
        super(services);
    }

    @Override
    int execute() {
        ExportFormat fmt = Usage.option(spec, () -> ExportFormat.parse(format));
        ExportService.Result r = services.exports().export(project, fmt, target(fmt), scenario);
        if (json.on) {
            ObjectNode o = Json.object();
            o.put("out", r.out().toString());
            o.put("format", fmt.name().toLowerCase(java.util.Locale.ROOT));
            o.put("villages", r.villages());
            if (r.scenario() == null) {
                o.putNull("scenario");
            } else {
                o.put("scenario", r.scenario());
            }
            r.warnings().forEach(o.putArray("warnings")::add);
            printJson(o);
        } else {
            warn(r.warnings());
            out().println(Messages.get("cliimport.export.done", r.villages(), r.out()));
        }
        return 0;
    }
}
