package org.villageplanner.ui;

import javafx.animation.AnimationTimer;
import org.villageplanner.ui.common.StartupGate;
import org.villageplanner.ui.map.MapCanvas;
import org.villageplanner.ui.map.VillageLayer;

/**
 * Opens the {@link StartupGate} one pulse after the map first drew villages (that frame is then on screen), or after
 * {@link #GIVE_UP_NANOS} when no village frame comes (an empty plan, a file that failed to open, a question asked
 * first), so held-back work never waits for ever.
 */
final class FirstFrameGate extends AnimationTimer {
    private static final long GIVE_UP_NANOS = 30_000_000_000L;
    private final MapCanvas canvas;
    private final VillageLayer villages;
    private long firstPulse = -1;
    private long drawnAtFrame = -1;

    private FirstFrameGate(MapCanvas canvas, VillageLayer villages) {
        this.canvas = canvas;
        this.villages = villages;
    }

    /** Closes the gate and opens it again after {@code window}'s first village frame. */
    static void watch(MainWindow window) {
        StartupGate.close();
        new FirstFrameGate(window.view().map().canvas(), window.view().map().controller().villages).start();
    }

    @Override
    public void handle(long now) {
        if (firstPulse < 0) {
            firstPulse = now;
        }
        if (drawnAtFrame < 0 && villages.lastDrawnCount() > 0) {
            drawnAtFrame = canvas.frames();
        } else if (drawnAtFrame >= 0 || now - firstPulse > GIVE_UP_NANOS) {
            stop();
            StartupGate.open();
        }
    }
}
