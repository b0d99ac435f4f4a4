package org.villageplanner.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs the planner (or another main class of the test classpath) as a real, separate JVM, as a user's second
 * program would: {@code java -cp <test classpath> org.villageplanner.Main ARGS}.
 */
public final class PlannerProcess {
    private PlannerProcess() {
    }

    public record Result(int exit, String out, String err, long millis) {
    }

    /** The command line for {@code mainClass} with {@code args} in a fresh JVM (small heap, English messages). */
    public static List<String> command(String mainClass, String... args) {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add("-Xmx512m");
        cmd.add("-XX:TieredStopAtLevel=1");
        cmd.add("-Duser.language=en");
        cmd.add("-cp");
        cmd.add(System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")));
        cmd.add(mainClass);
        cmd.addAll(List.of(args));
        return cmd;
    }

    /** Starts {@code planner ARGS}; the caller waits for it (or kills it). */
    public static Process start(Path dir, String... args) throws IOException {
        return new ProcessBuilder(command("org.villageplanner.Main", args)).directory(dir.toFile()).start();
    }

    /** Waits for {@code p} (at most 3 minutes) and collects its output. */
    public static Result finish(Process p, long startNanos) throws IOException, InterruptedException {
        // Output is small; reading after exit cannot deadlock on a full pipe for these commands.
        if (!p.waitFor(3, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new IllegalStateException("planner did not finish within 3 minutes");
        }
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Result(p.exitValue(), out, err, (System.nanoTime() - startNanos) / 1_000_000);
    }

    public static Result run(Path dir, String... args) throws IOException, InterruptedException {
        long t0 = System.nanoTime();
        return finish(start(dir, args), t0);
    }

    /** Starts {@link org.villageplanner.store.HoldLock} and waits until it holds the lock. */
    public static Process holdLock(Path file, String name, long millis) throws IOException {
        Process p = new ProcessBuilder(command("org.villageplanner.store.HoldLock", file.toString(), name,
                String.valueOf(millis))).redirectErrorStream(true).start();
        BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        String line = r.readLine();
        if (!"HELD".equals(line)) {
            p.destroyForcibly();
            throw new IllegalStateException("the lock holder did not start: " + line);
        }
        return p;
    }
}
