package org.villageplanner.service;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.villageplanner.domain.PlanProject;

/**
 * Kill -9 trials: a real {@code planner scenario import} process writing to a generated project is killed
 * ({@link Process#destroyForcibly()}) at a random moment, and the project must then open with exactly the state
 * before the command or exactly the state after it, with no temporary files piling up beside it. Used by the
 * crash test and by {@code planner bench crash --trials N}.
 */
public final class CrashTrials {
    private final Services services;
    private final List<String> planner;

    /**
     * @param planner the command that starts the planner command line, e.g. {@code java -cp planner.jar
     *                org.villageplanner.Main}; trial arguments are appended
     */
    public CrashTrials(Services services, List<String> planner) {
        this.services = Objects.requireNonNull(services);
        this.planner = List.copyOf(planner);
    }

    /** One trial: when the process was killed, whether it had already exited, which state the file showed. */
    public record Trial(int index, boolean duringWrite, long killAfterMillis, boolean exitedFirst, String state, int tempFiles) {
    }

    /** All trials; {@code failures} lists each file that showed neither state or could not be opened. */
    public record Summary(int villages, long uninterruptedMillis, long writeMillis, List<Trial> trials, int before, int after,
                          int maxTempFiles, int tempFilesAtEnd, List<String> failures) {
    }

    public Summary run(Path dir, int villages, int trials, long seed) {
        try {
            return runTrials(dir, villages, trials, seed);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private Summary runTrials(Path dir, int villages, int trials, long seed) throws IOException, InterruptedException {
        Path project = dir.resolve("crash.gpkg");
        PlanProject generated = services.samples().generate(villages, seed, project);
        String base = generated.scenarios().get(generated.scenarios().size() - 1).name();
        ScenarioDocument doc = services.scenarios().exportScenario(project, base, dir.resolve("base.json"));
        // A reference run, not killed: how long one write takes, and the scenario as it reads back from the file.
        long t0 = System.nanoTime();
        Process ref = launch(dir, project, doc, "reference");
        long writeStarts = waitForSave(ref, project, tempNames(project));
        if (ref.waitFor() != 0 || writeStarts < 0) {
            throw new IllegalStateException("the reference scenario import failed");
        }
        long reference = (System.nanoTime() - t0) / 1_000_000;
        long writeMillis = Math.max(1, (System.nanoTime() - writeStarts) / 1_000_000);
        Random random = new Random(seed);
        List<Trial> done = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        int before = 0;
        int after = 0;
        int maxTemp = 0;
        PlanProject state = services.projects().open(project);
        for (int i = 0; i < trials; i++) {
            String name = "试验" + i;
            // Even trials: a random moment of the whole run (start-up, reading, computing, writing). Odd trials: a
            // random moment after the save's temporary file appears, to hit the write itself and the rename.
            boolean duringWrite = i % 2 == 1;
            long killAfter = duringWrite ? (long) (writeMillis * 1.2 * random.nextDouble())
                    : (long) (reference * (0.3 + 0.8 * random.nextDouble()));
            java.util.Set<String> leftovers = tempNames(project);
            Process p = launch(dir, project, doc, name);
            if (duringWrite) {
                waitForSave(p, project, leftovers);
            }
            boolean exited = p.waitFor(killAfter, TimeUnit.MILLISECONDS);
            if (!exited) {
                p.destroyForcibly();
                p.waitFor();
            }
            int temps = tempFiles(project);
            maxTemp = Math.max(maxTemp, temps);
            String seen;
            try {
                PlanProject now = services.projects().open(project);
                if (now.equals(state)) {
                    seen = "before";
                    before++;
                } else if (now.scenario(name).isPresent() && now.withoutScenario(name).equals(state) && now
                        .requireScenario(name).equals(now.requireScenario("reference").withName(name))) {
                    seen = "after";
                    after++;
                    state = now;
                } else {
                    seen = "neither";
                    failures.add("trial " + i + " (killed after " + killAfter + " ms): neither the state before nor"
                            + " after");
                    state = now;
                }
            } catch (RuntimeException e) {
                seen = "unreadable";
                failures.add("trial " + i + " (killed after " + killAfter + " ms): " + e.getMessage());
                break;
            }
            done.add(new Trial(i, duringWrite, killAfter, exited, seen, temps));
        }
        // One more, uninterrupted write: it removes what killed saves left behind.
        launch(dir, project, doc, "final").waitFor();
        return new Summary(villages, reference, writeMillis, done, before, after, maxTemp, tempFiles(project), failures);
    }

    /** Waits until {@code p} starts writing (its temporary file appears); the time then, or -1 if it ended first. */
    private static long waitForSave(Process p, Path project, java.util.Set<String> before)
            throws IOException, InterruptedException {
        while (p.isAlive()) {
            if (!before.containsAll(tempNames(project))) {
                return System.nanoTime();
            }
            Thread.sleep(2);
        }
        return -1;
    }

    private Process launch(Path dir, Path project, ScenarioDocument doc, String name) throws IOException {
        Path json = dir.resolve("scenario.json");
        if (!Files.exists(json) || !name.equals(lastWritten)) {
            services.scenarios().writeFile(new ScenarioDocument(doc.scenario().withName(name), List.of()), json);
            lastWritten = name;
        }
        List<String> cmd = new ArrayList<>(planner);
        cmd.addAll(List.of("scenario", "import", project.toString(), json.toString()));
        return new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    }

    private String lastWritten;

    /** Files beside the project other than the project and its lock file. */
    private static int tempFiles(Path project) throws IOException {
        return tempNames(project).size();
    }

    /** Temporary files of saves of {@code project} ({@code .NAME-*}) and SQLite side files ({@code NAME-journal}). */
    private static java.util.Set<String> tempNames(Path project) throws IOException {
        String prefix = "." + project.getFileName() + "-";
        try (var files = Files.list(project.getParent())) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.startsWith(prefix)
                    || n.startsWith(project.getFileName() + "-")).collect(java.util.stream.Collectors.toSet());
        }
    }
}
