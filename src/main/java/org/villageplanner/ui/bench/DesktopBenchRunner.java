package org.villageplanner.ui.bench;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.villageplanner.service.DesktopBenches;
import org.villageplanner.service.Services;
import org.villageplanner.ui.save.SaveCrashTrials;

/**
 * The desktop app's benchmarks behind {@code planner bench ui|ui-stress|save-crash} ({@link DesktopBenches}):
 * {@code ui-stress} makes random edits in the app's model with each save read back (needs a display, e.g.
 * {@code xvfb-run}); {@code save-crash} kills the app's save path with SIGKILL at random moments. They print
 * figures and return 1 when a check failed.
 */
public final class DesktopBenchRunner implements DesktopBenches {
    private final Services services;

    public DesktopBenchRunner(Services services) {
        this.services = services;
    }

    @Override
    public int window(int villages, long seed, Path file, PrintWriter out) throws Exception {
        return UiBench.run(services, villages, seed, file, out);
    }

    @Override
    public int saveCrash(int trials, long seed, PrintWriter out) throws Exception {
        Path work = Files.createTempDirectory("vcp-save-crash-");
        List<String> child = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "org.villageplanner.Main", "bench", "save-crash-child"));
        java.io.PrintStream log = new java.io.PrintStream(new java.io.OutputStream() {
            @Override
            public void write(int b) {
            }
        });
        long start = System.nanoTime();
        SaveCrashTrials.Result r = SaveCrashTrials.run(services.projects(), child, work, trials, seed, log);
        out.printf(java.util.Locale.ROOT, "save-crash: %d trials (SIGKILL during autosave/save), %d files opened and "
                + "checked, %d temporary recovery files tidied at the next start, %d project temp files left by "
                + "killed saves, %d failures, %.1f s (work folder %s)%n", r.trials(), r.filesChecked(),
                r.leftoversRemoved(), r.projectTempLeft(), r.failures().size(), (System.nanoTime() - start) / 1e9,
                work);
        r.failures().forEach(out::println);
        out.flush();
        return r.failures().isEmpty() ? 0 : 1;
    }

    /** The child of {@link #saveCrash}: writes until killed. */
    @Override
    public int saveCrashChild(Path dir) throws Exception {
        SaveCrashTrials.child(services.projects(), services.samples().generate(300, 3), dir, System.out);
        return 0;
    }

    @Override
    public int uiStress(int actions, long seed, PrintWriter out) throws Exception {
        org.villageplanner.ui.stress.UiStressRun.Result r =
                org.villageplanner.ui.stress.UiStressRun.run(services, actions, seed);
        out.println(r.text());
        out.flush();
        return r.ok() ? 0 : 1;
    }
}
