package org.villageplanner.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import org.villageplanner.domain.Messages;
import org.villageplanner.finance.ClusterResult;
import org.villageplanner.finance.IndicatorYear;
import org.villageplanner.finance.PartyShare;
import org.villageplanner.finance.SimulationResult;
import org.villageplanner.finance.VillageResult;
import org.villageplanner.service.Progress;
import org.villageplanner.service.Services;
import org.villageplanner.service.SimulationService;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code simulate PROJECT [--scenario NAME] [--years N] [--runs R] [--seed S] [--json | --csv DIR]} (CLI.md). */
@Command(name = "simulate", description = "Shares, waterfall, dividends, incomes and indicators of a scenario "
        + "(MODEL.md); PROJECT is a project .gpkg or a scenario .json with its villages.")
final class SimulateCommand extends ProjectCommand {
    @Option(names = "--scenario", paramLabel = "NAME", description = "Scenario name (default: the first).")
    String scenario;

    @CommandLine.Mixin
    SimulationOptions overrides;

    @CommandLine.ArgGroup(exclusive = true)
    Output output = new Output();

    static final class Output {
        @Option(names = "--json", description = "Print the figures as JSON (UTF-8) on stdout.")
        boolean json;

        @Option(names = "--csv", paramLabel = "DIR", description = "Write villages.csv, waterfall.csv, payouts.csv "
                + "and indicators.csv (UTF-8 with BOM) into DIR.")
        Path csv;
    }

    @CommandLine.Mixin
    AllowInvalidOption allowInvalid;

    SimulateCommand(Services services) {
        super(services);
    }

    @Override
    int execute() {
        SimulationService.Overrides checked = overrides.checked(spec);
        services.validity().check(project, scenario, allowInvalid.on);
        SimulationResult r = services.simulation().simulate(project, scenario, checked, Progress.NONE);
        if (output != null && output.json) {
            printJson(SimulationJson.of(r));
        } else if (output != null && output.csv != null) {
            for (Path f : SimulationCsv.write(r, output.csv)) {
                out().println(Messages.get("clisim.csv.wrote", f));
            }
        } else {
            summary(r, out());
        }
        return 0;
    }

    private static void summary(SimulationResult r, PrintWriter out) {
        int n = r.years();
        out.println(Messages.get("clisim.summary.head", r.scenario(), n, r.villages().size(), r.clusters().size()));
        for (ClusterResult c : r.clusters()) {
            StringBuilder shares = new StringBuilder();
            for (PartyShare s : c.shares()) {
                shares.append(shares.length() == 0 ? "" : ", ").append(s.name()).append(' ')
                        .append(String.format("%.2f%%", s.percent()));
            }
            out.println("  " + Messages.get("clisim.summary.cluster", c.name(), shares, wan(c.totalDividends()),
                    wan(c.npv()), c.irr() == null ? Messages.get(c.irrNote()) : String.format("%.2f%%", c.irr() * 100),
                    c.paybackYear() == null ? "-" : c.paybackYear()));
        }
        for (VillageResult v : r.villages()) {
            out.println("  " + Messages.get("clisim.summary.village", v.name(), v.code(), v.strength().label(),
                    wan(v.operatingIncome()[0]), n, wan(v.operatingIncome()[n])));
        }
        IndicatorYear y = r.indicators().get(n);
        out.println(Messages.get("clisim.summary.indicators", n, y.belowTotalTarget(), y.belowOperatingTarget(),
                y.gini() == null ? "-" : String.format("%.3f", y.gini()),
                y.maxMinRatio() == null ? "-" : String.format("%.2f", y.maxMinRatio())));
        if (r.monteCarlo().runs() > 0) {
            out.println(Messages.get("clisim.summary.monteCarlo", r.monteCarlo().runs(), String.valueOf(r.monteCarlo().seed()),
                    String.format("%.1f%%", r.monteCarlo().pAllMeetTargets() * 100), n));
        }
    }

    private static String wan(double yuan) {
        return String.format("%.2f", yuan / 10_000);
    }
}
