package org.villageplanner.ui;

import java.time.Duration;
import java.time.Instant;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import org.villageplanner.ui.map.MapCanvas;
import org.villageplanner.ui.map.VillageLayer;

/**
 * {@code --startup-probe}: prints {@code first map frame: N ms}, the time from the start of the process to the first
 * frame in which the village map is drawn, then ends the app. The frame counts once the map canvas has filled at
 * least one village and the next pulse has run (so the drawn frame went to the screen). Process start is the OS's
 * start time of this process (for the packaged app that includes its native launcher), else the JVM's.
 */
public final class StartupProbe extends AnimationTimer {
    /** A probe that never sees a map gives up after this long (no project, unreadable file). */
    private static final Duration GIVE_UP = Duration.ofSeconds(60);
    private final MapCanvas canvas;
    private final VillageLayer villages;
    private final Instant started = processStart();
    private long drawnAtFrame = -1;
    /** The figure, taken at the pulse after the village frame; printed {@link #PULSES_AFTER} pulses later. */
    private String measured;
    private long cpuMs;
    private int pulsesSinceMeasured;
    /**
     * Pulses the probe lets run after taking its figure before it ends the app: what was held back for the first
     * frame (StartupGate: the village table, the simulation, the county outline) then starts, so the process's total
     * CPU shows its cost. The figure itself is taken before that work. {@code -Dplanner.probe.pulsesAfter=0} ends the
     * app at the figure, before the held-back work: the packaging's training run, so that the class archive holds
     * only what the first frame needs.
     */
    private static final int PULSES_AFTER = Integer.getInteger("planner.probe.pulsesAfter", 3);

    private StartupProbe(MapCanvas canvas, VillageLayer villages) {
        this.canvas = canvas;
        this.villages = villages;
    }

    /**
     * Starts probing {@code window}'s map. Attach it before {@link FirstFrameGate#watch}: timers run in the order they
     * were started, so the figure is taken before the gate's held-back work runs in the same pulse.
     */
    public static void attach(MainWindow window) {
        new StartupProbe(window.view().map().canvas(), window.view().map().controller().villages).start();
    }

    @Override
    public void handle(long now) {
        long elapsed = Duration.between(started, Instant.now()).toMillis();
        if (drawnAtFrame < 0 && villages.lastDrawnCount() > 0) {
            drawnAtFrame = canvas.frames();
            return;
        }
        if (measured != null) {
            if (++pulsesSinceMeasured >= PULSES_AFTER) {
                System.err.println("startup probe: process cpu " + cpuMs + " ms, "
                        + Runtime.getRuntime().availableProcessors() + " cores");
                finish(measured, 0);
            }
        } else if (drawnAtFrame >= 0) {
            // The CPU time is the load-independent figure: on a shared machine the wall time mostly measures the queue.
            cpuMs = ProcessHandle.current().info().totalCpuDuration().map(Duration::toMillis).orElse(-1L);
            measured = "first map frame: " + elapsed + " ms";
            if (PULSES_AFTER <= 0) {
                handle(now);
            }
        } else if (elapsed > GIVE_UP.toMillis()) {
            finish("first map frame: none within " + GIVE_UP.toSeconds() + " s", 1);
        }
    }

    private void finish(String line, int status) {
        stop();
        System.out.println(line);
        System.out.flush();
        Platform.exit();
        // The FX thread may be holding a background task; the probe's answer is out, so end now.
        System.exit(status);
    }

    /** System property: the start (epoch ms) of the process that relaunched this one (OneShotLauncher). */
    public static final String STARTED = "planner.started";

    /**
     * When this process started: the relaunching process's start when {@link #STARTED} says so (the figure then
     * includes the relaunch), else from the OS, else the JVM's start time.
     */
    static Instant processStart() {
        String relaunched = System.getProperty(STARTED);
        if (relaunched != null) {
            try {
                return Instant.ofEpochMilli(Long.parseLong(relaunched));
            } catch (NumberFormatException e) {
                // not ours: fall through to this process's own start
            }
        }
        return ProcessHandle.current().info().startInstant()
                .orElseGet(() -> Instant.ofEpochMilli(
                        java.lang.management.ManagementFactory.getRuntimeMXBean().getStartTime()));
    }
}
