package org.villageplanner.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.villageplanner.service.CancelLatency;
import org.villageplanner.service.Services;

/**
 * {@code planner bench cancel [--villages N] [--trials T]}: for each kind of background work (simulate, Monte
 * Carlo, suggest, import, export, report, solve), T cancels at random moments and the time from each cancel to
 * the end of the work on its thread: median and slowest, against the 200 ms of issue 14.
 */
final class CancelBench {
    static final double TARGET_MILLIS = 200;

    private CancelBench() {
    }

    static int run(Services services, int villages, int trials, long seed, boolean json, PrintWriter out) {
        List<CancelLatency.Figures> all = new ArrayList<>();
        if (!json) {
            out.printf(Locale.ROOT, "%-12s %7s %10s %10s %9s %12s%n", "kind", "trials", "cancelled", "median ms",
                    "max ms", "full run ms");
        }
        try (CancelLatency bench = new CancelLatency(services, villages, seed)) {
            for (CancelLatency.Kind k : CancelLatency.Kind.values()) {
                CancelLatency.Figures f = bench.measure(k, trials, seed + k.ordinal());
                all.add(f);
                if (!json) {
                    out.printf(Locale.ROOT, "%-12s %7d %10d %10.1f %9.1f %12.0f%n", k, f.trials(), f.cancelled(),
                            f.medianMillis(), f.maxMillis(), f.fullRunMillis());
                    out.flush();
                }
            }
        }
        boolean ok = all.stream().allMatch(f -> !(f.maxMillis() > TARGET_MILLIS));
        if (json) {
            Map<String, Object> root = new LinkedHashMap<>();
            root.put("villages", villages);
            root.put("trials", trials);
            root.put("kinds", all);
            root.put("withinTarget", ok);
            Json.print(out, root);
        } else {
            out.printf(Locale.ROOT, "%s: every kind stopped within %.0f ms of cancel (%d villages)%n",
                    ok ? "yes" : "NO", TARGET_MILLIS, villages);
        }
        out.flush();
        return ok ? 0 : 1;
    }
}
