package org.villageplanner.ui;

import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.villageplanner.ui.common.AppSettings;

/**
 * Where the main window opens: at its last size and place, clamped to the visual bounds of the screen it was on
 * (or the primary screen), else filling the primary screen's visual bounds. The bounds are saved when the window
 * closes. Pure arithmetic in {@link #clamp}, so that a laptop screen never gets a window bigger than itself.
 */
public final class WindowPlacement {
    /** Smallest window the layout is designed for. */
    static final double MIN_WIDTH = 800;
    static final double MIN_HEIGHT = 560;

    private WindowPlacement() {
    }

    /** Places {@code stage} before it is shown and remembers its bounds when it is hidden. */
    public static void apply(Stage stage, AppSettings settings) {
        Rectangle2D b = clamp(settings.windowBounds().orElse(null), screenFor(settings).getVisualBounds());
        stage.setX(b.getMinX());
        stage.setY(b.getMinY());
        stage.setWidth(b.getWidth());
        stage.setHeight(b.getHeight());
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        stage.setMinWidth(Math.min(MIN_WIDTH, screen.getWidth()));
        stage.setMinHeight(Math.min(MIN_HEIGHT, screen.getHeight()));
        stage.setOnHidden(e -> {
            if (!stage.isMaximized() && !stage.isIconified()) {
                settings.saveWindowBounds(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight());
            }
        });
    }

    private static Screen screenFor(AppSettings settings) {
        return settings.windowBounds().map(b -> Screen.getScreensForRectangle(b[0], b[1], b[2], b[3]))
                .filter(l -> !l.isEmpty()).map(l -> l.get(0)).orElse(Screen.getPrimary());
    }

    /**
     * The saved bounds {@code saved} (x, y, width, height; null: none) fitted inside {@code screen}: no wider or
     * taller than it, moved on to it if it lay (partly) off; without saved bounds, the whole screen.
     */
    static Rectangle2D clamp(double[] saved, Rectangle2D screen) {
        if (saved == null || saved.length != 4 || !(saved[2] > 0) || !(saved[3] > 0)) {
            return screen;
        }
        double w = Math.min(Math.max(saved[2], Math.min(MIN_WIDTH, screen.getWidth())), screen.getWidth());
        double h = Math.min(Math.max(saved[3], Math.min(MIN_HEIGHT, screen.getHeight())), screen.getHeight());
        double x = Math.min(Math.max(saved[0], screen.getMinX()), screen.getMaxX() - w);
        double y = Math.min(Math.max(saved[1], screen.getMinY()), screen.getMaxY() - h);
        return new Rectangle2D(x, y, w, h);
    }
}
