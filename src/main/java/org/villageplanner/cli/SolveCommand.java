package org.villageplanner.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.villageplanner.domain.Messages;
import org.villageplanner.finance.GoalSeek;
import org.villageplanner.finance.Lever;
import org.villageplanner.service.Progress;
import org.villageplanner.service.Services;
import org.villageplanner.service.SolveService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code solve PROJECT --scenario NAME --lever LEVER [--cluster ID] [--party P] [--project NAME] --goal GOAL
 * --by-year N --probability P [--min A] [--max B] [--runs R] [--seed S] [--save-as NAME] [--json]} (CLI.md).
 */
@Command(name = "solve", mixinStandardHelpOptions = true, description = "Goal seeking: the smallest value of a lever "
        + "for which the Monte Carlo probability of a goal in a year reaches the one asked for (CLI.md).")
final class SolveCommand extends ProjectCommand {
    @Option(names = "--scenario", paramLabel = "NAME", description = "Scenario (default: the first).")
    String scenario;

    @Option(names = "--lever", required = true, paramLabel = "LEVER",
            description = "floor, guaranteedYield, payoutRatio, outsideCash or revenueFactor.")
    String lever;

    @Option(names = "--cluster", paramLabel = "ID", description = "Cluster whose lever moves (default: every cluster "
            + "where the lever applies; required for outsideCash).")
    String cluster;

    @Option(names = "--party", paramLabel = "P", description = "outsideCash: the outside party (created if missing).")
    String party;

    @Option(names = "--project", paramLabel = "NAME", description = "revenueFactor: the project whose annual revenue "
            + "is multiplied.")
    String projectName;

    @Option(names = "--goal", required = true, paramLabel = "GOAL",
            description = "operating, total, or share:F (at least that share of villages meets both targets).")
    String goal;

    @Option(names = "--by-year", required = true, paramLabel = "N", description = "Year in which the goal is judged.")
    int byYear;

    @Option(names = "--probability", required = true, paramLabel = "P", description = "Probability asked for, (0, 1].")
    double probability;

    @Option(names = "--min", paramLabel = "A", description = "Lowest lever value searched (default per lever).")
    Double min;

    @Option(names = "--max", paramLabel = "B", description = "Highest lever value searched (default per lever).")
    Double max;

    @Option(names = "--runs", paramLabel = "R", description = "Monte Carlo runs per lever value (default 2000).")
    Integer runs;

    @Option(names = "--seed", paramLabel = "S", description = "Monte Carlo seed (default: the scenario's).")
    Long seed;

    @Option(names = "--save-as", paramLabel = "NAME", description = "Save a copy of the scenario with the lever set "
            + "to the answer.")
    String saveAs;

    @Mixin
    AllowInvalidOption allowInvalid;

    @Mixin
    JsonOption json;

    SolveCommand(Services services) {
        super(services);
    }

    @Override
    int execute() {
        Usage.option(spec, () -> Lever.Kind.parse(lever));
        Usage.option(spec, () -> SolveService.Goal.parse(goal));
        Usage.range(spec, "--runs", runs, 1, Integer.MAX_VALUE);
        if (!(probability > 0 && probability <= 1)) {
            throw Usage.error(spec, "goalseek.probability", probability);
        }
        services.validity().check(project, scenario, allowInvalid.on);
        SolveService.Request request = new SolveService.Request(scenario, lever, cluster, party, projectName, goal,
                byYear, probability, min, max, runs, seed, saveAs);
        SolveService.Result r = services.solve().solve(project, request, Progress.NONE);
        if (json.on) {
            printJson(toJson(r));
        } else {
            summary(r, out());
        }
        return 0;
    }

    static Map<String, Object> toJson(SolveService.Result r) {
        GoalSeek.Answer a = r.answer();
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("scenario", r.scenario());
        root.put("lever", r.lever().cliName);
        root.put("clusters", r.clusters());
        root.put("goal", r.request().goal());
        root.put("byYear", r.request().byYear());
        root.put("probability", r.request().probability());
        root.put("runs", r.runs());
        root.put("seed", r.seed());
        root.put("min", r.min());
        root.put("max", r.max());
        root.put("reachable", a.reachable());
        root.put("value", a.value());
        root.put("probabilityAtValue", a.probabilityAtValue());
        root.put("valueBelow", a.valueBelow());
        root.put("probabilityBelow", a.probabilityBelow());
        root.put("tolerance", a.tolerance());
        root.put("curve", a.curve());
        root.put("failing", r.failing());
        root.put("savedAs", r.savedAs());
        return root;
    }

    private static void summary(SolveService.Result r, PrintWriter out) {
        GoalSeek.Answer a = r.answer();
        String asked = Messages.get("goalseek.summary.asked", r.lever().cliName, String.join(", ", r.clusters()),
                r.request().goal(), r.request().byYear(), percent(r.request().probability()), r.runs(),
                String.valueOf(r.seed()));
        out.println(asked);
        if (a.reachable()) {
            out.println(Messages.get("goalseek.summary.value", number(a.value()), percent(a.probabilityAtValue())));
            if (a.valueBelow() != null) {
                out.println(Messages.get("goalseek.summary.below", number(a.valueBelow()),
                        percent(a.probabilityBelow())));
            }
        } else {
            out.println(Messages.get("goalseek.summary.unreachable", number(r.min()), number(r.max()),
                    String.join(", ", r.failing())));
        }
        for (GoalSeek.Point p : a.curve()) {
            out.println("  " + number(p.value()) + "  " + percent(p.probability()));
        }
        if (r.savedAs() != null) {
            out.println(Messages.get("goalseek.summary.saved", r.savedAs()));
        }
    }

    private static String percent(double p) {
        return String.format(Locale.ROOT, "%.1f%%", p * 100);
    }

    private static String number(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? String.format(Locale.ROOT, "%.0f", v)
                : String.format(Locale.ROOT, "%.3f", v);
    }
}
