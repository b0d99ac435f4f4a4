package org.villageplanner.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.villageplanner.domain.Messages;
import org.villageplanner.finance.Comparison;
import org.villageplanner.finance.StrengthShift;
import org.villageplanner.service.AssumptionDifferences;
import org.villageplanner.service.CompareService;
import org.villageplanner.service.Progress;
import org.villageplanner.service.Services;
import org.villageplanner.service.SimulationService;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code compare PROJECT --scenario A --scenario B [...] [--years N] [--json]} (CLI.md, docs/cli-compare.md). */
@Command(name = "compare", description = "Indicators of two or more scenarios side by side, with deltas against "
        + "the first.")
final class CompareCommand extends ProjectCommand {
    @Option(names = "--scenario", paramLabel = "NAME", required = true, description = "A scenario; give 2 or more.")
    List<String> scenarios = new ArrayList<>();

    @CommandLine.Mixin
    SimulationOptions overrides;

    @CommandLine.Mixin
    JsonOption json;

    @CommandLine.Mixin
    AllowInvalidOption allowInvalid;

    CompareCommand(Services services) {
        super(services);
    }

    @Override
    int execute() {
        if (scenarios.size() < 2) {
            throw Usage.error(spec, "finance.compare.tooFew", scenarios.size());
        }
        SimulationService.Overrides checked = overrides.checked(spec);
        services.validity().check(project, scenarios, allowInvalid.on);
        CompareService.Result result = services.compare().compare(project, scenarios, checked, Progress.NONE);
        Comparison c = result.comparison();
        PrintWriter out = out();
        if (json.on) {
            ObjectNode root = json(c);
            ArrayNode cards = root.putArray("scorecard");
            for (int i = 0; i < result.scorecards().size(); i++) {
                ObjectNode card = SimulationJson.scorecard(result.scorecards().get(i));
                card.put("scenario", c.scenarios().get(i));
                cards.add(card);
            }
            // CLI.md: the keys on which the scenarios disagree; their values per scenario are an extension.
            ArrayNode differ = root.putArray("assumptionsDiffer");
            ArrayNode values = root.putArray("assumptionsDifferValues");
            for (AssumptionDifferences.Difference d : result.assumptionsDiffer()) {
                differ.add(d.field());
                ObjectNode o = values.addObject();
                o.put("field", d.field());
                numbers(o.putArray("values"), d.values());
            }
            strength(root, result.strength());
            printJson(root);
        } else {
            out.println(Messages.get("clisim.compare.head", String.join(" / ", c.scenarios()), c.years()));
            if (!result.assumptionsDiffer().isEmpty()) {
                out.println(Messages.get("clisim.compare.assumptionsDiffer", String.join(", ",
                        result.assumptionsDiffer().stream().map(AssumptionDifferences.Difference::field).toList())));
            }
            for (StrengthShift.Count n : result.strength().counts()) {
                out.println("  " + Messages.get("clisim.compare.strength", n.scenario(), n.strong(), n.medium(),
                        n.weak()));
            }
            for (Comparison.Row row : c.indicators()) {
                List<String> cells = new ArrayList<>();
                for (int i = 0; i < row.values().size(); i++) {
                    Double v = row.values().get(i);
                    Double d = row.deltas().get(i);
                    cells.add(format(v) + (i == 0 || d == null ? "" : " (" + (d >= 0 ? "+" : "") + format(d) + ")"));
                }
                out.println("  " + Messages.get("clisim.compare.row", row.name(), String.join(" | ", cells)));
            }
        }
        return 0;
    }

    static ObjectNode json(Comparison c) {
        ObjectNode root = Json.object();
        ArrayNode names = root.putArray("scenarios");
        c.scenarios().forEach(names::add);
        root.put("years", c.years());
        ArrayNode rows = root.putArray("indicators");
        for (Comparison.Row row : c.indicators()) {
            ObjectNode o = rows.addObject();
            o.put("name", row.name());
            numbers(o.putArray("values"), row.values());
            numbers(o.putArray("deltas"), row.deltas());
        }
        ArrayNode byYear = root.putArray("byYear");
        for (Comparison.YearRow y : c.byYear()) {
            ObjectNode o = byYear.addObject();
            o.put("year", y.year());
            for (Map.Entry<String, List<Double>> e : y.values().entrySet()) {
                numbers(o.putArray(e.getKey()), e.getValue());
            }
        }
        ArrayNode villages = root.putArray("villages");
        for (Comparison.VillageRow v : c.villages()) {
            ObjectNode o = villages.addObject();
            o.put("code", v.code());
            o.put("name", v.name());
            ArrayNode cl = o.putArray("clusters");
            v.clusters().forEach(cl::add);
            ArrayNode inc = o.putArray("operatingIncomeN");
            v.operatingIncomeN().forEach(x -> inc.add(x == null ? null : SimulationJson.money(x)));
            ArrayNode d = o.putArray("deltas");
            v.deltas().forEach(x -> d.add(x == null ? null : SimulationJson.money(x)));
        }
        return root;
    }

    /** CLI.md: {@code strength} per scenario and {@code strengthChanged} against the first. */
    static void strength(ObjectNode root, StrengthShift shift) {
        root.set("strength", Json.MAPPER.valueToTree(shift.counts()));
        ArrayNode changed = root.putArray("strengthChanged");
        for (StrengthShift.Change ch : shift.changed()) {
            ObjectNode o = changed.addObject();
            o.put("code", ch.code());
            o.put("from", ch.from().name());
            o.put("to", ch.to().name());
        }
    }

    private static void numbers(ArrayNode a, List<Double> values) {
        for (Double v : values) {
            if (v == null) {
                a.addNull();
            } else if (v == Math.rint(v) && Math.abs(v) < 1e15) {
                a.add(v.longValue()); // counts read better as integers
            } else {
                a.add(v);
            }
        }
    }

    private static String format(Double v) {
        if (v == null) {
            return "-";
        }
        return Math.abs(v) >= 1000 || v == Math.rint(v) ? String.format("%.0f", v) : String.format("%.4f", v);
    }
}
