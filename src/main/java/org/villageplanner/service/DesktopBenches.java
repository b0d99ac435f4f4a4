package org.villageplanner.service;

import java.io.PrintWriter;
import java.nio.file.Path;

/**
 * Port for the benchmarks that need the desktop app ({@code planner bench ui|ui-stress|save-crash}): the command
 * line parses their options, the {@code ui} package runs them, and Main plugs one into the other, so that neither
 * edge layer depends on the other. Each returns the process exit code (1 when a check failed).
 */
public interface DesktopBenches {
    /** Where the desktop benches are not wired (in-process tests of the command tree). */
    DesktopBenches NONE = new DesktopBenches() {
    };

    /** The real window on a generated project (or {@code file}): time to first map, frame times, memory. */
    default int window(int villages, long seed, Path file, PrintWriter out) throws Exception {
        throw unavailable();
    }

    /** Random edits in the real window, each save read back. */
    default int uiStress(int actions, long seed, PrintWriter out) throws Exception {
        throw unavailable();
    }

    /** The app's save path killed with SIGKILL at random moments, every file checked. */
    default int saveCrash(int trials, long seed, PrintWriter out) throws Exception {
        throw unavailable();
    }

    /** The child process of {@link #saveCrash}: saves into {@code dir} until killed. */
    default int saveCrashChild(Path dir) throws Exception {
        throw unavailable();
    }

    private static UnsupportedOperationException unavailable() {
        return new UnsupportedOperationException("the desktop benches run only from planner.jar (Main)");
    }
}
