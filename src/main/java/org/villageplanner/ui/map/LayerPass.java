package org.villageplanner.ui.map;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;
import java.util.Locale;
import javafx.scene.canvas.GraphicsContext;

/**
 * One pass of a whole frame over the visible layers, bottom first, each in its own graphics state. With
 * {@code -Dplanner.bench.trace=true} it notes each layer's UI-thread CPU, which {@code bench ui} prints for slow
 * frames.
 */
final class LayerPass {
    private static final boolean TRACE = Boolean.getBoolean("planner.bench.trace");
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private LayerPass() {
    }

    /** Draws the visible layers; returns each one's CPU in ms when traced, else an empty string. */
    static String draw(GraphicsContext gc, List<MapLayer> layers, Viewport viewport) {
        StringBuilder trace = TRACE ? new StringBuilder() : null;
        for (MapLayer layer : layers) {
            if (layer.isVisible()) {
                long c0 = trace == null ? 0 : THREADS.getCurrentThreadCpuTime();
                gc.save();
                layer.draw(gc, viewport);
                gc.restore();
                if (trace != null) {
                    trace.append(String.format(Locale.ROOT, " %s %.1f", layer.getClass().getSimpleName(),
                            (THREADS.getCurrentThreadCpuTime() - c0) / 1e6));
                }
            }
        }
        return trace == null ? "" : trace.toString().trim();
    }
}
