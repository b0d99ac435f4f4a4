package org.villageplanner.ui.common;

import java.util.ArrayList;
import java.util.List;

/**
 * Holds back work the first map frame does not need (the live simulation with its Monte Carlo runs) until the app's
 * start has drawn that frame: on two cores such work competes with the window for the CPU and its hot loops keep
 * the JIT's optimising compiler busy, which delayed the first frame by seconds. Closed only by the desktop app's
 * start ({@link #close()}); tests and every later moment find it open, so {@link #whenOpen} then runs at once.
 * Used on the JavaFX application thread only.
 */
public final class StartupGate {
    private static boolean closed;
    private static final List<Runnable> WAITING = new ArrayList<>();

    private StartupGate() {
    }

    /** The app is starting: work passed to {@link #whenOpen} waits for {@link #open()}. */
    public static void close() {
        closed = true;
    }

    /** The first frame is on screen (or the start gave up waiting for it): runs what waited, in order. */
    public static void open() {
        if (!closed) {
            return;
        }
        closed = false;
        List<Runnable> due = new ArrayList<>(WAITING);
        WAITING.clear();
        due.forEach(Runnable::run);
    }

    public static boolean isOpen() {
        return !closed;
    }

    /** Runs {@code work} now when the gate is open, else once it opens. */
    public static void whenOpen(Runnable work) {
        if (closed) {
            WAITING.add(work);
        } else {
            work.run();
        }
    }
}
