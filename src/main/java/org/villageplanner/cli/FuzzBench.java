package org.villageplanner.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.villageplanner.service.ByteMutation;
import org.villageplanner.service.ReaderFuzz;
import org.villageplanner.service.Services;

/**
 * {@code planner bench fuzz --inputs N [--seed S]}: N mutated inputs, shared in turn among the readers, and the
 * count of each outcome per reader. Input i of seed S is reproducible: its mutations come from
 * {@code new Random(S * 1_000_003 + i)}. Failures (crash, hang, out of memory) are listed with their index.
 */
final class FuzzBench {
    private FuzzBench() {
    }

    static int run(Services services, long inputs, long seed, boolean json, PrintWriter out) {
        return run(services, 0, inputs, seed, json, out);
    }

    /** Inputs {@code first} to {@code first + inputs - 1} of seed {@code seed} (one index reproduces one input). */
    static int run(Services services, long first, long inputs, long seed, boolean json, PrintWriter out) {
        ReaderFuzz.Target[] targets = ReaderFuzz.Target.values();
        Map<ReaderFuzz.Target, EnumMap<ReaderFuzz.Outcome, Long>> counts = new LinkedHashMap<>();
        for (ReaderFuzz.Target t : targets) {
            counts.put(t, new EnumMap<>(ReaderFuzz.Outcome.class));
        }
        List<String> failures = new ArrayList<>();
        long start = System.nanoTime();
        long reportEvery = Math.max(1, Math.min(10_000, inputs / 20));
        try (ReaderFuzz fuzz = new ReaderFuzz(services)) {
            for (long i = first; i < first + inputs; i++) {
                Random r = new Random(seed * 1_000_003L + i);
                ReaderFuzz.Target t = targets[(int) (i % targets.length)];
                ReaderFuzz.Finding f = fuzz.run(t, ByteMutation.random(r), r.nextInt(1 << 20));
                counts.get(t).merge(f.outcome(), 1L, Long::sum);
                if (f.outcome().failed() && failures.size() < 50) {
                    failures.add("#" + i + " " + t + " " + f.outcome() + ": " + f.detail());
                    if (!json) {
                        out.println(failures.get(failures.size() - 1));
                    }
                }
                if (!json && (i + 1 - first) % reportEvery == 0 && i + 1 < first + inputs) {
                    out.printf(Locale.ROOT, "... %d inputs, %.0f s: %s%n", i + 1 - first, (System.nanoTime() - start) / 1e9,
                            counts);
                    out.flush();
                }
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        if (json) {
            Map<String, Object> root = new LinkedHashMap<>();
            root.put("inputs", inputs);
            root.put("seed", seed);
            root.put("seconds", Math.round(seconds * 10) / 10.0);
            Map<String, Object> per = new LinkedHashMap<>();
            counts.forEach((t, c) -> per.put(t.name(), c));
            root.put("readers", per);
            root.put("failures", failures);
            Json.print(out, root);
        } else {
            out.printf(Locale.ROOT, "%-14s %10s %12s %7s %6s %6s%n", "reader", "result", "clear error", "crash", "hang",
                    "oom");
            counts.forEach((t, c) -> out.printf(Locale.ROOT, "%-14s %10d %12d %7d %6d %6d%n", t,
                    c.getOrDefault(ReaderFuzz.Outcome.RESULT, 0L), c.getOrDefault(ReaderFuzz.Outcome.CLEAR_ERROR, 0L),
                    c.getOrDefault(ReaderFuzz.Outcome.CRASH, 0L), c.getOrDefault(ReaderFuzz.Outcome.HANG, 0L),
                    c.getOrDefault(ReaderFuzz.Outcome.OUT_OF_MEMORY, 0L)));
            out.printf(Locale.ROOT, "%d inputs (seed %d) in %.1f s%n", inputs, seed, seconds);
            failures.forEach(out::println);
        }
        out.flush();
        return failures.isEmpty() ? 0 : 1;
    }
}
