package org.villageplanner.ui.save;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.villageplanner.domain.Cluster;
import org.villageplanner.domain.PlanProject;
import org.villageplanner.domain.ProjectInfo;
import org.villageplanner.domain.Scenario;
import org.villageplanner.service.ProjectService;
import org.villageplanner.ui.common.AppSettings;

/**
 * The crash test of the app's save path: a child process writes edit after edit exactly as the app does (the
 * auto-saver's {@link RecoveryFiles#write} for odd edits, an explicit save of the project file for even ones) and is
 * killed with SIGKILL at a random moment. Afterwards both files must open, each holding the edit written last or the
 * one being written when the process died (the edit number is the project's title), and after the next start's
 * tidy-up no temporary file is left. No JavaFX: the child runs the same classes without a window.
 */
public final class SaveCrashTrials {
    /** Outcome of all trials: how many, how many files checked, and what went wrong (empty when all held). */
    public record Result(int trials, int filesChecked, int leftoversRemoved, int projectTempLeft,
            List<String> failures) {
    }

    private SaveCrashTrials() {
    }

    /** Edit {@code i} goes to the project file (an explicit save) when true, else to the recovery copy. */
    static boolean projectEdit(int i) {
        return i % 3 == 0;
    }

    /**
     * The child: writes forever, printing "recovery N" or "project N" after each completed write. Recovery edits are
     * what the autosave writes after a paint stroke (a village moved into another cluster, which is renamed
     * {@code edit-N}), so after the first they are written as deltas; explicit saves change the title to
     * {@code edit-N} and write the whole file.
     */
    public static void child(ProjectService projects, PlanProject base, Path dir, PrintStream out)
            throws IOException {
        RecoveryFiles recovery = new RecoveryFiles(new AppSettings(dir.resolve("settings")), projects);
        Path project = dir.resolve("project.gpkg");
        PlanProject edited = base;
        for (int i = 1; ; i++) {
            if (!projectEdit(i)) {
                edited = paint(edited, i);
                recovery.write(edited, new RecoveryFiles.Info(project, edited.info().title(), Instant.now(), i));
                out.println("recovery " + i);
            } else {
                projects.save(base.withInfo(new ProjectInfo("edit-" + i, "crash", false, "SaveCrashTrials")), project);
                out.println("project " + i);
            }
            out.flush();
        }
    }

    /** Moves the last member of cluster {@code i mod n} of the last scenario into the next one, named edit-i. */
    private static PlanProject paint(PlanProject p, int i) {
        Scenario s = p.scenarios().get(p.scenarios().size() - 1);
        List<Cluster> cs = s.clusters();
        Cluster from = cs.get(i % (cs.size() - 1));
        Cluster into = cs.get(i % (cs.size() - 1) + 1);
        if (from.members().size() > 1) {
            String m = from.members().get(from.members().size() - 1);
            s = s.withCluster(from.withMembers(from.members().subList(0, from.members().size() - 1)));
            List<String> members = new ArrayList<>(into.members());
            members.add(m);
            into = into.withMembers(members);
        }
        return p.withScenario(s.withCluster(into.withName("edit-" + i)));
    }

    /** The edit a file holds: a recovery copy's newest cluster name, a project file's title. */
    private static int editOf(PlanProject p, String kind) {
        String mark = kind.equals("project") ? p.info().title()
                : p.scenarios().get(p.scenarios().size() - 1).clusters().stream().map(Cluster::name)
                        .filter(n -> n.startsWith("edit-")).mapToInt(n -> Integer.parseInt(n.substring(5)))
                        .max().stream().mapToObj(n -> "edit-" + n).findFirst().orElse("edit-0");
        return Integer.parseInt(mark.substring("edit-".length()));
    }

    /** The edit after {@code last} that goes to the same file. */
    private static int next(String kind, int last) {
        int n = last + 1;
        while (projectEdit(n) != kind.equals("project")) {
            n++;
        }
        return n;
    }

