package org.villageplanner.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;
import org.villageplanner.domain.Messages;
import org.villageplanner.service.LayerService;
import org.villageplanner.service.LayerStyle;
import org.villageplanner.service.ReadOptions;
import org.villageplanner.service.ReferenceLayer;
import org.villageplanner.service.Services;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code layer add|list|remove}: reference layers stored in the project file (CLI.md). */
@Command(name = "layer", mixinStandardHelpOptions = true,
        description = "Reference layers (rivers, roads, towns …) stored in the project file.")
final class LayerCommand extends CommandGroup {
    private LayerCommand() {
        super("layers.cli.which");
    }

    static CommandLine create(Services services) {
        return new LayerCommand().with(new Add(services), new ListLayers(services), new Remove(services));
    }

    @Command(name = "add", mixinStandardHelpOptions = true,
            description = "Copy a layer of a Shapefile, GeoJSON or GeoPackage into the project.")
    static final class Add extends ProjectCommand {
        @Parameters(index = "1", paramLabel = "SOURCE")
        Path source;
        @Option(names = "--name", required = true, paramLabel = "NAME", description = "Name of the layer in the project.")
        String name;
        @Option(names = "--layer", paramLabel = "L", description = "Layer to read from a multi-layer file.")
        String layer;
        @Option(names = "--encoding", paramLabel = "E", converter = Usage.CharsetConverter.class,
                description = "Text encoding, e.g. GBK (default: from the file).")
        Charset encoding;
        @Option(names = "--crs", paramLabel = "EPSG:N", description = "Coordinate system of the source (default: from the file).")
        String crs;
        @Option(names = "--barrier", description = "Its lines/polygons cut neighbour links (a river, an expressway).")
        boolean barrier;
        @Option(names = "--color", paramLabel = "#RRGGBB", description = "Line/outline colour.")
        String color;
        @Option(names = "--width", paramLabel = "MM", description = "Line width in millimetres.")
        Double width;
        @Option(names = "--fill", paramLabel = "#RRGGBB|none", description = "Fill colour of polygons and points.")
        String fill;
        @Option(names = "--label", paramLabel = "FIELD", description = "Attribute to label features with.")
        String label;
        @Mixin
        JsonOption json;

        Add(Services services) {
            super(services);
        }

        @Override
        int execute() {
            UnaryOperator<LayerStyle> style = base -> new LayerStyle(color != null ? color : base.stroke(),
                    width != null ? width : base.widthMm(), fill != null ? fill : base.fill(), base.fillOpacity(),
                    label != null ? label : base.labelField());
            LayerService.Added added = services.layers().add(project, source, name,
                    new ReadOptions(layer, encoding, crs), style, barrier);
            warn(added.warnings());
            ReferenceLayer l = added.layer();
            if (json.on) {
                printJson(LayerJson.of(l));
            } else {
                out().println(Messages.get("layers.cli.added", l.name(), l.features(), l.geometryType(), project,
                        l.barrier() ? 1 : 0));
            }
            return 0;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List the reference layers of a project.")
    static final class ListLayers extends ProjectCommand {
        @Mixin
        JsonOption json;

        ListLayers(Services services) {
            super(services);
        }

        @Override
        int execute() {
            List<ReferenceLayer> layers = services.layers().list(project);
            var basemap = services.basemaps().basemap(project);
            if (json.on) {
                ObjectNode root = Json.object();
                root.put("project", project.toString());
                ArrayNode arr = root.putArray("layers");
                layers.forEach(l -> arr.add(LayerJson.of(l)));
                root.set("basemap", basemap.map(LayerJson::of).orElse(null));
                printJson(root);
                return 0;
            }
            if (layers.isEmpty()) {
                out().println(Messages.get("layers.cli.none", project));
            }
            for (ReferenceLayer l : layers) {
                out().println(Messages.get("layers.cli.row", l.order(), l.name(), l.geometryType(), l.features(),
                        l.barrier() ? 1 : 0, l.visible() ? 1 : 0, l.opacity()));
            }
            basemap.ifPresent(b -> out().println(Messages.get("layers.cli.basemapRow", b.file(), b.format(),
                    b.opacity(), b.gcj02() ? 1 : 0, b.attribution())));
            return 0;
        }
    }

    @Command(name = "remove", mixinStandardHelpOptions = true, description = "Remove a reference layer from a project.")
    static final class Remove extends ProjectCommand {
        @Parameters(index = "1", paramLabel = "NAME")
        String name;

        Remove(Services services) {
            super(services);
        }

        @Override
        int execute() {
            services.layers().remove(project, name);
            out().println(Messages.get("layers.cli.removed", name, project));
            return 0;
        }
    }
}
