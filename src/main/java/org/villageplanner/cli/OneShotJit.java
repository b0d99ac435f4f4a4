package org.villageplanner.cli;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.management.ObjectName;

/**
 * JIT setting for one-shot commands such as {@code planner report}: such a process lives two or three seconds,
 * never long enough for C2's optimised code to pay back its compile time, and on the 2-core machines the app is
 * made for C2 compiling thousands of briefly warm methods doubled the command's CPU time (docs/PERFORMANCE.md,
 * plan PDF). This adds a HotSpot compiler directive that keeps every method at C1, the same as
 * {@code -XX:TieredStopAtLevel=1}, which a {@code java -jar} start cannot pass. The desktop app and the
 * benchmarks keep the default: Monte Carlo needs C2. Set {@code -Dplanner.jit=default} to skip it. Applied by
 * {@link PlannerCommand#run} only, where the process is the command's own.
 */
final class OneShotJit {
    private static final Logger LOG = Logger.getLogger(OneShotJit.class.getName());
    private static final String DIRECTIVE = "[{ match: \"*.*\", c2: { Exclude: true } }]";

    private OneShotJit() {
    }

    static void c1Only() {
        if ("default".equals(System.getProperty("planner.jit"))
                // started by OneShotLauncher with -XX:TieredStopAtLevel=1 already
                || "child".equals(System.getProperty("planner.oneshot"))) {
            return;
        }
        Path file = null;
        try {
            file = Files.createTempFile("planner-jit", ".json");
            Files.writeString(file, DIRECTIVE);
            ManagementFactory.getPlatformMBeanServer().invoke(
                    new ObjectName("com.sun.management:type=DiagnosticCommand"), "compilerDirectivesAdd",
                    new Object[] {new String[] {file.toString()}}, new String[] {String[].class.getName()});
        } catch (Exception | LinkageError e) {
            // Only a speed setting: the command works the same without it.
            LOG.log(Level.FINE, "compiler directive not added", e);
        } finally {
            if (file != null) {
                try {
                    Files.deleteIfExists(file);
                } catch (java.io.IOException e) {
                    LOG.log(Level.FINE, "temporary directive file left", e);
                }
            }
        }
    }
}
