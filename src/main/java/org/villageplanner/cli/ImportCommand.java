package org.villageplanner.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.villageplanner.domain.Messages;
import org.villageplanner.service.ImportOptions;
import org.villageplanner.service.ImportReport;
import org.villageplanner.service.Progress;
import org.villageplanner.service.Services;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code import SOURCE... --out PROJECT}: creates or extends a project from village files (CLI.md). */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Create or extend a project from GeoPackage / Shapefile / GeoJSON / CSV / XLSX files.")
final class ImportCommand implements Callable<Integer> {
    private final Services services;

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "SOURCE", description = "Files to import, in order.")
    List<Path> sources;

    @Option(names = "--out", required = true, paramLabel = "PROJECT", description = "Project file to create or extend.")
    Path project;

    @Option(names = "--layer", paramLabel = "L", description = "Layer to read from a multi-layer file.")
    String layer;

    @Option(names = "--encoding", paramLabel = "CHARSET", converter = Usage.CharsetConverter.class, description = "Text encoding, e.g. GBK (default: from the file).")
    Charset encoding;

    @Option(names = "--crs", paramLabel = "EPSG:N", description = "Coordinate system of the sources (default: from the file).")
    String crs;

    @Option(names = "--map", paramLabel = "field=column",
            description = "Read a village field from this column; add _wan to the field for 万元 (operating_income_wan=经营收入).")
    Map<String, String> map = new LinkedHashMap<>();

    @Option(names = "--money-unit", paramLabel = "yuan",
            description = "Extension: 'yuan' accepts money columns without a unit in their header as yuan even when their values look like 万元 (otherwise such a column is refused).")
    String moneyUnit;

    @Option(names = "--scenario", paramLabel = "NAME",
            description = "Scenario made from cluster/cluster_name columns (default: named after the file); "
                    + "from a project GeoPackage, the one scenario to take over (default: all).")
    String scenario;

    @Mixin
    JsonOption json;

    ImportCommand(Services services) {
        this.services = services;
    }

    @Override
    public Integer call() throws Exception {
        if (moneyUnit != null && !moneyUnit.equalsIgnoreCase("yuan") && !moneyUnit.equals("元")) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--money-unit: '" + moneyUnit + "' is not a unit this option accepts; the only value is 'yuan' "
                            + "(for 万元 use --map FIELD_wan=COLUMN).");
        }
        ImportReport r = services.imports().importFiles(sources, project,
                new ImportOptions(layer, encoding, crs, map, moneyUnit != null, scenario), Progress.NONE);
        PrintWriter out = spec.commandLine().getOut();
        if (json.on) {
            // The report's components, in order, are the keys; the project as written, not as a file: URI.
            ObjectNode o = Json.MAPPER.valueToTree(r);
            o.put("project", r.project().toString());
            Json.print(out, o);
        } else {
            PrintWriter err = spec.commandLine().getErr();
            r.warnings().forEach(err::println);
            list(err, "cliimport.import.unused", r.unusedColumns());
            list(err, "cliimport.import.empty", r.emptyFields());
            r.conversions().forEach(c -> err.println(Messages.get("cliimport.import.conversion", c)));
            r.scenarios().forEach(c -> err.println(Messages.get("cliimport.import.scenario", c)));
            r.notTaken().forEach(c -> err.println(Messages.get("cliimport.import.notTaken", c)));
            err.flush();
            out.println(Messages.get("cliimport.import.done", r.villages(), r.added(), r.updated(), r.project()));
        }
        out.flush();
        return 0;
    }

    private static void list(PrintWriter err, String key, List<String> items) {
        if (!items.isEmpty()) {
            err.println(Messages.get(key, String.join(", ", items)));
        }
    }
}