    /**
     * Runs {@code trials} trials, each in a fresh folder under {@code work}: starts {@code childCommand} with the
     * folder appended, kills it after a random 0.2–2.5 s (after its first write) and checks the files.
     */
    public static Result run(ProjectService projects, List<String> childCommand, Path work, int trials, long seed,
            PrintStream log) throws Exception {
        Random random = new Random(seed);
        List<String> failures = new ArrayList<>();
        int checked = 0;
        int removed = 0;
        int projectTemp = 0;
        for (int t = 1; t <= trials; t++) {
            Path dir = Files.createDirectories(work.resolve("trial-" + t));
            List<String> cmd = new ArrayList<>(childCommand);
            cmd.add(dir.toString());
            Process child = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            List<String> lines = new ArrayList<>();
            Thread reader = new Thread(() -> {
                try (BufferedReader r = new BufferedReader(new InputStreamReader(child.getInputStream(),
                        StandardCharsets.UTF_8))) {
                    for (String l = r.readLine(); l != null; l = r.readLine()) {
                        synchronized (lines) {
                            lines.add(l);
                        }
                    }
                } catch (IOException e) {
                    // The pipe closes when the child is killed.
                }
            });
            reader.start();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (size(lines) == 0 && child.isAlive() && System.nanoTime() < deadline) {
                Thread.sleep(5);
            }
            Thread.sleep(200 + random.nextInt(2300));
            child.destroyForcibly(); // SIGKILL on Linux and macOS, TerminateProcess on Windows
            child.waitFor(30, TimeUnit.SECONDS);
            // The pipe closes with the child, so the reader ends at once when it gets a core; a short join could
            // leave reported lines unread on a loaded machine, and the files would then look newer than reported.
            reader.join(TimeUnit.SECONDS.toMillis(60));
            int lastRecovery = last(lines, "recovery ");
            int lastProject = last(lines, "project ");
            RecoveryFiles recovery = new RecoveryFiles(new AppSettings(dir.resolve("settings")), projects);
            removed += recovery.removeLeftovers();
            checked += check(projects, recovery.projectFile(), lastRecovery, "recovery", t, failures);
            checked += check(projects, dir.resolve("project.gpkg"), lastProject, "project", t, failures);
            if (lastRecovery > 0 && recovery.pending().map(i -> i.edits() < lastRecovery).orElse(true)) {
                failures.add("trial " + t + ": recovery description older than edit " + lastRecovery);
            }
            try (Stream<Path> left = Files.list(recovery.projectFile().getParent())) {
                List<String> temp = left.map(p -> p.getFileName().toString()).filter(n -> n.contains(".saving"))
                        .toList();
                if (!temp.isEmpty()) {
                    failures.add("trial " + t + ": temporary files left after the tidy-up: " + temp);
                }
            }
            try (Stream<Path> left = Files.list(dir)) {
                projectTemp += (int) left.filter(p -> p.getFileName().toString().endsWith(".saving")).count();
            }
            log.printf("trial %d: killed after recovery %d / project %d%n", t, lastRecovery, lastProject);
        }
        return new Result(trials, checked, removed, projectTemp, List.copyOf(failures));
    }

    /** The file must open and hold edit {@code last} or the next one of its kind; 1 if checked. */
    private static int check(ProjectService projects, Path file, int last, String kind, int trial,
            List<String> failures) {
        if (!Files.exists(file)) {
            if (last > 0) {
                failures.add("trial " + trial + ": " + kind + " file missing after edit " + last);
            }
            return 0;
        }
        try {
            int edit = editOf(projects.open(file), kind);
            if (edit != last && edit != next(kind, last)) {
                failures.add("trial " + trial + ": " + kind + " file holds edit " + edit + ", expected " + last
                        + " or " + next(kind, last));
            }
        } catch (RuntimeException e) {
            failures.add("trial " + trial + ": " + kind + " file does not open: " + e.getMessage());
        }
        return 1;
    }

    private static int size(List<String> lines) {
        synchronized (lines) {
            return lines.size();
        }
    }

    private static int last(List<String> lines, String prefix) {
        synchronized (lines) {
            int n = 0;
            for (String l : lines) {
                if (l.startsWith(prefix)) {
                    n = Integer.parseInt(l.substring(prefix.length()).strip());
                }
            }
            return n;
        }
    }
}
