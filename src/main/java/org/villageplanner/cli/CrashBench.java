package org.villageplanner.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.villageplanner.service.CrashTrials;
import org.villageplanner.service.Services;

/**
 * {@code planner bench crash [--trials 50] [--villages 3000] [--seed S]}: kills {@code planner scenario import} at
 * random moments while it writes a generated project and checks each time that the file opens with exactly the
 * state before or after; prints the counts. Exit 1 when any trial saw anything else.
 */
final class CrashBench {
    private CrashBench() {
    }

    /** How to start this same program again: the running java with the running class path. */
    static List<String> self() {
        String java = ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        return List.of(java, "-Xmx1g", "-cp", System.getProperty("java.class.path"), "org.villageplanner.Main");
    }

    static int run(Services services, int trials, int villages, long seed, boolean json, PrintWriter out)
            throws IOException {
        Path dir = Files.createTempDirectory("vcp-crash-");
        CrashTrials.Summary s;
        try {
            s = new CrashTrials(services, self()).run(dir, villages, trials, seed);
        } finally {
            try (var files = Files.list(dir)) {
                for (Path p : files.toList()) {
                    Files.deleteIfExists(p);
                }
            }
            Files.deleteIfExists(dir);
        }
        long exitedFirst = s.trials().stream().filter(CrashTrials.Trial::exitedFirst).count();
        long inWrite = s.trials().stream().filter(CrashTrials.Trial::duringWrite).count();
        long inWriteAfter = s.trials().stream().filter(t -> t.duringWrite() && t.state().equals("after")).count();
        if (json) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("villages", s.villages());
            m.put("trials", s.trials().size());
            m.put("uninterruptedMillis", s.uninterruptedMillis());
            m.put("writeMillis", s.writeMillis());
            m.put("killedDuringWrite", inWrite);
            m.put("killedDuringWriteAfter", inWriteAfter);
            m.put("before", s.before());
            m.put("after", s.after());
            m.put("exitedBeforeKill", exitedFirst);
            m.put("maxTempFiles", s.maxTempFiles());
            m.put("tempFilesAtEnd", s.tempFilesAtEnd());
            m.put("failures", s.failures());
            List<Object> kills = new ArrayList<>();
            s.trials().forEach(t -> kills.add(List.of(t.duringWrite(), t.killAfterMillis(), t.state())));
            m.put("killAfterMillisAndState", kills);
            Json.print(out, m);
        } else {
            out.printf(Locale.ROOT, "%d kill -9 trials on a %d-village project (an uninterrupted scenario import takes "
                    + "%d ms, its write %d ms; %d trials killed during the write, %d of them after the rename): "
                    + "%d opened with the state before, %d with the state after (%d had finished before the kill); "
                    + "%d failures. Temporary files beside the project: at most %d at once, %d at the end.%n",
                    s.trials().size(), s.villages(), s.uninterruptedMillis(), s.writeMillis(), inWrite, inWriteAfter,
                    s.before(), s.after(), exitedFirst, s.failures().size(), s.maxTempFiles(), s.tempFilesAtEnd());
            s.failures().forEach(out::println);
        }
        out.flush();
        return s.failures().isEmpty() && s.tempFilesAtEnd() == 0 ? 0 : 1;
    }
}
